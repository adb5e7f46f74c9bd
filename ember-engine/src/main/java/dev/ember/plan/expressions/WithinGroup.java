package dev.ember.plan.expressions;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * SQL's {@code function(...) WITHIN GROUP (ORDER BY ...)}, carried as a call of a name no SQL text or Connect client
 * can spell, with the function and its sort orders as arguments (as {@link AggregateFilters} carries FILTER), so every
 * walk over function arguments sees the aggregate inside.
 */
public final class WithinGroup {
  /** Not a function name Spark's grammar can produce (it has spaces and parentheses). */
  public static final String NAME = "<aggregate> WITHIN GROUP (ORDER BY <ordering>)";

  private WithinGroup() {
  }

  public static UnresolvedFunction of(UnresolvedFunction function, List<SortOrder> ordering) {
    List<Expression> arguments = new ArrayList<>();
    arguments.add(function);
    arguments.addAll(ordering);
    return new UnresolvedFunction(NAME, arguments, false);
  }

  /** The function and its ordering, when the call is one. */
  public static Optional<Parts> parts(Expression expression) {
    if (!(expression instanceof UnresolvedFunction call) || !call.name().equals(NAME)) {
      return Optional.empty();
    }
    List<SortOrder> ordering = call.arguments().subList(1, call.arguments().size()).stream()
        .map(SortOrder.class::cast).toList();
    return Optional.of(new Parts((UnresolvedFunction) call.arguments().get(0), ordering));
  }

  /** The function written before WITHIN GROUP and the sort orders inside it. */
  public record Parts(UnresolvedFunction function, List<SortOrder> ordering) {
    public Parts {
      ordering = List.copyOf(ordering);
    }
  }
}
