package dev.ember.analyzer;

import dev.ember.plan.expressions.Expression;
import dev.ember.plan.expressions.SortOrder;
import dev.ember.plan.resolved.BoundSortOrder;
import dev.ember.plan.resolved.Ordering;
import java.util.List;

/** {@code orderBy(...)}: each key resolved against the input. */
final class SortResolver {
  private SortResolver() {
  }

  static Scope resolve(Analyzer analyzer, Scope input, List<SortOrder> orders) {
    ExpressionResolver resolver = analyzer.expressions(input, false);
    List<BoundSortOrder> bound = orders.stream()
        .map(order -> new BoundSortOrder(resolver.resolve(unwrap(order.child())).expression(),
            order.ascending(), order.nullsFirst()))
        .toList();
    return input.withSameColumns(new Ordering(input.plan(), bound));
  }

  private static Expression unwrap(Expression expression) {
    return expression instanceof SortOrder nested ? nested.child() : expression;
  }
}
