package dev.ember.plan.resolved;

import java.util.List;

/** {@code distinct()}: one row per distinct combination of every column (NULLs equal). */
public record DistinctRows(ResolvedPlan input) implements ResolvedPlan {
  @Override
  public List<Attribute> output() {
    return input.output();
  }
}
