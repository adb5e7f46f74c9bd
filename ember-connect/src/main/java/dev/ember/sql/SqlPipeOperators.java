package dev.ember.sql;

import dev.ember.plan.errors.EmberException;
import dev.ember.plan.errors.ErrorKind;
import dev.ember.plan.expressions.Alias;
import dev.ember.plan.expressions.Expression;
import dev.ember.plan.expressions.PipeExpressions;
import dev.ember.plan.expressions.UnresolvedAttribute;
import dev.ember.plan.expressions.UnresolvedStar;
import dev.ember.plan.logical.Deduplicate;
import dev.ember.plan.logical.Filter;
import dev.ember.plan.logical.LogicalPlan;
import dev.ember.plan.logical.Project;
import dev.ember.plan.logical.SubqueryAlias;
import dev.ember.plan.logical.UnresolvedRelation;
import dev.ember.plan.logical.WithColumns;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;
import org.apache.spark.sql.catalyst.parser.SqlBaseParser;

/**
 * SQL pipe operators, {@code query |> operator}, built as Spark's AstBuilder builds them onto the plan of the query
 * before the pipe: SELECT (with its WINDOW clause), EXTEND, SET, DROP, AS, WHERE, PIVOT / UNPIVOT, TABLESAMPLE, joins,
 * set operations, ORDER BY / LIMIT / OFFSET and AGGREGATE. The expressions of EXTEND, SET and AGGREGATE travel as
 * {@link PipeExpressions} for the analyzer's checks on aggregate functions.
 */
final class SqlPipeOperators {
  private final QueryBuilder queries;
  private final RelationBuilder relations;
  private final ExpressionBuilder expressions;
  private final SqlSamples samples;

  SqlPipeOperators(QueryBuilder queries, RelationBuilder relations, ExpressionBuilder expressions) {
    this.queries = queries;
    this.relations = relations;
    this.expressions = expressions;
    this.samples = new SqlSamples(expressions);
  }

  LogicalPlan apply(SqlBaseParser.OperatorPipeStatementContext statement, LogicalPlan left) {
    try {
      return expressions.origins().record(statement, operator(statement, statement.operatorPipeRightSide(), left));
    } catch (EmberException e) {
      throw expressions.origins().attach(statement, e);
    }
  }

  private LogicalPlan operator(SqlBaseParser.OperatorPipeStatementContext statement,
      SqlBaseParser.OperatorPipeRightSideContext operator, LogicalPlan left) {
    if (operator.selectClause() != null) {
      return select(operator, left);
    }
    if (operator.EXTEND() != null) {
      List<Expression> columns = new ArrayList<>();
      columns.add(new UnresolvedStar(List.of(), OptionalLong.empty()));
      operator.extendList.namedExpression()
          .forEach(named -> columns.add(piped(expressions, named, "EXTEND", false)));
      return new Project(left, columns);
    }
    if (operator.SET() != null) {
      return set(operator, left);
    }
    if (operator.DROP() != null) {
      List<List<String>> dropped = operator.multipartIdentifierList().multipartIdentifier().stream()
          .map(name -> name.parts.stream().map(part -> part.identifier().getText()).toList()).toList();
      return new Project(left, List.of(new UnresolvedStar(List.of(), OptionalLong.empty(), dropped)));
    }
    if (operator.AS() != null) {
      return new SubqueryAlias(left, operator.errorCapturingIdentifier().identifier().getText());
    }
    if (operator.whereClause() != null) {
      if (operator.windowClause() != null) {
        throw expressions.origins().attach(statement, new EmberException(ErrorKind.PARSE,
            "NOT_ALLOWED_IN_PIPE_OPERATOR_WHERE.WINDOW_CLAUSE", "42601",
            "Not allowed in the pipe WHERE clause: WINDOW clause.", Map.of()));
      }
      return new Filter(aliased(left), expressions.condition(operator.whereClause().booleanExpression()));
    }
    if (operator.pivotClause() != null || operator.unpivotClause() != null) {
      if (operator.pivotClause() != null && operator.unpivotClause() != null) {
        throw new EmberException(ErrorKind.PARSE, "NOT_ALLOWED_IN_FROM.UNPIVOT_WITH_PIVOT", "42601",
            "Not allowed in the FROM clause: UNPIVOT together with PIVOT.", Map.of());
      }
      return operator.pivotClause() != null ? SqlPivots.pivot(expressions, left, operator.pivotClause())
          : SqlUnpivots.unpivot(left, operator.unpivotClause());
    }
    if (operator.sample() != null) {
      return samples.sample(left, operator.sample());
    }
    if (operator.joinRelation() != null) {
      return relations.join(left, operator.joinRelation());
    }
    if (operator.operator != null) {
      boolean all = operator.setQuantifier() != null && operator.setQuantifier().ALL() != null;
      return queries.setOperation(operator, left, queries.queryPrimary(operator.right), operator.operator.getType(),
          all);
    }
    if (operator.queryOrganization() != null) {
      requireOneResultClause(operator.queryOrganization());
      return queries.organized(aliased(left), operator.queryOrganization());
    }
    return new SqlPipeAggregates(expressions).aggregate(operator, left);
  }

