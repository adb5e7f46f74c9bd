package dev.ember.connect;

/**
 * What a Spark Connect session is known by, as Spark's {@code SessionKey}: its user's id (the request's
 * {@code user_context.user_id}) and its session id. The same session id sent by another user names another session,
 * so a client that learns someone's session id reaches nothing of theirs.
 */
record SessionKey(String userId, String sessionId) {
  SessionKey {
    userId = userId == null ? "" : userId;
  }

  static SessionKey of(org.apache.spark.connect.proto.UserContext user, String sessionId) {
    return new SessionKey(user.getUserId(), sessionId);
  }

  /** The key as one string, unambiguous whatever the ids hold: the engine's and the artifact store's key. */
  String id() {
    return userId.length() + ":" + userId + "/" + sessionId;
  }

  @Override
  public String toString() {
    return "SessionKey(" + userId + ", " + sessionId + ")";
  }
}
