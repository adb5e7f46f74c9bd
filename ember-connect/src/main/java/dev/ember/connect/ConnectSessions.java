package dev.ember.connect;

import dev.ember.engine.EmberEngine;
import dev.ember.engine.EngineSession;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Spark Connect sessions by client session id, created lazily on the first request as Spark does,
 * each with its own server-side session id.
 */
final class ConnectSessions {
  record ConnectSession(EngineSession engine, String serverSideSessionId) {
  }

  private final java.util.function.Supplier<EmberEngine> engine;
  private final Map<String, ConnectSession> sessions = new ConcurrentHashMap<>();
  /** Ids of released sessions: Spark refuses to clone into one. */
  private final java.util.Set<String> closed = ConcurrentHashMap.newKeySet();

  /** The server's confs: each session starts with them, as Spark copies its SparkConf into each session's conf. */
  private final Map<String, String> serverConf;

  /**
   * {@code engine} may still be starting (DuckDB loads in the background): it is asked for on first use. The
   * server's confs are checked now, as Spark checks its SparkConf's SQL confs when it builds a session.
   */
  ConnectSessions(java.util.function.Supplier<EmberEngine> engine, Map<String, String> serverConf) {
    dev.ember.catalog.SqlTexts.install(SqlStatements.CATALOG_TEXTS);
    serverConf.forEach(dev.ember.engine.ConfChecks::check);
    this.engine = engine;
    this.serverConf = Map.copyOf(serverConf);
  }

  /** The session if it was started (and not released), without starting it. */
  java.util.Optional<ConnectSession> find(String sessionId) {
    return sessionId == null ? java.util.Optional.empty() : java.util.Optional.ofNullable(sessions.get(sessionId));
  }

  ConnectSession get(String sessionId) {
    return sessions.computeIfAbsent(sessionId, id -> new ConnectSession(started(engine.get().session(id)),
        UUID.randomUUID().toString()));
  }

  /**
   * The session, as Spark's session manager checks it: a client that saw another server-side session id for it
   * talks to a server that restarted since ({@code INVALID_HANDLE.SESSION_CHANGED}).
   */
  ConnectSession get(String sessionId, java.util.Optional<String> observedServerSideSessionId) {
    ConnectSession session = get(sessionId);
    if (observedServerSideSessionId.isPresent()
        && !observedServerSideSessionId.get().equals(session.serverSideSessionId())) {
      throw new dev.ember.plan.errors.EmberException(dev.ember.plan.errors.ErrorKind.SQL_EXCEPTION,
          "INVALID_HANDLE.SESSION_CHANGED", "HY000", "The handle " + sessionId + " is invalid. The existing Spark "
              + "server driver instance has restarted. Please reconnect.", Map.of("handle", sessionId));
    }
    return session;
  }

  private EngineSession started(EngineSession session) {
    serverConf.forEach(session.conf()::set);
    return session;
  }

  /**
   * Spark's {@code cloneSession}: a new session (with the given id, or a new one) holding a copy of the
   * source's settings and temporary views.
   */
  ConnectSession cloneSession(String sourceId, java.util.Optional<String> newId) {
    ConnectSession source = get(sourceId);
    String target = newId.orElseGet(() -> UUID.randomUUID().toString());
    if (!isUuid(target)) {
      throw invalidClone("TARGET_SESSION_ID_FORMAT", "Target session ID " + target + " for clone operation must be an "
          + "UUID string of the format '00112233-4455-6677-8899-aabbccddeeff'.", target);
    }
    if (closed.contains(target)) {
      throw invalidClone("TARGET_SESSION_ID_ALREADY_CLOSED", "Cannot clone session to target session ID " + target
          + " because a session with this ID was previously closed.", target);
    }
    ConnectSession copy = new ConnectSession(started(engine.get().session(target)), UUID.randomUUID().toString());
    if (sessions.putIfAbsent(target, copy) != null) {
      throw invalidClone("TARGET_SESSION_ID_ALREADY_EXISTS", "Cannot clone session to target session ID " + target
          + " because a session with this ID already exists.", target);
    }
    copy.engine().copyStateFrom(source.engine());
    return copy;
  }

  private static boolean isUuid(String text) {
    try {
      return UUID.fromString(text).toString().equalsIgnoreCase(text);
    } catch (IllegalArgumentException notUuid) {
      return false;
    }
  }

  private static dev.ember.plan.errors.EmberException invalidClone(String subclass, String detail, String target) {
    return new dev.ember.plan.errors.EmberException(dev.ember.plan.errors.ErrorKind.SQL_EXCEPTION,
        "INVALID_CLONE_SESSION_REQUEST." + subclass, "42K04", "Invalid session clone request. " + detail,
        Map.of("targetSessionId", target));
  }

  void release(String sessionId) {
    closed.add(sessionId);
    if (sessions.remove(sessionId) != null) {
      engine.get().closeSession(sessionId);
    }
  }
}
