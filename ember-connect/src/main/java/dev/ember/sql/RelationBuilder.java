package dev.ember.sql;

import dev.ember.plan.errors.EmberException;
import dev.ember.plan.errors.ErrorKind;
import dev.ember.plan.expressions.Alias;
import dev.ember.plan.expressions.Expression;
import dev.ember.plan.expressions.Literal;
import dev.ember.plan.expressions.SortOrder;
import dev.ember.plan.expressions.UnresolvedAttribute;
import dev.ember.plan.expressions.UnresolvedFunction;
import dev.ember.plan.logical.Join;
import dev.ember.plan.logical.JoinType;
import dev.ember.plan.logical.LogicalPlan;
import dev.ember.plan.logical.NaturalJoin;
import dev.ember.plan.logical.Project;
import dev.ember.plan.logical.SetOperation;
import dev.ember.plan.logical.SetOperationType;
import dev.ember.plan.logical.Sort;
import dev.ember.plan.logical.SubqueryAlias;
import dev.ember.plan.logical.ToDF;
import dev.ember.plan.logical.UnresolvedRelation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.catalyst.parser.SqlBaseParser;

/**
 * The FROM clause: tables and views by name (or the CTE of that name), subqueries, joins of every type with ON,
 * USING or NATURAL, comma joins, VALUES and the {@code range} table-valued function, each with its alias and column
 * aliases; lateral views and generators as table-valued functions are {@link SqlGenerators}'.
 */
final class RelationBuilder {
  /** The hidden column numbering the rows of VALUES. */
  private static final String ROW_NUMBER = "__values_row";
  private final QueryBuilder queries;
  private final ExpressionBuilder expressions;
  private final SqlGenerators generators;
  private final SqlSamples samples;

  RelationBuilder(QueryBuilder queries, ExpressionBuilder expressions) {
    this.queries = queries;
    this.expressions = expressions;
    this.generators = new SqlGenerators(expressions);
    this.samples = new SqlSamples(expressions);
  }

  /** The single row a SELECT without FROM reads (Spark's OneRowRelation). */
  static LogicalPlan oneRow() {
    return dev.ember.plan.logical.TableValuedFunctions.oneRow();
  }

  LogicalPlan from(SqlBaseParser.FromClauseContext from) {
    if ((from.unpivotClause() != null || from.pivotClause() != null) && !from.lateralView().isEmpty()) {
      throw ExpressionBuilder.unsupported(expressions.source(from));
    }
    LogicalPlan plan = relation(from.relation(0));
    for (SqlBaseParser.RelationContext next : from.relation().subList(1, from.relation().size())) {
      plan = next.LATERAL() != null ? SqlLateralJoins.commaJoined(this, plan, next)
          : new Join(plan, relation(next), JoinType.INNER, Optional.empty(), List.of());
    }
    for (SqlBaseParser.LateralViewContext view : from.lateralView()) {
      plan = generators.lateralView(plan, view);
    }
    plan = from.pivotClause() == null ? plan : SqlPivots.pivot(expressions, plan, from.pivotClause());
    return from.unpivotClause() == null ? plan : SqlUnpivots.unpivot(plan, from.unpivotClause());
  }

  private LogicalPlan relation(SqlBaseParser.RelationContext relation) {
    // LATERAL first in FROM has nothing before it to read
    return extended(primary(relation.relationPrimary()), relation);
  }

  /** A relation's joins (and PIVOT) applied to {@code plan}, its primary or what came before joined with it. */
  LogicalPlan extended(LogicalPlan plan, SqlBaseParser.RelationContext relation) {
    for (SqlBaseParser.RelationExtensionContext extension : relation.relationExtension()) {
      if (extension.pivotClause() != null) {
        plan = SqlPivots.pivot(expressions, plan, extension.pivotClause());
        continue;
      }
      if (extension.unpivotClause() != null) {
        plan = SqlUnpivots.unpivot(plan, extension.unpivotClause());
        continue;
      }
      if (extension.joinRelation() == null) {
        throw ExpressionBuilder.unsupported(expressions.source(extension));
      }
      plan = join(plan, extension.joinRelation());
    }
    return plan;
  }

