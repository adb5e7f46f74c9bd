package dev.ember.analyzer;

import dev.ember.plan.errors.EmberException;
import dev.ember.plan.errors.ErrorKind;
import dev.ember.plan.resolved.BoundExpression;
import dev.ember.plan.resolved.BoundExpressions;
import dev.ember.plan.resolved.Call;
import dev.ember.plan.resolved.RowPositionCalls;
import dev.ember.plan.resolved.UserFunctionResult;
import dev.ember.plan.resolved.WindowCall;
import java.util.Map;

/**
 * The values of SQL's {@code VALUES}, as Spark's ResolveInlineTables checks them: each must be evaluable once, when
 * the query is analyzed — no aggregate, window or nondeterministic function (rand, uuid, a nondeterministic UDF...),
 * else INVALID_INLINE_TABLE.CANNOT_EVALUATE_EXPRESSION_IN_INLINE_TABLE naming the value.
 */
final class InlineTableChecks {
  private InlineTableChecks() {
  }

  static BoundColumn evaluable(BoundColumn value) {
    if (BoundExpressions.anyMatch(value.expression(), InlineTableChecks::notEvaluable)) {
      String expression = "\"" + value.name() + "\"";
      throw new EmberException(ErrorKind.ANALYSIS, "INVALID_INLINE_TABLE.CANNOT_EVALUATE_EXPRESSION_IN_INLINE_TABLE",
          "42000", "Invalid inline table. Cannot evaluate the expression " + expression + " in inline table definition.",
          Map.of("expr", expression));
    }
    return value;
  }

  private static boolean notEvaluable(BoundExpression part) {
    if (part instanceof Call call) {
      return AggregateFunctions.isAggregate(call.function()) || RowPositionCalls.NAMES.contains(call.function());
    }
    if (part instanceof UserFunctionResult call) {
      return call.function().aggregates() || !call.function().deterministic();
    }
    return part instanceof WindowCall;
  }
}
