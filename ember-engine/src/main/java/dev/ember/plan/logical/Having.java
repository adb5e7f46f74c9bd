package dev.ember.plan.logical;

import dev.ember.plan.expressions.Expression;
import java.util.Objects;

/**
 * SQL's {@code HAVING condition} over an aggregation: the condition may name the select list's aliases and
 * aggregates the select list does not hold (computed alongside, then dropped), as Spark's analyzer resolves it.
 */
public record Having(Aggregate input, Expression condition) implements LogicalPlan {
  public Having {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(condition, "condition");
  }
}
