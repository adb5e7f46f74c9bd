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
    if (expression instanceof BoundSubquery subquery) {
      // the subquery's own plan is not part of this expression tree: it has its own scope
      return subquery.values();
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

  /** Whether the expression or any part of it matches; a loop, as trees may be wide and deep. */
  public static boolean anyMatch(BoundExpression expression, Predicate<BoundExpression> predicate) {
    java.util.ArrayDeque<BoundExpression> pending = new java.util.ArrayDeque<>();
    pending.push(expression);
    while (!pending.isEmpty()) {
      BoundExpression next = pending.pop();
      if (predicate.test(next)) {
        return true;
      }
      List<BoundExpression> children = children(next);
      for (int i = children.size() - 1; i >= 0; i--) {
        pending.push(children.get(i));
      }
    }
    return false;
  }
}
