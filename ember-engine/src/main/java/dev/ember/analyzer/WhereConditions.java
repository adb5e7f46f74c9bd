package dev.ember.analyzer;

import dev.ember.plan.errors.EmberException;
import dev.ember.plan.errors.ErrorKind;
import dev.ember.plan.expressions.Expression;
import dev.ember.plan.resolved.BoundExpression;
import dev.ember.plan.resolved.BoundExpressions;
import dev.ember.plan.resolved.Call;
import dev.ember.plan.text.ExpressionText;
import dev.ember.plan.text.LiteralText;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A filter's condition ({@code WHERE}, {@code df.filter}), which may hold no aggregate: Spark's CheckAnalysis refuses
 * one as INVALID_WHERE_CONDITION, naming the condition and the aggregates in it (in Spark's {@code sql} form).
 */
final class WhereConditions {
  private WhereConditions() {
  }

  static BoundExpression resolve(Analyzer analyzer, Scope input, Expression condition) {
    try {
      return analyzer.expressions(input, false).resolveCondition(condition);
    } catch (EmberException failure) {
      if (!"UNSUPPORTED_EXPR_FOR_OPERATOR".equals(failure.errorClass())) {
        throw failure;
      }
      throw withAggregates(analyzer, input, condition).map(WhereConditions::invalidCondition).orElseThrow(() -> failure);
    }
  }

  /** The condition resolved as if aggregates were allowed, when that succeeds and finds one. */
  private static java.util.Optional<Invalid> withAggregates(Analyzer analyzer, Scope input, Expression condition) {
    BoundColumn resolved;
    try {
      resolved = analyzer.expressions(input, true).resolve(condition);
    } catch (EmberException otherwiseInvalid) {
      return java.util.Optional.empty();
    }
    List<Call> aggregates = new ArrayList<>();
    collectAggregates(resolved.expression(), aggregates);
    ExpressionText sql = ExpressionText.sql(new LiteralText(analyzer.timeZone()));
    return aggregates.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(new Invalid(resolved.name(),
        aggregates.stream().map(sql::of).collect(Collectors.joining(", "))));
  }

  private static void collectAggregates(BoundExpression expression, List<Call> aggregates) {
    if (expression instanceof Call call && AggregateFunctions.isAggregate(call.function())) {
      aggregates.add(call);
      return;
    }
    BoundExpressions.children(expression).forEach(child -> collectAggregates(child, aggregates));
  }

  private static EmberException invalidCondition(Invalid invalid) {
    String condition = "\"" + invalid.condition() + "\"";
    return new EmberException(ErrorKind.ANALYSIS, "INVALID_WHERE_CONDITION", "42903",
        "The WHERE condition " + condition + " contains invalid expressions: " + invalid.expressionList()
            + ".\nRewrite the query to avoid window functions, aggregate functions, and generator functions in the"
            + " WHERE clause.",
        Map.of("condition", condition, "expressionList", invalid.expressionList()));
  }

  private record Invalid(String condition, String expressionList) {
  }
}