  LogicalPlan join(LogicalPlan left, SqlBaseParser.JoinRelationContext join) {
    LogicalPlan right = primary(join.right);
    if (join.nearestByClause() != null) {
      return SqlNearestByJoins.join(expressions, left, right, join);
    }
    JoinType type = joinType(join.joinType());
    if (join.LATERAL() != null) {
      return SqlLateralJoins.joined(expressions, left, right, type, join);
    }
    SqlBaseParser.JoinCriteriaContext criteria = join.joinCriteria();
    if (criteria == null && join.NATURAL() != null) {
      if (type == JoinType.CROSS) {
        throw new EmberException(ErrorKind.PARSE, "INCOMPATIBLE_JOIN_TYPES", "42613",
            "The join types NATURAL and CROSS are incompatible.", Map.of("joinType1", "NATURAL", "joinType2", "CROSS"));
      }
      return new NaturalJoin(left, right, type);
    }
    if (criteria == null) {
      return new Join(left, right, type, Optional.empty(), List.of());
    }
    if (criteria.USING() != null) {
      return new Join(left, right, type, Optional.empty(), QueryBuilder.identifiers(criteria.identifierList()));
    }
    return new Join(left, right, type == JoinType.CROSS ? JoinType.INNER : type,
        Optional.of(expressions.condition(criteria.booleanExpression())), List.of());
  }

  static JoinType joinType(SqlBaseParser.JoinTypeContext type) {
    if (type.CROSS() != null) {
      return JoinType.CROSS;
    }
    if (type.SEMI() != null) {
      return JoinType.LEFT_SEMI;
    }
    if (type.ANTI() != null) {
      return JoinType.LEFT_ANTI;
    }
    if (type.LEFT() != null) {
      return JoinType.LEFT_OUTER;
    }
    if (type.RIGHT() != null) {
      return JoinType.RIGHT_OUTER;
    }
    return type.FULL() != null ? JoinType.FULL_OUTER : JoinType.INNER;
  }

  LogicalPlan primary(SqlBaseParser.RelationPrimaryContext primary) {
    if (primary instanceof SqlBaseParser.TableNameContext table) {
      if (table.temporalClause() != null || table.optionsClause() != null || table.watermarkClause() != null) {
        throw ExpressionBuilder.unsupported(expressions.source(primary));
      }
      return aliased(sampled(table(table.identifierReference()), table.sample()), table.tableAlias());
    }
    if (primary instanceof SqlBaseParser.AliasedQueryContext query) {
      return aliased(sampled(queries.query(query.query()), query.sample()), query.tableAlias());
    }
    if (primary instanceof SqlBaseParser.AliasedRelationContext nested) {
      return aliased(sampled(relation(nested.relation()), nested.sample()), nested.tableAlias());
    }
    if (primary instanceof SqlBaseParser.InlineTableDefault2Context inline) {
      return inlineTable(inline.inlineTable());
    }
    if (primary instanceof SqlBaseParser.TableValuedFunctionContext function) {
      return tableFunction(function.tableFunctionCallWithTrailingClauses());
    }
    throw ExpressionBuilder.unsupported(expressions.source(primary));
  }

  private LogicalPlan sampled(LogicalPlan plan, SqlBaseParser.SampleContext sample) {
    return sample == null ? plan : samples.sample(plan, sample);
  }

  /** A table or view by name, or the CTE of that name. */
  LogicalPlan table(SqlBaseParser.IdentifierReferenceContext reference) {
    List<String> parts = SqlIdentifierClause.nameParts(expressions, reference);
    return queries.cte(parts).orElseGet(() -> expressions.origins().record(reference, new UnresolvedRelation(parts)));
  }

