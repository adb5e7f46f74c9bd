package dev.ember.plan.resolved;

import java.util.List;

/** {@code GROUP BY groupings} producing {@code columns} (grouping columns and aggregate calls). */
public record Aggregation(ResolvedPlan input, List<BoundExpression> groupings, List<NamedExpression> columns)
    implements ResolvedPlan {
  public Aggregation {
    groupings = List.copyOf(groupings);
    columns = List.copyOf(columns);
  }

  @Override
  public List<Attribute> output() {
    return columns.stream().map(NamedExpression::attribute).toList();
  }
}
