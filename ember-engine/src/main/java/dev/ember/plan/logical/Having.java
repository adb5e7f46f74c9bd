package dev.ember.plan.logical;

import dev.ember.plan.expressions.Expression;
import java.util.Objects;

/**
 * SQL's {@code HAVING condition} over an aggregation: the condition may name the select list's aliases and
 * aggregates the select list does not hold (computed alongside, then dropped), as Spark's analyzer resolves it.
 * {@code withoutGroupBy}: the query has no GROUP BY, so the aggregation is global (the SQL standard's reading) — or,
 * with {@code spark.sql.legacy.parser.havingWithoutGroupByAsWhere}, the condition is a WHERE below the select list.
 */
public record Having(Aggregate input, Expression condition, boolean withoutGroupBy) implements LogicalPlan {
  public Having {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(condition, "condition");
  }

  public Having(Aggregate input, Expression condition) {
    this(input, condition, false);
  }
}
