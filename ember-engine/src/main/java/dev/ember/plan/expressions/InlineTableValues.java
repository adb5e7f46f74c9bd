package dev.ember.plan.expressions;

import java.util.List;

/**
 * A value of SQL's {@code VALUES}, which Spark evaluates once, when it analyzes the query: one that is not
 * deterministic or aggregates is INVALID_INLINE_TABLE.CANNOT_EVALUATE_EXPRESSION_IN_INLINE_TABLE. Carried as a call of
 * a name no SQL text or Connect client can spell, which the analyzer resolves to the value after that check.
 */
public final class InlineTableValues {
  /** Not a function name Spark's grammar can produce (it has spaces and angle brackets). */
  public static final String NAME = "<value of an inline table>";

  private InlineTableValues() {
  }

  public static UnresolvedFunction of(Expression value) {
    return new UnresolvedFunction(NAME, List.of(value), false);
  }
}
