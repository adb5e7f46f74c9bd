package dev.ember.connect;

import dev.ember.engine.EmberEngine;
import dev.ember.engine.EngineSession;
import dev.ember.plan.errors.EmberException;
import dev.ember.plan.errors.ErrorKind;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Spark Connect sessions by {@link SessionKey} (user id and session id), as Spark's SparkConnectSessionManager keeps
 * them: created lazily on the first request, each with its own server-side session id. Another user's request with
 * the same session id finds (or creates) a session of its own, never this one.
 */
final class ConnectSessions {
  /** A started session: its engine session, its server-side id, its running operations' tags, its last use. */
  static final class ConnectSession {
    private final SessionKey key;
    private final EngineSession engine;
    private final String serverSideSessionId = UUID.randomUUID().toString();
    /** The tags ({@code spark.addTag}) of each running operation, for interruptTag. */
    private final Map<String, List<String>> operationTags = new ConcurrentHashMap<>();
    private final long startMillis = System.currentTimeMillis();
    private volatile long lastAccessMillis = startMillis;
    /** Its ExecutePlan calls running now ({@link OperationLimits}). */
    private final java.util.concurrent.atomic.AtomicInteger runningCalls = new java.util.concurrent.atomic.AtomicInteger();
    /** Its {@code spark.sql} queries, prepared, for when they run again. */
    private final KeptPlans keptPlans = new KeptPlans();

    private ConnectSession(SessionKey key, EngineSession engine) {
      this.key = key;
      this.engine = engine;
    }

    SessionKey key() {
      return key;
    }

    EngineSession engine() {
      return engine;
    }

    KeptPlans keptPlans() {
      return keptPlans;
    }

    String serverSideSessionId() {
      return serverSideSessionId;
    }

    Map<String, List<String>> operationTags() {
      return operationTags;
    }

    java.util.concurrent.atomic.AtomicInteger runningCalls() {
      return runningCalls;
    }

    long startMillis() {
      return startMillis;
    }

    long lastAccessMillis() {
      return lastAccessMillis;
    }

    void touch() {
      lastAccessMillis = System.currentTimeMillis();
    }
  }

  /** Spark's {@code spark.connect.session.manager.closedSessionsTombstonesSize} default. */
  private static final int CLOSED_TOMBSTONES = 1000;

