package dev.ember.plan.expressions;

import java.util.List;
import java.util.Optional;

/**
 * SQL's {@code aggregate(...) FILTER (WHERE condition)}, carried as a call of a name no SQL text or Connect client
 * can spell, with the aggregate and the condition as its arguments, so every walk over function arguments sees both.
 */
public final class AggregateFilters {
  /** Not a function name Spark's grammar can produce (it has spaces and parentheses). */
  public static final String NAME = "<aggregate> FILTER (WHERE <condition>)";

  private AggregateFilters() {
  }

  public static UnresolvedFunction of(UnresolvedFunction aggregate, Expression condition) {
    return new UnresolvedFunction(NAME, List.of(aggregate, condition), false);
  }

  /** The filtered aggregate and its condition, when the call is one. */
  public static Optional<List<Expression>> parts(UnresolvedFunction call) {
    return call.name().equals(NAME) ? Optional.of(call.arguments()) : Optional.empty();
  }
}
