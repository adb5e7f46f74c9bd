package dev.ember.plan.logical;

/**
 * {@code spark.range(start, end, step[, numPartitions])}, SQL's {@code range(...)}: {@code numPartitions} empty when
 * not given (Spark's default parallelism then).
 */
public record Range(long start, long end, long step, java.util.OptionalInt numPartitions) implements LogicalPlan {
  public Range(long start, long end, long step) {
    this(start, end, step, java.util.OptionalInt.empty());
  }
}
