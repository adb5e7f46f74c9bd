package dev.ember.suites.run;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.spark.sql.SparkSession;

/**
 * Runs a query of a suite with a time limit, so that one hanging query fails its test instead of
 * blocking the run: on timeout the session's operations are interrupted.
 */
public final class QueryTimeout implements AutoCloseable {
  private final long seconds;
  private final ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
    Thread thread = new Thread(runnable, "spark-suite-query");
    thread.setDaemon(true);
    return thread;
  });

  public QueryTimeout(long seconds) {
    this.seconds = seconds;
  }

  public long seconds() {
    return seconds;
  }

  /**
   * The query's answer; its failure as an {@link ExecutionException}'s cause; a
   * {@link TimeoutException} when it did not answer in time.
   */
  public <T> T run(SparkSession spark, Callable<T> query) throws ExecutionException, TimeoutException {
    Future<T> future = executor.submit(query);
    try {
      return future.get(seconds, TimeUnit.SECONDS);
    } catch (TimeoutException timeout) {
      future.cancel(true);
      spark.interruptAll();
      throw timeout;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  @Override
  public void close() {
    executor.shutdownNow();
  }
}
