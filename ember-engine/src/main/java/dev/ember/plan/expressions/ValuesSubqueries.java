package dev.ember.plan.expressions;

import java.util.List;

/**
 * A value of SQL's {@code VALUES} that holds a scalar subquery, which Spark refuses when it analyzes the query
 * (UNSUPPORTED_SUBQUERY_EXPRESSION_CATEGORY.SCALAR_SUBQUERY_IN_VALUES), not when it parses it: carried as a call of a
 * name no SQL text or Connect client can spell, which the analyzer refuses.
 */
public final class ValuesSubqueries {
  /** Not a function name Spark's grammar can produce (it has spaces and angle brackets). */
  public static final String NAME = "<scalar subquery in VALUES>";

  private ValuesSubqueries() {
  }

  public static UnresolvedFunction of(Expression value) {
    return new UnresolvedFunction(NAME, List.of(value), false);
  }
}
