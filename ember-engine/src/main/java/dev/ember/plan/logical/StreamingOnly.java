package dev.ember.plan.logical;

import java.util.Objects;

/**
 * An operation only a streaming query can run (such as {@code dropDuplicatesWithinWatermark}) over a batch input:
 * Spark analyzes it, so that its schema is the input's, and refuses it when the query runs.
 */
public record StreamingOnly(LogicalPlan input, String operation) implements LogicalPlan {
  public StreamingOnly {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(operation, "operation");
  }
}
