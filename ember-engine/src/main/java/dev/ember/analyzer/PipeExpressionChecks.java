package dev.ember.analyzer;

import dev.ember.plan.errors.EmberException;
import dev.ember.plan.errors.ErrorKind;
import dev.ember.plan.expressions.PipeExpressions;
import dev.ember.plan.resolved.Attribute;
import dev.ember.plan.resolved.BoundExpression;
import dev.ember.plan.resolved.ColumnReference;
import dev.ember.plan.resolved.BoundExpressions;
import dev.ember.plan.resolved.BoundSubquery;
import dev.ember.plan.resolved.Call;
import dev.ember.plan.resolved.WindowCall;
import java.util.List;
import java.util.Map;

/**
 * Spark's {@code PipeExpression} check on an expression of a SQL pipe operator, once resolved: {@code |> SELECT},
 * {@code EXTEND} and {@code SET} take no aggregate function (outside a window), each expression of
 * {@code |> AGGREGATE} takes at least one.
 */
final class PipeExpressionChecks {
  private PipeExpressionChecks() {
  }

  /** {@code parts}' expression resolved by {@code resolver} (one that accepts aggregate functions), then checked. */
  static BoundColumn resolve(ExpressionResolver resolver, PipeExpressions.Parts parts) {
    parts.assigned().ifPresent(resolver::resolve);
    BoundColumn bound = resolver.resolve(parts.expression());
    boolean aggregates = containsAggregate(bound.expression());
    if (parts.aggregate() && !aggregates) {
      throw new EmberException(ErrorKind.ANALYSIS,
          "PIPE_OPERATOR_AGGREGATE_EXPRESSION_CONTAINS_NO_AGGREGATE_FUNCTION", "0A000",
          "Non-grouping expression " + bound.name() + " is provided as an argument to the |> AGGREGATE pipe "
              + "operator but does not contain any aggregate function; please update it to include an aggregate "
              + "function and then retry the query again.", Map.of("expr", bound.name()));
    }
    if (!parts.aggregate() && aggregates) {
      throw new EmberException(ErrorKind.ANALYSIS, "PIPE_OPERATOR_CONTAINS_AGGREGATE_FUNCTION", "0A000",
          "Aggregate function " + bound.name() + " is not allowed when using the pipe operator |> " + parts.clause()
              + " clause; please use the pipe operator |> AGGREGATE clause instead.",
          Map.of("expr", bound.name(), "clause", parts.clause()));
    }
    return bound;
  }

  /** {@code |> AGGREGATE ... GROUP BY 2}: the input's second column, as Spark's UnresolvedPipeAggregateOrdinal. */
  static BoundColumn inputColumn(Scope scope, int position) {
    List<Attribute> columns = scope.output();
    if (position < 1 || position > columns.size()) {
      throw new EmberException(ErrorKind.ANALYSIS, "GROUP_BY_POS_OUT_OF_RANGE", "42805",
          "GROUP BY position " + position + " is not in select list (valid range is [1, " + columns.size() + "]).",
          Map.of("index", Integer.toString(position), "size", Integer.toString(columns.size())));
    }
    Attribute column = columns.get(position - 1);
    return new BoundColumn(new ColumnReference(column), column.name());
  }

  /** Whether an aggregate function is computed here: not one over a window, nor one inside a subquery. */
  private static boolean containsAggregate(BoundExpression expression) {
    if (expression instanceof WindowCall || expression instanceof BoundSubquery) {
      return false;
    }
    if (expression instanceof Call call && AggregateFunctions.isAggregate(call.function())) {
      return true;
    }
    return BoundExpressions.children(expression).stream().anyMatch(PipeExpressionChecks::containsAggregate);
  }
}
