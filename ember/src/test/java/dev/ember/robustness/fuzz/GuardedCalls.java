package dev.ember.robustness.fuzz;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.spark.SparkThrowable;
import org.apache.spark.sql.SparkSession;

/**
 * Runs one client call with a time limit and judges how it ended: a result or a Spark error is fine;
 * {@code INTERNAL_ERROR}, a gRPC status without a Spark error ({@code UNKNOWN}), a JVM error or a hang is
 * a finding, returned as its description.
 */
final class GuardedCalls implements AutoCloseable {
  private final ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
    Thread thread = new Thread(runnable, "fuzz-call");
    thread.setDaemon(true);
    return thread;
  });
  private final long limitSeconds;

  GuardedCalls(long limitSeconds) {
    this.limitSeconds = limitSeconds;
  }

  /** Empty when the call answered as Spark may; otherwise what went wrong. */
  String run(SparkSession spark, Callable<?> call) throws InterruptedException {
    Future<?> future = executor.submit(call);
    try {
      future.get(limitSeconds, TimeUnit.SECONDS);
      return "";
    } catch (TimeoutException hang) {
      spark.interruptAll();
      future.cancel(true);
      return "no answer within " + limitSeconds + " s";
    } catch (ExecutionException failure) {
      return judge(failure.getCause());
    }
  }

  private static String judge(Throwable failure) {
    if (failure instanceof Error) {
      return "JVM error: " + failure;
    }
    String message = String.valueOf(failure.getMessage());
    if (failure instanceof SparkThrowable && "INTERNAL_ERROR".equals(((SparkThrowable) failure).getCondition())) {
      return "INTERNAL_ERROR: " + message;
    }
    if (failure.getClass().getName().startsWith("io.grpc") || message.startsWith("UNKNOWN")) {
      return "gRPC failure without a Spark error: " + failure;
    }
    // the client's own checks (e.g. IllegalArgumentException before any request) are Spark's behaviour
    return "";
  }

  @Override
  public void close() {
    executor.shutdownNow();
  }
}
