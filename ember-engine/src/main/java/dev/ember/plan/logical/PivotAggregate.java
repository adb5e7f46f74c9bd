package dev.ember.plan.logical;

import dev.ember.plan.expressions.Expression;
import dev.ember.plan.expressions.Literal;
import java.util.List;

/**
 * {@code groupBy(groupings).pivot(column[, values]).agg(aggregates)}: one output column per pivot
 * value (and aggregate). No values: Spark's sorted distinct values of the column.
 */
public record PivotAggregate(LogicalPlan input, List<Expression> groupings, Expression pivotColumn,
    List<Literal> values, List<Expression> aggregates) implements LogicalPlan {
  public PivotAggregate {
    groupings = List.copyOf(groupings);
    values = List.copyOf(values);
    aggregates = List.copyOf(aggregates);
  }
}
