package dev.ember.engine.streaming;

import dev.ember.plan.logical.LogicalPlan;

/**
 * A streaming query's source, as Spark's {@code MicroBatchStream}: offsets as JSON text, started when the query
 * starts (in its thread) and closed when it ends.
 */
public interface MicroBatchSource extends AutoCloseable {
  /** Starts reading (Spark's "Initializing sources"). */
  void start();

  String initialOffset();

  /** The offset the next batch from {@code start} ends at; {@code start} itself when there is no new data. */
  String latestOffset(String start);

  /** The rows between the two offsets, as a plan. */
  LogicalPlan batch(String start, String end);

  /** The data up to {@code end} is processed: the source may forget it. */
  void commit(String end);

  @Override
  void close();
}
