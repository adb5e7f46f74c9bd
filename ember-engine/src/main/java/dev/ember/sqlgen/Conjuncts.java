package dev.ember.sqlgen;

import dev.ember.plan.resolved.BoundExpression;
import dev.ember.plan.resolved.Call;
import dev.ember.plan.types.AtomicType;
import java.util.ArrayList;
import java.util.List;

/** A condition as the conditions ANDed in it, and back. */
final class Conjuncts {
  private Conjuncts() {
  }

  /** The conditions {@code condition} ANDs, left to right (itself when it is no AND). */
  static List<BoundExpression> of(BoundExpression condition) {
    if (condition instanceof Call call && call.function().equals("and") && call.arguments().size() == 2) {
      List<BoundExpression> all = new ArrayList<>(of(call.argument(0)));
      all.addAll(of(call.argument(1)));
      return all;
    }
    return List.of(condition);
  }

  static BoundExpression and(BoundExpression left, BoundExpression right) {
    return new Call("and", List.of(left, right), AtomicType.BOOLEAN, left.nullable() || right.nullable());
  }

  /** The conditions ANDed, left to right; {@code conditions} is not empty. */
  static BoundExpression all(List<BoundExpression> conditions) {
    return conditions.stream().reduce(Conjuncts::and).orElseThrow();
  }
}
