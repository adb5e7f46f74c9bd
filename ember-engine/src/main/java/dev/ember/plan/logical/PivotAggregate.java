package dev.ember.plan.logical;

import dev.ember.plan.expressions.Expression;
import java.util.List;
import java.util.Optional;

/**
 * {@code groupBy(groupings).pivot(column[, values]).agg(aggregates)}: one output column per pivot
 * value (and aggregate). No values: Spark's sorted distinct values of the column. SQL's {@code PIVOT} clause names
 * no groupings: it groups by every input column neither the pivot column nor an aggregate reads
 * ({@code groupByRest}), and may name a value's columns ({@code valueNames}, one per value, empty for the value).
 * A value is a constant expression ({@code array(1, 1)}, {@code (1, 'a')}); pivoting on several columns pivots on
 * their struct ({@code FOR (a, b) IN ((1, 'x'), ...)}).
 */
public record PivotAggregate(LogicalPlan input, List<Expression> groupings, boolean groupByRest,
    Expression pivotColumn, List<Expression> values, List<Optional<String>> valueNames, List<Expression> aggregates)
    implements LogicalPlan {
  public PivotAggregate {
    groupings = List.copyOf(groupings);
    values = List.copyOf(values);
    valueNames = List.copyOf(valueNames);
    aggregates = List.copyOf(aggregates);
    if (!valueNames.isEmpty() && valueNames.size() != values.size()) {
      throw new IllegalArgumentException("a name per pivot value: " + valueNames + " for " + values);
    }
  }

  public PivotAggregate(LogicalPlan input, List<Expression> groupings, Expression pivotColumn, List<Expression> values,
      List<Expression> aggregates) {
    this(input, groupings, false, pivotColumn, values, List.of(), aggregates);
  }
}
