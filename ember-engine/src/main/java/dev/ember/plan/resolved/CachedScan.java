package dev.ember.plan.resolved;

import java.util.List;

/** Reads a persisted DataFrame's table (columns c0, c1, ... in output order). */
public record CachedScan(String tableName, List<Attribute> output) implements ResolvedPlan {
  public CachedScan {
    output = List.copyOf(output);
  }
}
