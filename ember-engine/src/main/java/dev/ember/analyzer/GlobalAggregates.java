package dev.ember.analyzer;

import dev.ember.plan.expressions.Alias;
import dev.ember.plan.expressions.Cast;
import dev.ember.plan.expressions.Expression;
import dev.ember.plan.expressions.ExtractValue;
import dev.ember.plan.expressions.LambdaFunction;
import dev.ember.plan.expressions.MultiAlias;
import dev.ember.plan.expressions.SortOrder;
import dev.ember.plan.expressions.UnresolvedFunction;
import java.util.List;

/**
 * Spark's GlobalAggregates rule: a {@code select} whose columns call an aggregate function (outside
 * a window) is an aggregation of the whole input, as {@code df.select(max("x"))} and the client's
 * {@code stat().bloomFilter} are.
 */
final class GlobalAggregates {
  private GlobalAggregates() {
  }

  static boolean containsAggregates(List<Expression> selectList) {
    return selectList.stream().anyMatch(GlobalAggregates::callsAggregate);
  }

  static boolean callsAggregate(Expression expression) {
    if (expression instanceof UnresolvedFunction function
        && function.name().equals(dev.ember.plan.expressions.PipeExpressions.NAME)) {
      // a pipe operator's expression is checked for aggregates itself (PIPE_OPERATOR_CONTAINS_AGGREGATE_FUNCTION)
      return false;
    }
    if (expression instanceof UnresolvedFunction function) {
      boolean aggregate = FunctionRegistry.lookup(function.name()).map(FunctionDefinition::aggregate).orElse(false);
      return aggregate || function.arguments().stream().anyMatch(GlobalAggregates::callsAggregate);
    }
    if (expression instanceof Alias alias) {
      return callsAggregate(alias.child());
    }
    if (expression instanceof MultiAlias alias) {
      return callsAggregate(alias.child());
    }
    if (expression instanceof Cast cast) {
      return callsAggregate(cast.child());
    }
    if (expression instanceof ExtractValue extract) {
      return callsAggregate(extract.child()) || callsAggregate(extract.extraction());
    }
    if (expression instanceof SortOrder order) {
      return callsAggregate(order.child());
    }
    if (expression instanceof LambdaFunction lambda) {
      return callsAggregate(lambda.body());
    }
    if (expression instanceof dev.ember.plan.expressions.SubqueryExpression subquery) {
      // the subquery's own aggregates aggregate its rows; only the values compared with it belong to this select
      return subquery.values().stream().anyMatch(GlobalAggregates::callsAggregate);
    }
    // a window's function aggregates over the window, not the whole input
    return false;
  }
}
