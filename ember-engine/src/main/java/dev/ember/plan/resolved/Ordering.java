package dev.ember.plan.resolved;

import java.util.List;

public record Ordering(ResolvedPlan input, List<BoundSortOrder> orders) implements ResolvedPlan {
  public Ordering {
    orders = List.copyOf(orders);
  }

  @Override
  public List<Attribute> output() {
    return input.output();
  }
}
