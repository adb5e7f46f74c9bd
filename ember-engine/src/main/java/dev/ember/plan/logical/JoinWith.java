package dev.ember.plan.logical;

import java.util.Objects;

/**
 * {@code Dataset.joinWith}: the rows of {@code join}, each side as one column, {@code _1} and {@code _2}
 * — a struct of the side's columns when its objects are rows or classes ({@code leftStruct}), the
 * side's only column when they are a primitive.
 */
public record JoinWith(Join join, boolean leftStruct, boolean rightStruct) implements LogicalPlan {
  public JoinWith {
    Objects.requireNonNull(join, "join");
  }
}