  private final java.util.function.Supplier<EmberEngine> engine;
  private final Map<SessionKey, ConnectSession> sessions = new ConcurrentHashMap<>();
  /** Keys of released sessions (the latest ones): Spark refuses to clone into one. */
  private final Map<SessionKey, Boolean> closed = java.util.Collections.synchronizedMap(
      new java.util.LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<SessionKey, Boolean> eldest) {
          return size() > CLOSED_TOMBSTONES;
        }
      });

  /** A server's limit of open sessions ({@code spark.ember.server.maxSessions}; none by default, as Spark). */
  static final String MAX_SESSIONS_CONF = "spark.ember.server.maxSessions";
  /** Sessions that may still start, when the server limits them. */
  private final Optional<java.util.concurrent.Semaphore> sessionsLeft;

  /** The server's confs: each session starts with them, as Spark copies its SparkConf into each session's conf. */
  private final Map<String, String> serverConf;

  /**
   * {@code engine} may still be starting (DuckDB loads in the background): it is asked for on first use. The
   * server's confs are checked now, as Spark checks its SparkConf's SQL confs when it builds a session.
   */
  ConnectSessions(java.util.function.Supplier<EmberEngine> engine, Map<String, String> serverConf) {
    dev.ember.catalog.SqlTexts.install(SqlStatements.CATALOG_TEXTS);
    dev.ember.plan.usercode.ClassFunctions.install(UserDefinedAggregates::of);
    serverConf.forEach(dev.ember.engine.ConfChecks::check);
    this.engine = engine;
    this.serverConf = Map.copyOf(serverConf);
    this.sessionsLeft = Optional.ofNullable(serverConf.get(MAX_SESSIONS_CONF))
        .map(max -> dev.ember.engine.ConfNumbers.integer(MAX_SESSIONS_CONF, max))
        .filter(max -> max > 0)
        .map(java.util.concurrent.Semaphore::new);
  }

  /** The engine, once started (waits for it). */
  EmberEngine engine() {
    return engine.get();
  }

  /** The session if it was started (and not released), without starting it. */
  Optional<ConnectSession> find(SessionKey key) {
    return key == null || key.sessionId() == null ? Optional.empty() : Optional.ofNullable(sessions.get(key));
  }

  /**
   * The session of this key, started if it was not (Spark's {@code getOrCreateIsolatedSession}); one released or
   * expired is not started again ({@code INVALID_HANDLE.SESSION_CLOSED}).
   */
  ConnectSession get(SessionKey key) {
    ConnectSession session = sessions.computeIfAbsent(key, unknown -> {
      if (!parsesAsUuid(unknown.sessionId())) {
        throw invalidHandle("FORMAT", "Handle must be an UUID string of the format "
            + "'00112233-4455-6677-8899-aabbccddeeff'", String.valueOf(unknown.sessionId()));
      }
      if (closed.containsKey(unknown)) {
        throw invalidHandle("SESSION_CLOSED", "Session was closed.", unknown.sessionId());
      }
      return start(unknown);
    });
    session.touch();
    return session;
  }

  /**
   * The session, as Spark's session manager checks it: a client that saw another server-side session id for it
   * talks to a server that restarted since ({@code INVALID_HANDLE.SESSION_CHANGED}).
   */
  ConnectSession get(SessionKey key, Optional<String> observedServerSideSessionId) {
    return checked(get(key), observedServerSideSessionId);
  }

  /**
   * The session if it exists (Spark's {@code getIsolatedSession}, for the calls that never start one):
   * {@code INVALID_HANDLE.SESSION_CLOSED} after it was released, else {@code INVALID_HANDLE.SESSION_NOT_FOUND}.
   */
  ConnectSession existing(SessionKey key, Optional<String> observedServerSideSessionId) {
    ConnectSession session = sessions.get(key);
    if (session == null) {
      throw closed.containsKey(key)
          ? invalidHandle("SESSION_CLOSED", "Session was closed.", key.sessionId())
          : invalidHandle("SESSION_NOT_FOUND", "Session not found.", key.sessionId());
    }
    session.touch();
    return checked(session, observedServerSideSessionId);
  }

  private static ConnectSession checked(ConnectSession session, Optional<String> observedServerSideSessionId) {
    if (observedServerSideSessionId.isPresent()
        && !observedServerSideSessionId.get().equals(session.serverSideSessionId())) {
      throw invalidHandle("SESSION_CHANGED", "The existing Spark server driver instance has restarted. "
          + "Please reconnect.", session.key().sessionId());
    }
    return session;
  }

  private static EmberException invalidHandle(String subclass, String detail, String handle) {
    return new EmberException(ErrorKind.SQL_EXCEPTION, "INVALID_HANDLE." + subclass, "HY000",
        "The handle " + handle + " is invalid. " + detail, Map.of("handle", handle));
  }

  private ConnectSession start(SessionKey key) {
    if (sessionsLeft.isPresent() && !sessionsLeft.get().tryAcquire()) {
      throw org.sparkproject.io.grpc.Status.RESOURCE_EXHAUSTED.withDescription("This Ember server holds its maximum of "
          + serverConf.get(MAX_SESSIONS_CONF) + " sessions (" + MAX_SESSIONS_CONF + "): stop a session, or retry "
          + "once idle ones have expired.").asRuntimeException();
    }
    try {
      EngineSession session = engine.get().session(key.id(), key.sessionId());
      serverConf.forEach(session.conf()::set);
      return new ConnectSession(key, session);
    } catch (RuntimeException | Error failure) {
      sessionsLeft.ifPresent(java.util.concurrent.Semaphore::release);
      throw failure;
    }
  }

  /** The sessions started now (for the idle sweep and a server's tools). */
  java.util.Collection<ConnectSession> all() {
    return List.copyOf(sessions.values());
  }

  /**
   * Spark's {@code cloneSession}: a new session of the same user (with the given id, or a new one) holding a copy
   * of the source's settings and temporary views.
   */
  ConnectSession cloneSession(SessionKey sourceKey, Optional<String> newId) {
    ConnectSession source = get(sourceKey);
    String target = newId.orElseGet(() -> UUID.randomUUID().toString());
    if (!isUuid(target)) {
      throw invalidClone("TARGET_SESSION_ID_FORMAT", "Target session ID " + target + " for clone operation must be an "
          + "UUID string of the format '00112233-4455-6677-8899-aabbccddeeff'.", target);
    }
    SessionKey targetKey = new SessionKey(sourceKey.userId(), target);
    if (closed.containsKey(targetKey)) {
      throw invalidClone("TARGET_SESSION_ID_ALREADY_CLOSED", "Cannot clone session to target session ID " + target
          + " because a session with this ID was previously closed.", target);
    }
    boolean[] created = {false};
    ConnectSession copy = sessions.computeIfAbsent(targetKey, key -> {
      created[0] = true;
      return start(key);
    });
    if (!created[0]) {
      throw invalidClone("TARGET_SESSION_ID_ALREADY_EXISTS", "Cannot clone session to target session ID " + target
          + " because a session with this ID already exists.", target);
    }
    copy.engine().copyStateFrom(source.engine());
    return copy;
  }

  /** Spark's check of a new session's id ({@code UUID.fromString}), laxer than {@link #isUuid}. */
  private static boolean parsesAsUuid(String text) {
    try {
      UUID.fromString(text);
      return true;
    } catch (IllegalArgumentException | NullPointerException notUuid) {
      return false;
    }
  }

  private static boolean isUuid(String text) {
    try {
      return UUID.fromString(text).toString().equalsIgnoreCase(text);
    } catch (IllegalArgumentException notUuid) {
      return false;
    }
  }

  private static EmberException invalidClone(String subclass, String detail, String target) {
    return new EmberException(ErrorKind.SQL_EXCEPTION, "INVALID_CLONE_SESSION_REQUEST." + subclass, "42K04",
        "Invalid session clone request. " + detail, Map.of("targetSessionId", target));
  }

  /**
   * Closes the session of this key (its DuckDB connection, tables and caches), as Spark's {@code closeSession}: its id
   * is not taken again; the session of another user with the same id stays.
   */
  Optional<ConnectSession> release(SessionKey key) {
    ConnectSession session = sessions.get(key);
    if (session == null) {
      return Optional.empty();
    }
    return expire(session) ? Optional.of(session) : Optional.empty();
  }

  /** Closes this session if it is still the one of its key; whether it did. */
  boolean expire(ConnectSession session) {
    // the tombstone first, so that no request starts the session again in between (as Spark's session manager)
    closed.put(session.key(), Boolean.TRUE);
    if (!sessions.remove(session.key(), session)) {
      return false;
    }
    sessionsLeft.ifPresent(java.util.concurrent.Semaphore::release);
    engine.get().closeSession(session.key().id());
    return true;
  }
}
