package dev.ember.plan.resolved;

import java.util.List;

/** Keeps the rows for which {@code condition} is true. */
public record Selection(ResolvedPlan input, BoundExpression condition) implements ResolvedPlan {
  @Override
  public List<Attribute> output() {
    return input.output();
  }
}
