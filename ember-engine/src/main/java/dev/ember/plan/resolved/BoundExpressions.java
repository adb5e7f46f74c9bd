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
    if (expression instanceof UserFunctionResult call) {
      return call.arguments();
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

  /**
   * The expression with each part {@code rule} replaces replaced (top-down: a replaced part is not entered); parts
   * it leaves are rebuilt over their replaced children.
   */
  public static BoundExpression replace(BoundExpression expression,
      java.util.function.Function<BoundExpression, java.util.Optional<BoundExpression>> rule) {
    java.util.Optional<BoundExpression> replaced = rule.apply(expression);
    if (replaced.isPresent()) {
      return replaced.get();
    }
    List<BoundExpression> children = children(expression);
    if (children.isEmpty()) {
      return expression;
    }
    return withChildren(expression, children.stream().map(child -> replace(child, rule)).toList());
  }

  /** The same expression over new children, in the order {@link #children} lists them. */
  public static BoundExpression withChildren(BoundExpression expression, List<BoundExpression> children) {
    if (expression instanceof Call call) {
      return new Call(call.function(), children, call.dataType(), call.nullable());
    }
    if (expression instanceof BoundCast cast) {
      return new BoundCast(children.get(0), cast.dataType(), cast.tryCast());
    }
    if (expression instanceof FieldAccess access) {
      return new FieldAccess(children.get(0), access.fieldName(), access.dataType(), access.nullable());
    }
    if (expression instanceof ElementAccess access) {
      return new ElementAccess(children.get(0), children.get(1), access.dataType());
    }
    if (expression instanceof Generator generator) {
      return new Generator(generator.function(), children.get(0), generator.position(), generator.outer());
    }
    if (expression instanceof BoundLambda lambda) {
      return new BoundLambda(lambda.parameters(), children.get(0));
    }
    if (expression instanceof UserFunctionResult call) {
      return new UserFunctionResult(call.function(), children, call.result(), call.overAggregates());
    }
    if (expression instanceof WindowCall window) {
      int keys = window.partitionBy().size();
      List<BoundSortOrder> orders = new java.util.ArrayList<>();
      for (int i = 0; i < window.orderBy().size(); i++) {
        BoundSortOrder order = window.orderBy().get(i);
        orders.add(new BoundSortOrder(children.get(1 + keys + i), order.ascending(), order.nullsFirst()));
      }
      return new WindowCall((Call) children.get(0), children.subList(1, 1 + keys), orders, window.frame());
    }
    return expression;
  }

  /**
   * Whether the expression or any part of it matches (parents before children, left to right); a loop over the
   * children lists, as trees may be wide (an isin of a million constants) and deep.
   */
  public static boolean anyMatch(BoundExpression expression, Predicate<BoundExpression> predicate) {
    if (predicate.test(expression)) {
      return true;
    }
    java.util.ArrayDeque<java.util.Iterator<BoundExpression>> pending = new java.util.ArrayDeque<>();
    pending.push(children(expression).iterator());
    while (!pending.isEmpty()) {
      java.util.Iterator<BoundExpression> siblings = pending.peek();
      if (!siblings.hasNext()) {
        pending.pop();
        continue;
      }
      BoundExpression next = siblings.next();
      if (predicate.test(next)) {
        return true;
      }
      List<BoundExpression> children = children(next);
      if (!children.isEmpty()) {
        pending.push(children.iterator());
      }
    }
    return false;
  }
}
