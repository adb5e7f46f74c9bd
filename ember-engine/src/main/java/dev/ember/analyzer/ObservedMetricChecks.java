package dev.ember.analyzer;

import dev.ember.plan.errors.EmberException;
import dev.ember.plan.errors.ErrorKind;
import dev.ember.plan.expressions.Alias;
import dev.ember.plan.expressions.Expression;
import dev.ember.plan.resolved.BoundExpression;
import dev.ember.plan.resolved.BoundExpressions;
import dev.ember.plan.resolved.Call;
import dev.ember.plan.resolved.ColumnReference;
import dev.ember.plan.resolved.WindowCall;
import java.util.List;
import java.util.Map;

/**
 * Spark's checks of {@code observe} metrics: no window, no aggregate inside an aggregate, and columns
 * and non-deterministic functions only as arguments of an aggregate.
 */
final class ObservedMetricChecks {
  private static final List<String> NON_DETERMINISTIC = RowPositionFunctions.CALLS;

  private ObservedMetricChecks() {
  }

  static void check(Analyzer analyzer, Scope input, List<Expression> metrics) {
    ExpressionResolver resolver = analyzer.expressions(input, true);
    for (Expression metric : metrics) {
      BoundColumn bound = resolver.resolveTopLevel(metric);
      String sql = metric instanceof Alias alias
          ? resolver.resolveTopLevel(alias.child()).name() + " AS " + alias.name() : bound.name();
      check(bound.expression(), "\"" + sql + "\"", false);
    }
  }

  private static void check(BoundExpression expression, String sql, boolean inAggregate) {
    if (expression instanceof WindowCall) {
      throw invalid("WINDOW_EXPRESSIONS_UNSUPPORTED",
          "Window expressions are not allowed in observed metrics, but found: " + sql + ".", sql);
    }
    boolean aggregate = expression instanceof Call call && AggregateFunctions.isAggregate(call.function());
    if (aggregate && inAggregate) {
      throw invalid("NESTED_AGGREGATES_UNSUPPORTED",
          "Nested aggregates are not allowed in observed metrics, but found: " + sql + ".", sql);
    }
    if (expression instanceof ColumnReference && !inAggregate) {
      throw invalid("NON_AGGREGATE_FUNC_ARG_IS_ATTRIBUTE",
          "Attribute " + sql + " can only be used as an argument to an aggregate function.", sql);
    }
    if (expression instanceof Call call && NON_DETERMINISTIC.contains(call.function()) && !inAggregate) {
      throw invalid("NON_AGGREGATE_FUNC_ARG_IS_NON_DETERMINISTIC",
          "Non-deterministic expression " + sql + " can only be used as an argument to an aggregate function.", sql);
    }
    BoundExpressions.children(expression).forEach(child -> check(child, sql, inAggregate || aggregate));
  }

  private static EmberException invalid(String subClass, String message, String sql) {
    return new EmberException(ErrorKind.ANALYSIS, "INVALID_OBSERVED_METRICS." + subClass, "42K0E",
        "Invalid observed metrics. " + message, Map.of("expr", sql));
  }
}
