package dev.ember.sql;

import dev.ember.plan.expressions.Cast;
import dev.ember.plan.expressions.Expression;
import dev.ember.plan.expressions.SubqueryExpression;
import dev.ember.plan.expressions.UnresolvedFunction;
import dev.ember.plan.types.AtomicType;
import java.util.Set;

/**
 * A HAVING condition as Spark's AstBuilder builds it: a predicate as written, any other expression cast to boolean
 * ({@code HAVING sum(v) + 1} keeps the groups whose sum is not -1), a cast the analyzer drops for a boolean.
 */
final class SqlHavingConditions {
  /** The calls Spark's parser builds as predicates: comparisons, logic, IN, LIKE, NULL tests. */
  private static final Set<String> PREDICATES = Set.of("not", "and", "or", "==", "<", "<=", ">", ">=", "<=>", "in",
      "like", "ilike", "rlike", "isnull", "isnotnull", "between", "like_any", "like_all", "not_like_any",
      "not_like_all", "ilike_any", "ilike_all", "not_ilike_any", "not_ilike_all");

  private SqlHavingConditions() {
  }

  static Expression of(Expression condition) {
    if (condition instanceof SubqueryExpression
        || condition instanceof UnresolvedFunction call && PREDICATES.contains(call.name())) {
      return condition;
    }
    return new Cast(condition, AtomicType.BOOLEAN, false);
  }
}
