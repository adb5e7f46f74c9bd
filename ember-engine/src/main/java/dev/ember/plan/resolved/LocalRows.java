package dev.ember.plan.resolved;

import java.util.List;

/** Rows shipped with the plan ({@code createDataFrame}); values as in {@link dev.ember.plan.expressions.Literal}. */
public record LocalRows(List<Attribute> output, List<List<Object>> rows) implements ResolvedPlan {
  public LocalRows {
    output = List.copyOf(output);
    rows = List.copyOf(rows);
  }
}
