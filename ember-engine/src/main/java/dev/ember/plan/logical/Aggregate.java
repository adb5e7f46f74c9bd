package dev.ember.plan.logical;

import dev.ember.plan.expressions.Expression;
import java.util.List;

/** {@code groupBy(groupings).agg(aggregates)}; the output is the groupings followed by the aggregates. */
public record Aggregate(LogicalPlan input, List<Expression> groupings, List<Expression> aggregates)
    implements LogicalPlan {
  public Aggregate {
    groupings = List.copyOf(groupings);
    aggregates = List.copyOf(aggregates);
  }
}
