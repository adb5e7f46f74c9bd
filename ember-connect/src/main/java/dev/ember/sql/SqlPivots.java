package dev.ember.sql;

import dev.ember.plan.expressions.Expression;
import dev.ember.plan.expressions.UnresolvedAttribute;
import dev.ember.plan.expressions.UnresolvedFunction;
import dev.ember.plan.logical.LogicalPlan;
import dev.ember.plan.logical.PivotAggregate;
import dev.ember.plan.logical.SubqueryAlias;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.catalyst.parser.SqlBaseParser;

/**
 * {@code FROM ... PIVOT (aggregates FOR column IN (value [AS name], ...))}: Spark's Pivot without grouping columns,
 * which groups by the rest of the input's columns, optionally aliased ({@code PIVOT (...) AS p}). Several columns
 * ({@code FOR (a, b) IN ((1, 'x'), ...)}) pivot on their struct, as Spark's AstBuilder builds a CreateStruct of them;
 * the values are expressions the analyzer requires to be constant (NON_LITERAL_PIVOT_VALUES).
 */
final class SqlPivots {
  private SqlPivots() {
  }

  static LogicalPlan pivot(ExpressionBuilder expressions, LogicalPlan input, SqlBaseParser.PivotClauseContext clause) {
    List<Expression> columns = clause.pivotColumn().identifiers.stream()
        .<Expression>map(identifier -> UnresolvedAttribute.of(identifier.identifier().getText())).toList();
    Expression column = columns.size() == 1 ? columns.get(0) : new UnresolvedFunction("struct", columns, false);
    List<Expression> values = new ArrayList<>();
    List<Optional<String>> names = new ArrayList<>();
    for (SqlBaseParser.PivotValueContext value : clause.pivotValues) {
      values.add(expressions.expression(value.expression()));
      names.add(Optional.ofNullable(value.errorCapturingIdentifier()).map(name -> name.identifier().getText()));
    }
    List<Expression> aggregates = clause.aggregates.namedExpression().stream().map(expressions::named).toList();
    PivotAggregate pivot = new PivotAggregate(input, List.of(), true, column, values, names, aggregates);
    return clause.errorCapturingIdentifier() == null ? pivot
        : new SubqueryAlias(pivot, clause.errorCapturingIdentifier().identifier().getText());
  }
}
