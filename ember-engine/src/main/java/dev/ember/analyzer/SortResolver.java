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

  static Scope resolve(Analyzer analyzer, Scope input, List<SortOrder> orders, boolean global) {
    ExpressionResolver resolver = analyzer.expressions(input, false);
    List<BoundSortOrder> bound = orders.stream()
        .map(order -> new BoundSortOrder(noGenerator(resolver.resolve(unwrap(order.child()))),
            order.ascending(), order.nullsFirst()))
        .toList();
    return input.withSameColumns(new Ordering(input.plan(), bound, global));
  }

  private static dev.ember.plan.resolved.BoundExpression noGenerator(BoundColumn bound) {
    if (bound.expression() instanceof dev.ember.plan.resolved.Generator) {
      throw dev.ember.plan.errors.CollectionErrors.generatorOutsideSelect(bound.name());
    }
    return bound.expression();
  }

  private static Expression unwrap(Expression expression) {
    return expression instanceof SortOrder nested ? nested.child() : expression;
  }
}
