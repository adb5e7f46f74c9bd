package dev.ember.connect;

import dev.ember.engine.EngineSession;
import dev.ember.plan.errors.EmberException;
import dev.ember.plan.errors.ErrorKind;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sparkproject.io.grpc.Context;

/**
 * Operations whose client went away. As in Spark Connect, an operation that loses its RPC (the
 * client process died, the network dropped) is kept for {@code spark.connect.execute.manager.detachedTimeout}
 * (default 5 minutes) and then cancelled, which stops its DuckDB query and frees what it holds.
 */
final class DetachedOperations implements AutoCloseable {
  static final String TIMEOUT_CONF = "spark.connect.execute.manager.detachedTimeout";
  static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(5);
  private static final Pattern TIME = Pattern.compile("(\\d+)\\s*(ms|s|m|min|h|d)?");

  private final Duration timeout;
  private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(task -> {
    Thread thread = new Thread(task, "ember-detached-operations");
    thread.setDaemon(true);
    return thread;
  });

  DetachedOperations(Duration timeout) {
    this.timeout = timeout;
  }

  /** The timeout a server's confs set (a Spark time string: {@code 300000} ms, {@code 30s}, {@code 5m}). */
  static Duration timeout(Map<String, String> conf) {
    String value = conf.get(TIMEOUT_CONF);
    if (value == null) {
      return DEFAULT_TIMEOUT;
    }
    Matcher time = TIME.matcher(value.strip().toLowerCase(Locale.ROOT));
    if (!time.matches()) {
      String requirement = "The value must be a time such as 300000 (milliseconds), 30s or 5m.";
      throw new EmberException(ErrorKind.ILLEGAL_ARGUMENT, "INVALID_CONF_VALUE.REQUIREMENT", "22022",
          "The value '" + value + "' in the config \"" + TIMEOUT_CONF + "\" is invalid. " + requirement,
          Map.of("confValue", value, "confName", TIMEOUT_CONF, "confRequirement", requirement));
    }
    long amount = Long.parseLong(time.group(1));
    return switch (time.group(2) == null ? "ms" : time.group(2)) {
      case "s" -> Duration.ofSeconds(amount);
      case "m", "min" -> Duration.ofMinutes(amount);
      case "h" -> Duration.ofHours(amount);
      case "d" -> Duration.ofDays(amount);
      default -> Duration.ofMillis(amount);
    };
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
