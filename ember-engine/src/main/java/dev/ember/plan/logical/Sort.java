package dev.ember.plan.logical;

import dev.ember.plan.expressions.SortOrder;
import java.util.List;

/** {@code orderBy}/{@code sort} ({@code global}) or {@code sortWithinPartitions}. */
public record Sort(LogicalPlan input, List<SortOrder> orders, boolean global) implements LogicalPlan {
  public Sort {
    orders = List.copyOf(orders);
  }
}
