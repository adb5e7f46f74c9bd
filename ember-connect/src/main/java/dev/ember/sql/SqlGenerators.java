package dev.ember.sql;

import dev.ember.plan.expressions.Expression;
import dev.ember.plan.expressions.UnresolvedFunction;
import dev.ember.plan.logical.LateralView;
import dev.ember.plan.logical.LogicalPlan;
import dev.ember.plan.logical.UnresolvedTableFunction;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.antlr.v4.runtime.ParserRuleContext;
import org.apache.spark.sql.catalyst.parser.SqlBaseParser;

/**
 * Generators in the FROM clause: {@code LATERAL VIEW [OUTER] explode(...) t AS c} after the relations, and a generator
 * called as a table-valued function ({@code SELECT * FROM explode(array(1, 2)) AS t(c)}), which generates from one row.
 */
final class SqlGenerators {
  /** Spark's generator table-valued functions (its TableFunctionRegistry, {@code range} aside). */
  private final ExpressionBuilder expressions;

  SqlGenerators(ExpressionBuilder expressions) {
    this.expressions = expressions;
  }

  LogicalPlan lateralView(LogicalPlan input, SqlBaseParser.LateralViewContext view) {
    String name = String.join(".", view.qualifiedName().identifier().stream().map(ParserRuleContext::getText).toList())
        .toLowerCase(Locale.ROOT);
    List<Expression> arguments = view.expression().stream().map(expressions::expression).toList();
    List<String> columns = view.colName.stream().map(ParserRuleContext::getText).toList();
    return new LateralView(input, new UnresolvedFunction(name, arguments, false), view.OUTER() != null,
        Optional.of(view.tblName.getText()), columns, false);
  }

  /** A generator as a table-valued function, or Spark's UNRESOLVABLE_TABLE_VALUED_FUNCTION for an unknown name. */
  LogicalPlan tableFunction(String name, SqlBaseParser.TableFunctionCallWithTrailingClausesContext call) {
    if (call.watermarkClause() != null || call.identifiedByClause() != null) {
      throw ExpressionBuilder.unsupported(expressions.source(call));
    }
    List<Expression> arguments = new ArrayList<>();
    for (SqlBaseParser.FunctionTableArgumentContext argument : call.tableFunctionCall().functionTableArgument()) {
      if (argument.functionArgument() == null) {
        throw ExpressionBuilder.unsupported(expressions.source(argument));
      }
      arguments.add(SqlNamedArguments.argument(expressions, argument.functionArgument()));
    }
    if (!dev.ember.plan.logical.TableValuedFunctions.isGenerator(name)) {
      // a SQL table function of the session, else Spark's UNRESOLVABLE_TABLE_VALUED_FUNCTION: the analyzer's to say
      return RelationBuilder.aliased(expressions.origins().record(call,
          new UnresolvedTableFunction(name, arguments)), call.tableAlias());
    }
    SqlBaseParser.TableAliasContext alias = call.tableAlias();
    Optional<String> tableName = alias == null || alias.strictIdentifier() == null ? Optional.empty()
        : Optional.of(alias.strictIdentifier().getText());
    List<String> columns = alias == null || alias.identifierList() == null ? List.of()
        : QueryBuilder.identifiers(alias.identifierList());
    return dev.ember.plan.logical.TableValuedFunctions.generator(name, arguments, tableName, columns);
  }
}
