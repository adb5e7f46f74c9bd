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
  LogicalPlan tableFunction(String name, SqlBaseParser.TableFunctionCallWithTrailingClausesContext call,
      java.util.function.Function<SqlBaseParser.FunctionTableSubqueryArgumentContext, LogicalPlan> tables) {
    if (call.watermarkClause() != null || call.identifiedByClause() != null) {
      throw ExpressionBuilder.unsupported(expressions.source(call));
    }
    List<Expression> arguments = new ArrayList<>();
    Optional<dev.ember.plan.logical.TableArgument> table = Optional.empty();
    int tablePosition = -1;
    List<SqlBaseParser.FunctionTableArgumentContext> written = call.tableFunctionCall().functionTableArgument();
    for (int index = 0; index < written.size(); index++) {
      SqlBaseParser.FunctionTableArgumentContext argument = written.get(index);
      if (argument.functionArgument() == null) {
        if (table.isPresent() || dev.ember.plan.logical.TableValuedFunctions.isGenerator(name)) {
          throw ExpressionBuilder.unsupported(expressions.source(argument));
        }
        table = Optional.of(tableArgument(argument.functionTableReferenceArgument(), tables));
        tablePosition = index;
        continue;
      }
      arguments.add(SqlNamedArguments.argument(expressions, argument.functionArgument()));
    }
    if (table.isPresent()) {
      return RelationBuilder.aliased(expressions.origins().record(call,
          new dev.ember.plan.logical.TableFunctionCall(name, Optional.empty(), arguments, table, tablePosition)),
          call.tableAlias());
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

  /** {@code TABLE(t)}, {@code TABLE(query)} with its PARTITION BY and ORDER BY, or {@code name => TABLE(t)}. */
  private dev.ember.plan.logical.TableArgument tableArgument(
      SqlBaseParser.FunctionTableReferenceArgumentContext argument,
      java.util.function.Function<SqlBaseParser.FunctionTableSubqueryArgumentContext, LogicalPlan> tables) {
    String keyword = "";
    SqlBaseParser.FunctionTableSubqueryArgumentContext subquery = argument.functionTableSubqueryArgument();
    if (subquery == null) {
      keyword = argument.functionTableNamedArgumentExpression().identifier().getText();
      subquery = argument.functionTableNamedArgumentExpression().functionTableSubqueryArgument();
    }
    List<Expression> partitionBy = new ArrayList<>();
    List<dev.ember.plan.expressions.SortOrder> orderBy = new ArrayList<>();
    SqlBaseParser.TableArgumentPartitioningContext partitioning = subquery.tableArgumentPartitioning();
    if (partitioning != null) {
      if (partitioning.invalidMultiPartitionExpression != null || partitioning.invalidMultiSortItem != null) {
        throw ExpressionBuilder.unsupported(expressions.source(partitioning));
      }
      if (partitioning.SINGLE() == null) {
        partitioning.partition.forEach(expression -> partitionBy.add(expressions.expression(expression)));
      }
      partitioning.sortItem().forEach(item -> orderBy.add(SqlWindows.sortOrder(expressions, item)));
    }
    return new dev.ember.plan.logical.TableArgument(tables.apply(subquery), partitionBy, orderBy, keyword,
        partitioning != null && partitioning.SINGLE() != null);
  }
}
