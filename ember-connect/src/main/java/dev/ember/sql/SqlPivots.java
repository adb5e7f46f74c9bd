package dev.ember.sql;

import dev.ember.plan.errors.EmberException;
import dev.ember.plan.errors.ErrorKind;
import dev.ember.plan.expressions.Expression;
import dev.ember.plan.expressions.Literal;
import dev.ember.plan.expressions.UnresolvedAttribute;
import dev.ember.plan.logical.LogicalPlan;
import dev.ember.plan.logical.PivotAggregate;
import dev.ember.plan.logical.SubqueryAlias;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.catalyst.parser.SqlBaseParser;

/**
 * {@code FROM ... PIVOT (aggregates FOR column IN (value [AS name], ...))}: Spark's Pivot without grouping columns,
 * which groups by the rest of the input's columns, optionally aliased ({@code PIVOT (...) AS p}); a value must be a constant (NON_LITERAL_PIVOT_VALUES). Pivoting on
 * several columns at once ({@code FOR (a, b) IN ((1, 2), ...)}) is not built yet.
 */
final class SqlPivots {
  private SqlPivots() {
  }

  static LogicalPlan pivot(ExpressionBuilder expressions, LogicalPlan input, SqlBaseParser.PivotClauseContext clause) {
    if (clause.pivotColumn().identifiers.size() != 1) {
      throw ExpressionBuilder.unsupported("PIVOT on several columns");
    }
    Expression column = UnresolvedAttribute.of(clause.pivotColumn().identifiers.get(0).identifier().getText());
    List<Literal> values = new ArrayList<>();
    List<Optional<String>> names = new ArrayList<>();
    for (SqlBaseParser.PivotValueContext value : clause.pivotValues) {
      Expression built = expressions.expression(value.expression());
      if (!(built instanceof Literal literal)) {
        if (built instanceof UnresolvedAttribute) {
          String sql = expressions.source(value.expression());
          throw new EmberException(ErrorKind.ANALYSIS, "NON_LITERAL_PIVOT_VALUES", "42K08",
              "Literal expressions required for pivot values, found \"" + sql + "\".",
              Map.of("expression", "\"" + sql + "\""));
        }
        throw ExpressionBuilder.unsupported("the pivot value " + expressions.source(value.expression()));
      }
      values.add(literal);
      names.add(Optional.ofNullable(value.errorCapturingIdentifier()).map(name -> name.identifier().getText()));
    }
    List<Expression> aggregates = clause.aggregates.namedExpression().stream().map(expressions::named).toList();
    PivotAggregate pivot = new PivotAggregate(input, List.of(), true, column, values, names, aggregates);
    return clause.errorCapturingIdentifier() == null ? pivot
        : new SubqueryAlias(pivot, clause.errorCapturingIdentifier().identifier().getText());
  }
}
