package dev.ember.plan.resolved;

import java.util.List;

/**
 * {@code GROUP BY groupings} (or ROLLUP/CUBE/GROUPING SETS, whose sets are positions in {@code groupings}) producing
 * {@code columns} (grouping columns and aggregates).
 */
public record Aggregation(ResolvedPlan input, GroupingKind kind, List<BoundExpression> groupings,
    List<List<Integer>> groupingSets, List<NamedExpression> columns) implements ResolvedPlan {
  public Aggregation {
    groupings = List.copyOf(groupings);
    groupingSets = groupingSets.stream().map(List::copyOf).toList();
    columns = List.copyOf(columns);
  }

  public Aggregation(ResolvedPlan input, GroupingKind kind, List<BoundExpression> groupings,
      List<NamedExpression> columns) {
    this(input, kind, groupings, List.of(), columns);
  }

  public Aggregation(ResolvedPlan input, List<BoundExpression> groupings, List<NamedExpression> columns) {
    this(input, GroupingKind.GROUP_BY, groupings, columns);
  }

  @Override
  public List<Attribute> output() {
    return columns.stream().map(NamedExpression::attribute).toList();
  }
}
