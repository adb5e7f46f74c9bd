package dev.ember.sql;

import dev.ember.plan.errors.EmberException;
import dev.ember.plan.errors.ErrorKind;
import dev.ember.plan.expressions.Alias;
import dev.ember.plan.expressions.Cast;
import dev.ember.plan.expressions.Expression;
import dev.ember.plan.expressions.Literal;
import dev.ember.plan.expressions.PipeExpressions;
import dev.ember.plan.expressions.UnresolvedAttribute;
import dev.ember.plan.expressions.UnresolvedFunction;
import dev.ember.plan.expressions.WindowExpression;
import dev.ember.plan.logical.Aggregate;
import dev.ember.plan.logical.LogicalPlan;
import dev.ember.plan.resolved.GroupingKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.sql.catalyst.parser.SqlBaseParser;

/**
 * {@code |> AGGREGATE aggregates [GROUP BY keys]}: an aggregation whose output is the keys, then the aggregates, each
 * of which must aggregate; GROUP BY ALL, ROLLUP, CUBE, GROUPING SETS, grouping()/grouping_id() and window functions
 * are refused as Spark refuses them in the pipe operator.
 */
final class SqlPipeAggregates {
  private final ExpressionBuilder expressions;

  SqlPipeAggregates(ExpressionBuilder expressions) {
    this.expressions = expressions;
  }

  LogicalPlan aggregate(SqlBaseParser.OperatorPipeRightSideContext operator, LogicalPlan left) {
    if (operator.namedExpressionSeq() == null && operator.aggregationClause() == null) {
      throw SqlPipeOperators.operationNotAllowed("The AGGREGATE clause requires a list of aggregate expressions or a "
          + "list of grouping expressions, or both");
    }
    List<Expression> aggregates = operator.namedExpressionSeq() == null ? List.of()
        : operator.namedExpressionSeq().namedExpression().stream()
            .map(named -> SqlPipeOperators.piped(expressions, named, "AGGREGATE", true)).toList();
    List<Expression> keys = operator.aggregationClause() == null ? List.of() : keys(operator.aggregationClause());
    if (operator.aggregationClause() != null) {
      keys.forEach(this::requireSupported);
      aggregates.forEach(this::requireSupported);
    }
    return new Aggregate(left, GroupingKind.GROUP_BY, keys, aggregates, true);
  }

  private List<Expression> keys(SqlBaseParser.AggregationClauseContext clause) {
    if (clause.kind != null) {
      throw unsupportedCase(clause.kind.getType() == SqlBaseParser.ROLLUP ? "GROUP BY ROLLUP"
          : clause.kind.getType() == SqlBaseParser.CUBE ? "GROUP BY CUBE" : "GROUPING SETS");
    }
    List<Expression> keys = new ArrayList<>();
    clause.groupingExpressions.forEach(named -> keys.add(expressions.named(named)));
    for (SqlBaseParser.GroupByClauseContext element : clause.groupingExpressionsWithGroupingAnalytics) {
      SqlBaseParser.GroupingAnalyticsContext analytics = element.groupingAnalytics();
      if (analytics != null) {
        throw unsupportedCase(analytics.ROLLUP() != null ? "GROUP BY ROLLUP"
            : analytics.CUBE() != null ? "GROUP BY CUBE" : "GROUPING SETS");
      }
      keys.add(expressions.expression(element.expression()));
    }
    if (keys.size() == 1 && keys.get(0) instanceof UnresolvedAttribute attribute
        && attribute.nameParts().size() == 1 && attribute.nameParts().get(0).equalsIgnoreCase("all")) {
      throw unsupportedCase("GROUP BY ALL");
    }
    // GROUP BY 2: the second column of the query before the pipe
    return keys.stream().map(key -> key instanceof Literal literal && literal.value() instanceof Integer position
        ? PipeExpressions.inputColumn(position) : key).toList();
  }

  /** No grouping()/grouping_id() and no window function anywhere in the expression. */
  private void requireSupported(Expression expression) {
    if (expression instanceof WindowExpression) {
      throw unsupportedCase("window functions; please update the query to move the window functions to a "
          + "subsequent |> SELECT operator instead");
    }
    if (expression instanceof UnresolvedFunction call) {
      String name = call.name().toLowerCase(Locale.ROOT);
      if (call.arguments().size() == 1 && (name.equals("grouping") || name.equals("grouping_id"))) {
        throw unsupportedCase(name.toUpperCase(Locale.ROOT));
      }
      call.arguments().forEach(this::requireSupported);
    } else if (expression instanceof Alias alias) {
      requireSupported(alias.child());
    } else if (expression instanceof Cast cast) {
      requireSupported(cast.child());
    }
  }

  private static EmberException unsupportedCase(String unsupported) {
    return new EmberException(ErrorKind.PARSE, "UNSUPPORTED_FEATURE.PIPE_OPERATOR_AGGREGATE_UNSUPPORTED_CASE", "0A000",
        "The feature is not supported: The SQL pipe operator syntax with aggregation (using |> AGGREGATE) does not "
            + "support " + unsupported + ".", Map.of("case", unsupported));
  }
}
