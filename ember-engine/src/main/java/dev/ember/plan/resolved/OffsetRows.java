package dev.ember.plan.resolved;

import java.util.List;

public record OffsetRows(ResolvedPlan input, long offset) implements ResolvedPlan {
  @Override
  public List<Attribute> output() {
    return input.output();
  }
}