  static LogicalPlan aliased(LogicalPlan plan, SqlBaseParser.TableAliasContext alias) {
    if (alias == null || alias.strictIdentifier() == null) {
      return plan;
    }
    LogicalPlan renamed = alias.identifierList() == null ? plan
        : new ToDF(plan, QueryBuilder.identifiers(alias.identifierList()), true);
    return new SubqueryAlias(renamed, alias.strictIdentifier().getText());
  }

  /**
   * {@code VALUES (1, 'a'), (2, 'b') [AS t(x, y)]}: the rows as a union of one-row selections, so that each column
   * takes the wider type of its values; columns named col1, col2, ... unless aliased.
   */
  LogicalPlan inlineTable(SqlBaseParser.InlineTableContext table) {
    List<List<Expression>> rows = table.expression().stream().map(row -> scalarSubqueryIn(row)
        ? rowValues(row).stream().<Expression>map(dev.ember.plan.expressions.ValuesSubqueries::of).toList()
        : rowValues(row).stream().map(RelationBuilder::checkedValue).toList())
        .toList();
    int width = rows.get(0).size();
    // as many values in each row as the alias names columns (else as the first row has)
    SqlBaseParser.TableAliasContext alias = table.tableAlias();
    int expected = alias != null && alias.strictIdentifier() != null && alias.identifierList() != null
        ? QueryBuilder.identifiers(alias.identifierList()).size() : width;
    for (int index = 0; index < rows.size(); index++) {
      if (rows.get(index).size() != expected) {
        throw new EmberException(ErrorKind.PARSE, "INVALID_INLINE_TABLE.NUM_COLUMNS_MISMATCH", "42000",
            "Invalid inline table. Inline table expected " + expected + " columns but found "
                + rows.get(index).size() + " columns in row " + index + ".",
            Map.of("expectedNumCols", Integer.toString(expected), "actualNumCols",
                Integer.toString(rows.get(index).size()), "rowIndex", Integer.toString(index)));
      }
    }
    // each row numbered, the union sorted by that number: the rows keep their order (collect_list reads it)
    LogicalPlan plan = null;
    for (int index = 0; index < rows.size(); index++) {
      List<Expression> row = rows.get(index);
      List<Expression> columns = new ArrayList<>();
      for (int column = 0; column < row.size(); column++) {
        columns.add(new Alias(row.get(column), "col" + (column + 1)));
      }
      columns.add(new Alias(Literal.of(index), ROW_NUMBER));
      LogicalPlan selected = new Project(oneRow(), columns);
      plan = plan == null ? selected : new SetOperation(plan, selected, SetOperationType.UNION, true, false, false);
    }
    if (rows.size() > 1) {
      plan = new Sort(plan, List.of(new SortOrder(UnresolvedAttribute.of(ROW_NUMBER), true, true)), true);
    }
    List<Expression> names = new ArrayList<>();
    for (int column = 0; column < width; column++) {
      names.add(UnresolvedAttribute.of("col" + (column + 1)));
    }
    plan = new Project(plan, names);
    return aliased(plan, table.tableAlias());
  }

  /**
   * A value of VALUES as the analyzer checks it is evaluable once (Spark's ResolveInlineTables); a constant or a name
   * ({@code DEFAULT} too, which an INSERT or SET VARIABLE reads as it is) needs no check.
   */
  private static Expression checkedValue(Expression value) {
    return value instanceof Literal || value instanceof UnresolvedAttribute ? value
        : dev.ember.plan.expressions.InlineTableValues.of(value);
  }

  /** Whether a scalar subquery is written in {@code tree} (Spark refuses one in VALUES when it analyzes it). */
  private static boolean scalarSubqueryIn(org.antlr.v4.runtime.tree.ParseTree tree) {
    if (tree instanceof SqlBaseParser.SubqueryExpressionContext) {
      return true;
    }
    for (int index = 0; index < tree.getChildCount(); index++) {
      if (scalarSubqueryIn(tree.getChild(index))) {
        return true;
      }
    }
    return false;
  }

