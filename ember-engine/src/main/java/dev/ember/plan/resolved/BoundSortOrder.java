package dev.ember.plan.resolved;

import java.util.Objects;

public record BoundSortOrder(BoundExpression child, boolean ascending, boolean nullsFirst) {
  public BoundSortOrder {
    Objects.requireNonNull(child, "child");
  }
}