  /**
   * {@code |> SELECT [DISTINCT] ... [GROUP BY ...] [WINDOW ...]}: a select list as in a SELECT over the query before
   * the pipe (aggregate functions included).
   */
  private LogicalPlan select(SqlBaseParser.OperatorPipeRightSideContext operator, LogicalPlan left) {
    SqlBaseParser.SelectClauseContext select = operator.selectClause();
    List<SqlBaseParser.NamedExpressionContext> named = select.namedExpressionSeq().namedExpression();
    LogicalPlan projected = expressions.namedWindows().within(operator.windowClause(), () -> {
      if (operator.aggregationClause() != null) {
        // |> SELECT ... GROUP BY ...: the select list of an ordinary aggregation
        List<Expression> written = named.stream().map(expressions::named).toList();
        return queries.aggregate(left, operator.aggregationClause(), written, written);
      }
      // aggregate functions are allowed: an aggregation of the whole input, as in a SELECT without GROUP BY
      return new Project(left, named.stream().map(expressions::named).toList());
    });
    return select.setQuantifier() != null && select.setQuantifier().DISTINCT() != null
        ? new Deduplicate(projected, List.of(), true) : projected;
  }

  /**
   * {@code |> SET a = x, b = y}: each column replaced where it is, in turn (a later assignment reads the earlier
   * ones); the column must exist.
   */
  private LogicalPlan set(SqlBaseParser.OperatorPipeRightSideContext operator, LogicalPlan left) {
    SqlBaseParser.OperatorPipeSetAssignmentSeqContext assignments = operator.operatorPipeSetAssignmentSeq();
    LogicalPlan plan = left;
    List<String> key = new ArrayList<>();
    int start = 0;
    for (int index = 0; index < assignments.getChildCount(); index++) {
      ParseTree child = assignments.getChild(index);
      if (child instanceof SqlBaseParser.ErrorCapturingIdentifierContext identifier) {
        if (key.isEmpty()) {
          start = index;
        }
        key.add(identifier.identifier().getText());
      } else if (child instanceof SqlBaseParser.ExpressionContext value) {
        if (key.size() != 1) {
          throw expressions.origins().attach(assignmentContext(assignments, start, index), operationNotAllowed(
              "SQL pipe syntax |> SET operator with multi-part assignment key (only single-part keys are allowed)"));
        }
        Expression assigned = expressions.origins().record(value,
            PipeExpressions.assigning(expressions.expression(value), "SET", UnresolvedAttribute.of(key.get(0))));
        plan = new WithColumns(plan, List.of(new Alias(assigned, key.get(0))));
        key = new ArrayList<>();
      }
    }
    return plan;
  }

  private static ParserRuleContext assignmentContext(SqlBaseParser.OperatorPipeSetAssignmentSeqContext assignments,
      int start, int stop) {
    ParserRuleContext context = new ParserRuleContext();
    context.start = ((ParserRuleContext) assignments.getChild(start)).getStart();
    context.stop = ((ParserRuleContext) assignments.getChild(stop)).getStop();
    return context;
  }

