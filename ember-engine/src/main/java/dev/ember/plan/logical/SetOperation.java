package dev.ember.plan.logical;

import java.util.Objects;

/**
 * {@code union}/{@code unionAll} ({@code all}), {@code unionByName} ({@code byName}, optionally filling
 * missing columns with NULL), {@code intersect(All)}, {@code except(All)}.
 */
public record SetOperation(LogicalPlan left, LogicalPlan right, SetOperationType type, boolean all, boolean byName,
    boolean allowMissingColumns) implements LogicalPlan {
  public SetOperation {
    Objects.requireNonNull(type, "type");
  }
}
