package dev.ember.plan.logical;

import dev.ember.plan.expressions.Expression;
import dev.ember.plan.resolved.GroupingKind;
import java.util.List;

/**
 * {@code groupBy(groupings).agg(aggregates)} (or rollup/cube): the output is the groupings followed by the
 * aggregates ({@code keysInOutput}); SQL's {@code SELECT list ... GROUP BY groupings} outputs the select list only.
 */
public record Aggregate(LogicalPlan input, GroupingKind kind, List<Expression> groupings, List<Expression> aggregates,
    boolean keysInOutput) implements LogicalPlan {
  public Aggregate {
    groupings = List.copyOf(groupings);
    aggregates = List.copyOf(aggregates);
  }

  public Aggregate(LogicalPlan input, GroupingKind kind, List<Expression> groupings, List<Expression> aggregates) {
    this(input, kind, groupings, aggregates, true);
  }

  public Aggregate(LogicalPlan input, List<Expression> groupings, List<Expression> aggregates) {
    this(input, GroupingKind.GROUP_BY, groupings, aggregates);
  }
}
