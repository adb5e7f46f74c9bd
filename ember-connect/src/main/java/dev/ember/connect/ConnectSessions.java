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

  /** {@code engine} may still be starting (DuckDB loads in the background): it is asked for on first use. */
  ConnectSessions(java.util.function.Supplier<EmberEngine> engine) {
    this.engine = engine;
  }

  ConnectSession get(String sessionId) {
    return sessions.computeIfAbsent(sessionId,
        id -> new ConnectSession(engine.get().session(id), UUID.randomUUID().toString()));
  }

  void release(String sessionId) {
    if (sessions.remove(sessionId) != null) {
      engine.get().closeSession(sessionId);
    }
  }
}