  /** A row of VALUES: the values of {@code (a, b)}, or one value. */
  private List<Expression> rowValues(SqlBaseParser.ExpressionContext row) {
    SqlBaseParser.BooleanExpressionContext bool = row.booleanExpression();
    if (bool instanceof SqlBaseParser.PredicatedContext predicated && predicated.predicate() == null
        && predicated.valueExpression() instanceof SqlBaseParser.ValueExpressionDefaultContext value
        && value.primaryExpression() instanceof SqlBaseParser.RowConstructorContext constructor) {
      return constructor.namedExpression().stream().map(expressions::named).toList();
    }
    return List.of(expressions.expression(row));
  }

  /** An integer constant, possibly negated. */
  static Optional<Long> constantNumber(Expression value) {
    if (value instanceof Literal literal && literal.value() instanceof Number number
        && !(number instanceof Double || number instanceof Float || number instanceof java.math.BigDecimal)) {
      return Optional.of(number.longValue());
    }
    if (value instanceof UnresolvedFunction minus && minus.name().equals("-") && minus.arguments().size() == 1) {
      return constantNumber(minus.arguments().get(0)).map(number -> -number);
    }
    if (value instanceof dev.ember.plan.expressions.Cast cast
        && cast.targetType() instanceof dev.ember.plan.types.DecimalType
        && cast.child() instanceof Literal literal && literal.value() instanceof Number number) {
      // CAST(1.3 AS DECIMAL(38, 18)): the argument cast to a BIGINT, as Spark's range takes it (the fraction cut)
      return Optional.of(new java.math.BigDecimal(number.toString()).longValue());
    }
    return Optional.empty();
  }

  /** {@code range(end)}, {@code range(start, end[, step[, partitions]])}. */
  private LogicalPlan tableFunction(SqlBaseParser.TableFunctionCallWithTrailingClausesContext call) {
    SqlBaseParser.TableFunctionCallContext function = call.tableFunctionCall();
    String name = dev.ember.plan.expressions.FunctionCallNames.of(
        SqlFunctionCalls.nameParts(expressions, function.functionName())).toLowerCase(Locale.ROOT);
    if (!name.equals("range")) {
      return generators.tableFunction(name, call, table -> table.query() != null ? queries.query(table.query())
          : table(table.identifierReference()));
    }
    if (call.watermarkClause() != null || call.identifiedByClause() != null) {
      throw ExpressionBuilder.unsupported(expressions.source(call));
    }
    List<SqlBaseParser.FunctionTableArgumentContext> written = function.functionTableArgument();
    if (written.size() > 4) {
      throw expressions.origins().attach(function, dev.ember.plan.errors.SparkErrors.wrongNumArgs("`range`",
          "[1, 2, 3, 4]", written.size()));
    }
    List<Long> arguments = new ArrayList<>();
    for (int index = 0; index < written.size(); index++) {
      SqlBaseParser.FunctionTableArgumentContext argument = written.get(index);
      Expression value = argument.functionArgument() == null || argument.functionArgument().expression() == null
          ? null : expressions.expression(argument.functionArgument().expression());
      Optional<Long> number = constantNumber(value);
      if (number.isEmpty()) {
        throw expressions.origins().attach(function, SqlRangeArguments.invalid(expressions, value, argument,
            written.size(), index).orElseGet(() -> ExpressionBuilder.unsupported(expressions.source(call))));
      }
      arguments.add(number.get());
    }
    if (arguments.size() >= 3 && arguments.get(2) == 0) {
      throw expressions.origins().attach(function, new EmberException(ErrorKind.ANALYSIS, "FAILED_FUNCTION_CALL",
          "38000", "Failed preparing of the function `range` for call. Please, double check function's arguments.",
          Map.of("funcName", "`range`")));
    }
    LogicalPlan range = dev.ember.plan.logical.TableValuedFunctions.range(arguments)
        .orElseThrow(() -> ExpressionBuilder.unsupported(expressions.source(call)));
    return aliased(range, call.tableAlias());
  }
}
