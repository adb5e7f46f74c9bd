package dev.ember.sqlgen;

import dev.ember.plan.expressions.SubqueryExpression;
import dev.ember.plan.resolved.BoundExpression;
import dev.ember.plan.resolved.BoundExpressions;
import dev.ember.plan.resolved.BoundSubquery;
import dev.ember.plan.resolved.Call;
import java.util.List;
import java.util.Optional;

/**
 * Negations moved inward over a condition holding an IN subquery, as Spark's BooleanSimplification does before
 * RewritePredicateSubquery plans the subquery: {@code NOT NOT x} is {@code x}, {@code NOT (a OR b)} is
 * {@code NOT a AND NOT b}, {@code NOT (a AND b)} is {@code NOT a OR NOT b}. Spark's IN and NOT IN are never NULL
 * (an existence join, a NULL-aware anti join), so where the negation sits decides the answer:
 * {@code NOT (a NOT IN (…))} is {@code a IN (…)}, false for a value compared with a NULL, not true.
 */
final class SubqueryNegations {
  private SubqueryNegations() {
  }

  /** The negated condition with its negation one level further in, when it holds an IN subquery. */
  static Optional<BoundExpression> inward(Call not) {
    if (!(not.argument(0) instanceof Call inner) || !holdsInSubquery(inner)) {
      return Optional.empty();
    }
    return switch (inner.function()) {
      case "not" -> Optional.of(inner.argument(0));
      case "and" -> Optional.of(combined("or", inner));
      case "or" -> Optional.of(combined("and", inner));
      default -> Optional.empty();
    };
  }

  private static BoundExpression combined(String function, Call inner) {
    List<BoundExpression> negated = inner.arguments().stream().map(SubqueryNegations::negated).toList();
    return new Call(function, negated, inner.dataType(), inner.nullable());
  }

  private static BoundExpression negated(BoundExpression expression) {
    return new Call("not", List.of(expression), expression.dataType(), expression.nullable());
  }

  private static boolean holdsInSubquery(BoundExpression expression) {
    return BoundExpressions.anyMatch(expression, part -> part instanceof BoundSubquery subquery
        && subquery.kind() == SubqueryExpression.Kind.IN);
  }
}
