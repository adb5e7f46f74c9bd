package dev.ember.analyzer;

import dev.ember.plan.expressions.Alias;
import dev.ember.plan.expressions.Cast;
import dev.ember.plan.expressions.Expression;
import dev.ember.plan.expressions.ExtractValue;
import dev.ember.plan.expressions.SortOrder;
import dev.ember.plan.expressions.UnresolvedFunction;
import java.util.List;

/**
 * The parts of an expression as written (before resolution) that the select-list passes look into — a call's
 * arguments, and the operand of an alias, a cast, a field or element access and a sort order; other expressions
 * (subqueries, lambdas, windows) are not entered.
 */
final class WrittenExpressions {
  private WrittenExpressions() {
  }

  static List<Expression> children(Expression expression) {
    if (expression instanceof Alias alias) {
      return List.of(alias.child());
    }
    if (expression instanceof UnresolvedFunction function) {
      return function.arguments();
    }
    if (expression instanceof Cast cast) {
      return List.of(cast.child());
    }
    if (expression instanceof ExtractValue extract) {
      return List.of(extract.child());
    }
    if (expression instanceof SortOrder order) {
      return List.of(order.child());
    }
    return List.of();
  }
}
