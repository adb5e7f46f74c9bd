package dev.ember.plan.resolved;

import java.util.List;

public record LimitRows(ResolvedPlan input, long limit) implements ResolvedPlan {
  @Override
  public List<Attribute> output() {
    return input.output();
  }
}
