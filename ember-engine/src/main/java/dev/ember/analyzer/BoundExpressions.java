package dev.ember.analyzer;

import dev.ember.plan.resolved.BoundCast;
import dev.ember.plan.resolved.BoundExpression;
import dev.ember.plan.resolved.BoundLambda;
import dev.ember.plan.resolved.Call;
import dev.ember.plan.resolved.ElementAccess;
import dev.ember.plan.resolved.FieldAccess;
import dev.ember.plan.resolved.Generator;
import java.util.List;
import java.util.function.Predicate;

/** Walks resolved expression trees. */
final class BoundExpressions {
  private BoundExpressions() {
  }

  static List<BoundExpression> children(BoundExpression expression) {
    if (expression instanceof Call call) {
      return call.arguments();
    }
    if (expression instanceof BoundCast cast) {
      return List.of(cast.child());
    }
    if (expression instanceof FieldAccess access) {
      return List.of(access.child());
    }
    if (expression instanceof ElementAccess access) {
      return List.of(access.child(), access.key());
    }
    if (expression instanceof Generator generator) {
      return List.of(generator.collection());
    }
    if (expression instanceof BoundLambda lambda) {
      return List.of(lambda.body());
    }
    return List.of();
  }

  static boolean anyMatch(BoundExpression expression, Predicate<BoundExpression> predicate) {
    if (predicate.test(expression)) {
      return true;
    }
    return children(expression).stream().anyMatch(child -> anyMatch(child, predicate));
  }
}
