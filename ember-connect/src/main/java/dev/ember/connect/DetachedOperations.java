package dev.ember.connect;

import dev.ember.engine.ConfNumbers;
import dev.ember.engine.EngineSession;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.sparkproject.io.grpc.Context;

/**
 * Operations whose client went away. As in Spark Connect, an operation that loses its RPC (the
 * client process died, the network dropped) is kept for {@code spark.connect.execute.manager.detachedTimeout}
 * (default 5 minutes) and then cancelled, which stops its DuckDB query and frees what it holds.
 */
final class DetachedOperations implements AutoCloseable {
  static final String TIMEOUT_CONF = "spark.connect.execute.manager.detachedTimeout";
  static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(5);

  private final Duration timeout;
  private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(task -> {
    Thread thread = new Thread(task, "ember-detached-operations");
    thread.setDaemon(true);
    return thread;
  });

  DetachedOperations(Duration timeout) {
    this.timeout = timeout;
  }

  /** The timeout a server's confs set (a Spark time: {@code 300000} ms, {@code 30s}, {@code 5m}). */
  static Duration timeout(Map<String, String> conf) {
    String value = conf.get(TIMEOUT_CONF);
    return value == null ? DEFAULT_TIMEOUT : Duration.ofMillis(ConfNumbers.millis(TIMEOUT_CONF, value));
  }

  /**
   * Watches the RPC running an operation: once it is cancelled while the operation still runs, the
   * operation is cancelled after the timeout. (gRPC also cancels a call's context when the call
   * ends normally; by then the operation no longer runs and nothing is scheduled.)
   */
  void watch(Context rpc, EngineSession session, String operationId) {
    rpc.addListener(cancelled -> {
      if (session.runningOperations().contains(operationId)) {
        timer.schedule(() -> session.cancel(operationId), timeout.toMillis(), TimeUnit.MILLISECONDS);
      }
    }, Runnable::run);
  }

  @Override
  public void close() {
    timer.shutdownNow();
  }
}
