package dev.ember.analyzer;

import dev.ember.plan.resolved.BoundExpression;
import dev.ember.plan.resolved.Call;

/** {@code count(DISTINCT x)}: the aggregate call is renamed to its distinct variant. */
final class Distinctness {
  private Distinctness() {
  }

  static BoundExpression markDistinct(BoundExpression aggregate) {
    if (aggregate instanceof Call call && java.util.Set.of("count", "sum", "avg").contains(call.function())) {
      return new Call(call.function() + "_distinct", call.arguments(), call.dataType(), call.nullable());
    }
    return aggregate;
  }
}
