package dev.ember.plan.resolved;

import java.util.List;
import java.util.function.Predicate;

/** Walks resolved expression trees. */
public final class BoundExpressions {
  private BoundExpressions() {
  }

  public static List<BoundExpression> children(BoundExpression expression) {
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
    if (expression instanceof WindowCall window) {
      List<BoundExpression> children = new java.util.ArrayList<>();
      children.add(window.function());
      children.addAll(window.partitionBy());
      window.orderBy().forEach(order -> children.add(order.child()));
      return children;
    }
    return List.of();
  }

  public static boolean anyMatch(BoundExpression expression, Predicate<BoundExpression> predicate) {
    if (predicate.test(expression)) {
      return true;
    }
    return children(expression).stream().anyMatch(child -> anyMatch(child, predicate));
  }
}
