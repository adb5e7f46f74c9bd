package dev.ember.analyzer;

import dev.ember.plan.expressions.Expression;
import dev.ember.plan.logical.Aggregate;
import dev.ember.plan.resolved.Aggregation;
import dev.ember.plan.resolved.BoundExpression;
import dev.ember.plan.resolved.NamedExpression;
import java.util.ArrayList;
import java.util.List;

/** {@code groupBy(keys).agg(aggregates)}: output is the keys followed by the aggregates. */
final class AggregateResolver {
  private final Analyzer analyzer;

  AggregateResolver(Analyzer analyzer) {
    this.analyzer = analyzer;
  }

  Scope resolve(Scope input, Aggregate aggregate) {
    ExpressionResolver keys = analyzer.expressions(input, false);
    ExpressionResolver aggregates = analyzer.expressions(input, true);
    List<BoundExpression> groupings = new ArrayList<>();
    List<NamedExpression> columns = new ArrayList<>();
    for (Expression grouping : aggregate.groupings()) {
      BoundColumn bound = keys.resolveTopLevel(grouping);
      groupings.add(bound.expression());
      columns.add(ProjectResolver.named(analyzer, bound, grouping));
    }
    for (Expression expression : aggregate.aggregates()) {
      columns.add(ProjectResolver.named(analyzer, aggregates.resolveTopLevel(expression), expression));
    }
    return input.withPlan(new Aggregation(input.plan(), groupings, columns));
  }
}
