package dev.ember.connect;

import dev.ember.engine.ConfNumbers;
import dev.ember.engine.EngineSession;
import dev.ember.engine.QueryProgress;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.apache.spark.connect.proto.ExecutePlanResponse;

/**
 * Spark Connect's {@code ExecutionProgress} responses, from DuckDB's query progress: every
 * {@code spark.connect.progress.reportInterval} (a session conf, default 2s; negative: none, as Spark) while an
 * operation's query runs, and once more when it has finished. Ember runs a query as one DuckDB statement, so a
 * report has one stage (id 0) whose tasks are DuckDB's units of progress, the rows its sources read:
 * {@code num_tasks} the rows to read, {@code num_completed_tasks} those read, {@code done} at the end.
 */
final class ProgressReports implements AutoCloseable {
  static final String INTERVAL_CONF = "spark.connect.progress.reportInterval";
  private static final long DEFAULT_INTERVAL_MILLIS = 2000;

  private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(task -> {
    Thread thread = new Thread(task, "ember-progress-reports");
    thread.setDaemon(true);
    return thread;
  });

  /** The reports of one operation. */
  interface Reporting extends AutoCloseable {
    /** Sends the last report (the stage done) through {@code send}, if DuckDB reported any progress. */
    void finish(Consumer<ExecutePlanResponse.Builder> send);

    /** Stops the reports (no report goes out after this returns). */
    @Override
    void close();
  }

  /** Starts reporting the operation's progress through {@code sender}. */
  Reporting start(EngineSession session, String operationId, PacedSender sender,
      java.util.function.UnaryOperator<ExecutePlanResponse.Builder> complete) {
    long interval = session.conf().get(INTERVAL_CONF).map(value -> ConfNumbers.millis(INTERVAL_CONF, value))
        .orElse(DEFAULT_INTERVAL_MILLIS);
    QueryProgress[] last = {null};
    ScheduledFuture<?> task = interval <= 0 ? null : timer.scheduleAtFixedRate(() -> {
      session.progress(operationId).ifPresent(progress -> {
        synchronized (last) {
          last[0] = progress;
        }
        sender.offer(() -> complete.apply(report(progress, false)).build());
      });
    }, interval, interval, TimeUnit.MILLISECONDS);
    return new Reporting() {
      @Override
      public void finish(Consumer<ExecutePlanResponse.Builder> send) {
        close();
        QueryProgress seen;
        synchronized (last) {
          seen = last[0];
        }
        if (seen != null) {
          send.accept(report(new QueryProgress(seen.totalRows(), seen.totalRows()), true));
        }
      }

      @Override
      public void close() {
        if (task != null) {
          task.cancel(false);
        }
        // a report being sent now finishes before the sender closes
        sender.close();
      }
    };
  }

  private static ExecutePlanResponse.Builder report(QueryProgress progress, boolean done) {
    return ExecutePlanResponse.newBuilder().setExecutionProgress(ExecutePlanResponse.ExecutionProgress.newBuilder()
        .addStages(ExecutePlanResponse.ExecutionProgress.StageInfo.newBuilder()
            .setStageId(0)
            .setNumTasks(progress.totalRows())
            .setNumCompletedTasks(progress.rowsProcessed())
            .setInputBytesRead(0)
            .setDone(done))
        .setNumInflightTasks(0));
  }

  @Override
  public void close() {
    timer.shutdownNow();
  }
}
