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
    return containsAggregates(selectList, name -> false);
  }

  /** {@code userAggregate}: whether a name calls a user aggregate the session registered. */
  static boolean containsAggregates(List<Expression> selectList, java.util.function.Predicate<String> userAggregate) {
    return selectList.stream().anyMatch(expression -> callsAggregate(expression, userAggregate));
  }

  static boolean callsAggregate(Expression expression) {
    return callsAggregate(expression, name -> false);
  }

  private static boolean callsAggregate(Expression expression, java.util.function.Predicate<String> userAggregate) {
    if (expression instanceof dev.ember.plan.expressions.UserFunctionCall call) {
      return call.function().aggregates()
          || call.arguments().stream().anyMatch(argument -> callsAggregate(argument, userAggregate));
    }
    if (expression instanceof UnresolvedFunction function
        && function.name().equals(dev.ember.plan.expressions.PipeExpressions.NAME)) {
      // a pipe operator's expression is checked for aggregates itself (PIPE_OPERATOR_CONTAINS_AGGREGATE_FUNCTION)
      return false;
    }
    if (expression instanceof UnresolvedFunction function) {
      boolean aggregate = FunctionRegistry.lookup(function.name()).map(FunctionDefinition::aggregate).orElse(false)
          || userAggregate.test(function.name());
      return aggregate || function.arguments().stream().anyMatch(argument -> callsAggregate(argument, userAggregate));
    }
    if (expression instanceof Alias alias) {
      return callsAggregate(alias.child(), userAggregate);
    }
    if (expression instanceof MultiAlias alias) {
      return callsAggregate(alias.child(), userAggregate);
    }
    if (expression instanceof Cast cast) {
      return callsAggregate(cast.child(), userAggregate);
    }
    if (expression instanceof ExtractValue extract) {
      return callsAggregate(extract.child(), userAggregate) || callsAggregate(extract.extraction(), userAggregate);
    }
    if (expression instanceof SortOrder order) {
      return callsAggregate(order.child(), userAggregate);
    }
    if (expression instanceof LambdaFunction lambda) {
      return callsAggregate(lambda.body(), userAggregate);
    }
    if (expression instanceof dev.ember.plan.expressions.SubqueryExpression subquery) {
      // the subquery's own aggregates aggregate its rows; only the values compared with it belong to this select
      return subquery.values().stream().anyMatch(value -> callsAggregate(value, userAggregate));
    }
    // a window's function aggregates over the window, not the whole input
    return false;
  }
}
