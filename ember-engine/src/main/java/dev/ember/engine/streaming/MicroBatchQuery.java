package dev.ember.engine.streaming;

import dev.ember.plan.errors.EmberException;
import dev.ember.plan.logical.LogicalPlan;
import java.util.Optional;
import java.util.UUID;

/**
 * One run of a streaming query, as Spark's {@code MicroBatchExecution} runs a stateless one: a thread of its own
 * starts the source, takes its initial offset, then per trigger asks for the latest offset; when it moved, batch
 * {@code n} runs the query over the rows between the two offsets ({@link BatchRunner}: the sink writes the result),
 * the source commits, and {@code n} grows. The default trigger ({@code intervalMillis} 0) starts the next batch as
 * soon as one ends, polling every 10 ms while there is no data (Spark's {@code spark.sql.streaming.pollingDelay});
 * a processing-time trigger starts batches at multiples of its interval. An error ends the query: it is the
 * query's exception (Spark's STREAM_FAILED). {@link #stop} interrupts the thread and waits for it.
 */
public final class MicroBatchQuery {
  private static final long POLLING_DELAY_MILLIS = 10;

  /** What runs batch {@code batchId}: the query over {@code rows}, written to the sink. */
  @FunctionalInterface
  public interface BatchRunner {
    void run(long batchId, LogicalPlan rows);
  }

  private final UUID id = UUID.randomUUID();
  private final UUID runId = UUID.randomUUID();
  private final Optional<String> name;
  private final MicroBatchSource source;
  private final long intervalMillis;
  private final BatchRunner runner;
  private final Thread thread;
  private volatile boolean stopping;
  private volatile EmberException failure;
  private volatile String statusMessage = "Initializing sources";
  private volatile boolean dataAvailable;
  private volatile boolean triggerActive;
  /** The triggers so far that found no new data (processAllAvailable waits for one). */
  private long idleTriggers;

  MicroBatchQuery(Optional<String> name, MicroBatchSource source, long intervalMillis, BatchRunner runner) {
    this.name = name;
    this.source = source;
    this.intervalMillis = intervalMillis;
    this.runner = runner;
    this.thread = new Thread(this::run, "stream execution thread for " + name.orElse("") + " [id = " + id
        + ", runId = " + runId + "]");
    thread.setDaemon(true);
  }

  void begin() {
    thread.start();
  }

  public UUID id() {
    return id;
  }

  public UUID runId() {
    return runId;
  }

  public Optional<String> name() {
    return name;
  }

  public boolean isActive() {
    return thread.isAlive();
  }

  /** Spark's {@code StreamingQueryStatus}: message, whether data is available, whether a trigger is active. */
  public record Status(String message, boolean dataAvailable, boolean triggerActive, boolean active) {
  }

  public Status status() {
    boolean active = isActive();
    EmberException cause = failure;
    String message = active ? statusMessage
        : cause != null ? "Terminated with exception: " + cause.getMessage() : "Stopped";
    return new Status(message, active && dataAvailable, active && triggerActive, active);
  }

  /** The error that ended the query, as it is: the cause of {@link #exception}. */
  public Optional<EmberException> cause() {
    return Optional.ofNullable(failure);
  }

  /** The error that ended the query, wrapped as Spark's StreamingQueryException (STREAM_FAILED). */
  public Optional<EmberException> exception() {
    EmberException cause = failure;
    if (cause == null) {
      return Optional.empty();
    }
    java.util.Map<String, String> parameters = new java.util.LinkedHashMap<>();
    parameters.put("id", id.toString());
    parameters.put("runId", runId.toString());
    parameters.put("message", cause.getMessage());
    return Optional.of(new EmberException(dev.ember.plan.errors.ErrorKind.STREAMING_QUERY, "STREAM_FAILED",
        "XXKST", "Query [id = " + id + ", runId = " + runId + "] terminated with exception: " + cause.getMessage(),
        parameters));
  }

  /** Waits for the query to end ({@code timeoutMillis} at most, if given): whether it ended; its error if it failed. */
  public boolean awaitTermination(Optional<Long> timeoutMillis) {
    try {
      if (timeoutMillis.isPresent()) {
        thread.join(Math.max(1, timeoutMillis.get()));
      } else {
        thread.join();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    Optional<EmberException> error = exception();
    if (error.isPresent()) {
      throw error.get();
    }
    return !thread.isAlive();
  }

  /**
   * Spark's {@code processAllAvailable}: waits until a trigger that started after this call found no new data (all
   * the data available then is processed), or the query ended; its error if it failed.
   */
  public void processAllAvailable() {
    synchronized (this) {
      long seen = idleTriggers;
      try {
        while (idleTriggers <= seen + 1 && thread.isAlive()) {
          wait(100);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    Optional<EmberException> error = exception();
    if (error.isPresent()) {
      throw error.get();
    }
  }

  /** Stops the query and waits for its thread (a batch running ends first). */
  public void stop() {
    stopping = true;
    thread.interrupt();
    try {
      thread.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void run() {
    try {
      source.start();
      String start = source.initialOffset();
      long batchId = 0;
      long nextTrigger = System.currentTimeMillis();
      boolean idle = false;
      while (!stopping) {
        if (intervalMillis > 0) {
          long now = System.currentTimeMillis();
          if (now < nextTrigger) {
            statusMessage = "Waiting for next trigger";
            Thread.sleep(nextTrigger - now);
          }
          nextTrigger = (System.currentTimeMillis() / intervalMillis + 1) * intervalMillis;
        }
        if (!idle) {
          // a query waiting for data keeps saying so while it polls (Spark's status between its short polls)
          triggerActive = true;
          statusMessage = "Getting offsets from " + source;
        }
        String end = source.latestOffset(start);
        dataAvailable = !end.equals(start);
        idle = !dataAvailable;
        if (!dataAvailable) {
          synchronized (this) {
            idleTriggers++;
            notifyAll();
          }
          triggerActive = false;
          statusMessage = "Waiting for data to arrive";
          if (intervalMillis == 0) {
            Thread.sleep(POLLING_DELAY_MILLIS);
          }
          continue;
        }
        triggerActive = true;
        statusMessage = "Processing new data";
        runner.run(batchId, source.batch(start, end));
        source.commit(end);
        start = end;
        batchId++;
        triggerActive = false;
        statusMessage = "Waiting for data to arrive";
      }
    } catch (InterruptedException e) {
      // stopped
    } catch (EmberException e) {
      if (!stopping) {
        failure = e;
      }
    } catch (RuntimeException e) {
      if (!stopping) {
        failure = dev.ember.plan.errors.SparkErrors.internal(String.valueOf(e.getMessage()));
      }
    } finally {
      synchronized (this) {
        notifyAll();
      }
      triggerActive = false;
      dataAvailable = false;
      statusMessage = "Stopped";
      source.close();
    }
  }
}
