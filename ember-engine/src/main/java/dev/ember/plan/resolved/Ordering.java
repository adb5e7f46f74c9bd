package dev.ember.plan.resolved;

import java.util.List;

/**
 * Rows sorted by {@code orders}. {@code global} is false for {@code sortWithinPartitions}, which on one
 * machine (one partition) sorts all rows alike; Spark's plan text shows the flag.
 */
public record Ordering(ResolvedPlan input, List<BoundSortOrder> orders, boolean global) implements ResolvedPlan {
  public Ordering {
    orders = List.copyOf(orders);
  }

  public Ordering(ResolvedPlan input, List<BoundSortOrder> orders) {
    this(input, orders, true);
  }

  @Override
  public List<Attribute> output() {
    return input.output();
  }
}