  static EmberException operationNotAllowed(String message) {
    return new EmberException(ErrorKind.PARSE, "_LEGACY_ERROR_TEMP_0035", null,
        "Operation not allowed: " + message + ".", Map.of("message", message));
  }

  /**
   * An expression of EXTEND or AGGREGATE, checked once resolved; a column or a constant needs no check outside
   * AGGREGATE (a star is refused as Spark refuses it, inside the check).
   */
  static Expression piped(ExpressionBuilder expressions, SqlBaseParser.NamedExpressionContext named, String clause,
      boolean aggregate) {
    Expression written = expressions.named(named);
    Expression child = written instanceof Alias alias ? alias.child() : written;
    boolean plain = child instanceof UnresolvedAttribute || child instanceof dev.ember.plan.expressions.Literal;
    if ((plain && !aggregate) || written instanceof dev.ember.plan.expressions.MultiAlias) {
      return written;
    }
    Expression checked = expressions.origins().record(named.expression(),
        PipeExpressions.of(child, clause, aggregate));
    return written instanceof Alias alias ? new Alias(checked, alias.name()) : checked;
  }

  /**
   * The query before WHERE or ORDER BY behind a boundary, unless it is a subquery or a table already: Spark 4.2's
   * PipeOperator node, which keeps the columns' qualifiers ({@code |> AS dt |> JOIN ... |> WHERE dt.x = ...}) but
   * stops names from reaching below it (an aggregate the query computed is not found again).
   */
  private static LogicalPlan aliased(LogicalPlan left) {
    return left instanceof SubqueryAlias || left instanceof UnresolvedRelation ? left
        : new dev.ember.plan.logical.Project(left, List.of(new UnresolvedStar(List.of(), OptionalLong.empty())));
  }

  /** One of ORDER BY / SORT BY / DISTRIBUTE BY / CLUSTER BY, WINDOW, OFFSET and LIMIT per pipe operator. */
  private void requireOneResultClause(SqlBaseParser.QueryOrganizationContext organization) {
    List<String> ordering = new ArrayList<>();
    if (!organization.order.isEmpty()) {
      ordering.add("ORDER BY");
    }
    if (!organization.sort.isEmpty()) {
      ordering.add("SORT BY");
    }
    if (!organization.distributeBy.isEmpty()) {
      ordering.add("DISTRIBUTE BY");
    }
    if (!organization.clusterBy.isEmpty()) {
      ordering.add("CLUSTER BY");
    }
    if (ordering.size() > 1 && !ordering.equals(List.of("SORT BY", "DISTRIBUTE BY"))) {
      throw new EmberException(ErrorKind.PARSE, "UNSUPPORTED_FEATURE.COMBINATION_QUERY_RESULT_CLAUSES", "0A000",
          "The feature is not supported: Combination of ORDER BY/SORT BY/DISTRIBUTE BY/CLUSTER BY.", Map.of());
    }
    String clause = ordering.isEmpty() ? "" : ordering.get(0);
    if (organization.windowClause() != null) {
      throw multipleClauses(clause.isEmpty() ? "WINDOW" : clause, "WINDOW");
    }
    if (organization.offset != null && !clause.isEmpty()) {
      throw multipleClauses(clause, "OFFSET");
    }
    if (organization.LIMIT() != null && !clause.isEmpty()) {
      throw multipleClauses(clause, "LIMIT");
    }
  }

  private static EmberException multipleClauses(String first, String second) {
    return new EmberException(ErrorKind.PARSE, "MULTIPLE_QUERY_RESULT_CLAUSES_WITH_PIPE_OPERATORS", "42000",
        first + " and " + second + " cannot coexist in the same SQL pipe operator using '|>'. Please separate the "
            + "multiple result clauses into separate pipe operators and then retry the query again.",
        Map.of("clause1", first, "clause2", second));
  }
}
