package dev.ember.plan.logical;

import dev.ember.plan.expressions.Expression;
import dev.ember.plan.resolved.GroupingKind;
import java.util.List;

/**
 * {@code groupBy(groupings).agg(aggregates)} (or rollup/cube/grouping sets): the output is the groupings followed by
 * the aggregates ({@code keysInOutput}); SQL's {@code SELECT list ... GROUP BY groupings} outputs the select list only.
 * With {@link GroupingKind#GROUPING_SETS}, {@code groupingSets} lists each set as positions in {@code groupings}.
 */
public record Aggregate(LogicalPlan input, GroupingKind kind, List<Expression> groupings, List<List<Integer>> groupingSets,
    List<Expression> aggregates, boolean keysInOutput) implements LogicalPlan {
  public Aggregate {
    groupings = List.copyOf(groupings);
    groupingSets = groupingSets.stream().map(List::copyOf).toList();
    aggregates = List.copyOf(aggregates);
    if (groupingSets.isEmpty() != (kind != GroupingKind.GROUPING_SETS)) {
      throw new IllegalArgumentException("grouping sets are for GROUPING_SETS only: " + kind + " " + groupingSets);
    }
  }

  public Aggregate(LogicalPlan input, GroupingKind kind, List<Expression> groupings, List<Expression> aggregates,
      boolean keysInOutput) {
    this(input, kind, groupings, List.of(), aggregates, keysInOutput);
  }

  public Aggregate(LogicalPlan input, GroupingKind kind, List<Expression> groupings, List<Expression> aggregates) {
    this(input, kind, groupings, aggregates, true);
  }

  public Aggregate(LogicalPlan input, List<Expression> groupings, List<Expression> aggregates) {
    this(input, GroupingKind.GROUP_BY, groupings, aggregates);
  }

  public Aggregate withGroupings(List<Expression> newGroupings) {
    return new Aggregate(input, kind, newGroupings, groupingSets, aggregates, keysInOutput);
  }

  public Aggregate withAggregates(List<Expression> newAggregates, boolean newKeysInOutput) {
    return new Aggregate(input, kind, groupings, groupingSets, newAggregates, newKeysInOutput);
  }
}
