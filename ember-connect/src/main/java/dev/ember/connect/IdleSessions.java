package dev.ember.connect;

import dev.ember.engine.ConfNumbers;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Idle session expiry, as Spark's SparkConnectSessionManager does it: every
 * {@code spark.connect.session.manager.maintenanceInterval} (default 30 s) a sweep closes the sessions nobody used for
 * {@code spark.connect.session.manager.defaultSessionTimeout} (a server's default: 60 minutes; a negative one never
 * expires), which frees their DuckDB connection, tables and caches and their artifacts; their client then gets
 * {@code INVALID_HANDLE.SESSION_CLOSED}. Unlike Spark, a session with a running operation is never idle.
 */
final class IdleSessions implements AutoCloseable {
  static final String TIMEOUT_CONF = "spark.connect.session.manager.defaultSessionTimeout";
  static final String INTERVAL_CONF = "spark.connect.session.manager.maintenanceInterval";
  private static final long DEFAULT_INTERVAL_MILLIS = 30_000;

  private final ConnectSessions sessions;
  private final long timeoutMillis;
  private final Consumer<SessionKey> onExpired;
  private final ScheduledExecutorService timer;

  private IdleSessions(ConnectSessions sessions, long timeoutMillis, long intervalMillis,
      Consumer<SessionKey> onExpired) {
    this.sessions = sessions;
    this.timeoutMillis = timeoutMillis;
    this.onExpired = onExpired;
    this.timer = Executors.newSingleThreadScheduledExecutor(task -> {
      Thread thread = new Thread(task, "ember-idle-sessions");
      thread.setDaemon(true);
      return thread;
    });
    timer.scheduleWithFixedDelay(() -> sweep(System.currentTimeMillis()), intervalMillis, intervalMillis,
        TimeUnit.MILLISECONDS);
  }

  /**
   * The sweep a server's confs ask for: none without {@value #TIMEOUT_CONF} (the embedded engine's sessions are its
   * application's, for as long as it runs) or with a negative one.
   */
  static Optional<IdleSessions> of(ConnectSessions sessions, Map<String, String> conf, Consumer<SessionKey> onExpired) {
    String timeout = conf.get(TIMEOUT_CONF);
    if (timeout == null) {
      return Optional.empty();
    }
    long timeoutMillis = ConfNumbers.millis(TIMEOUT_CONF, timeout);
    if (timeoutMillis < 0) {
      return Optional.empty();
    }
    String interval = conf.get(INTERVAL_CONF);
    long intervalMillis = interval == null ? DEFAULT_INTERVAL_MILLIS : ConfNumbers.millis(INTERVAL_CONF, interval);
    return Optional.of(new IdleSessions(sessions, timeoutMillis, Math.max(intervalMillis, 1), onExpired));
  }

  /** Closes the sessions idle at {@code nowMillis}. */
  void sweep(long nowMillis) {
    for (ConnectSessions.ConnectSession session : sessions.all()) {
      boolean idle = session.lastAccessMillis() + timeoutMillis <= nowMillis
          && session.engine().runningOperations().isEmpty();
      if (idle && sessions.expire(session)) {
        onExpired.accept(session.key());
      }
    }
  }

  @Override
  public void close() {
    timer.shutdownNow();
  }
}
