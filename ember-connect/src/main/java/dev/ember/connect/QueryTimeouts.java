package dev.ember.connect;

import dev.ember.engine.ConfNumbers;
import dev.ember.engine.EngineSession;
import dev.ember.plan.errors.EmberException;
import dev.ember.plan.errors.ErrorKind;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Spark's query timeout, {@code spark.sql.thriftServer.queryTimeout} (a time in seconds; 0, the default, is none), as
 * Spark's Thrift server applies it: the server's value is the most an operation may run, and a session may set a
 * shorter one (as a JDBC statement's own timeout takes precedence when smaller). An operation still running then is
 * cancelled (its DuckDB query interrupted) and fails with Spark's {@code SPARK_JOB_CANCELLED}, naming the timeout.
 */
final class QueryTimeouts implements AutoCloseable {
  static final String CONF = "spark.sql.thriftServer.queryTimeout";
  /** How soon a cancellation is tried again when the operation was between two statements. */
  private static final long RETRY_MILLIS = 50;

  /** A watch on one operation, stopped when it ends. */
  interface Watch extends AutoCloseable {
    /** The operation's failure: Spark's {@code SPARK_JOB_CANCELLED} when it was cancelled for running too long. */
    Throwable failure(Throwable failure);

    @Override
    void close();
  }

  private static final Watch NONE = new Watch() {
    @Override
    public Throwable failure(Throwable failure) {
      return failure;
    }

    @Override
    public void close() {
    }
  };

  private final long serverSeconds;
  private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(task -> {
    Thread thread = new Thread(task, "ember-query-timeouts");
    thread.setDaemon(true);
    return thread;
  });

  QueryTimeouts(Map<String, String> serverConf) {
    String value = serverConf.get(CONF);
    this.serverSeconds = value == null ? 0 : ConfNumbers.seconds(CONF, value);
  }

  /** Watches an operation of {@code session} starting now, under the server's and the session's timeout. */
  Watch watch(EngineSession session, String operationId) {
    long seconds = effectiveSeconds(session.conf().get(CONF)
        .map(value -> ConfNumbers.seconds(CONF, value)).orElse(0L));
    if (seconds <= 0) {
      return NONE;
    }
    Set<String> state = ConcurrentHashMap.newKeySet();
    ScheduledFuture<?>[] task = {null};
    Runnable cancel = new Runnable() {
      @Override
      public void run() {
        if (state.contains("done")) {
          return;
        }
        state.add("timedOut");
        if (!session.cancel(operationId) && !session.isCancelled(operationId)) {
          // between two statements (or not started yet): try again until it is cancelled or ends
          synchronized (task) {
            if (!state.contains("done")) {
              task[0] = timer.schedule(this, RETRY_MILLIS, TimeUnit.MILLISECONDS);
            }
          }
        }
      }
    };
    synchronized (task) {
      task[0] = timer.schedule(cancel, seconds, TimeUnit.SECONDS);
    }
    return new Watch() {
      @Override
      public Throwable failure(Throwable failure) {
        return state.contains("timedOut") ? timedOut(operationId, seconds) : failure;
      }

      @Override
      public void close() {
        synchronized (task) {
          state.add("done");
          task[0].cancel(false);
        }
      }
    };
  }

  /** The shorter of the server's and the session's timeouts, among those set. */
  long effectiveSeconds(long sessionSeconds) {
    if (serverSeconds > 0 && (sessionSeconds <= 0 || sessionSeconds > serverSeconds)) {
      return serverSeconds;
    }
    return sessionSeconds;
  }

  /** Spark's error for an operation cancelled by the timeout. */
  static EmberException timedOut(String operationId, long seconds) {
    String reason = "because it ran longer than the query timeout of " + seconds + " seconds (" + CONF + ")";
    return new EmberException(ErrorKind.SPARK, "SPARK_JOB_CANCELLED", "XXKDA",
        "Job " + operationId + " cancelled " + reason, Map.of("jobId", operationId, "reason", reason));
  }

  @Override
  public void close() {
    timer.shutdownNow();
  }
}
