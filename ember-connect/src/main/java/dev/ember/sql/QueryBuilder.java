package dev.ember.sql;

import dev.ember.plan.expressions.Alias;
import dev.ember.plan.expressions.Expression;
import dev.ember.plan.expressions.Literal;
import dev.ember.plan.expressions.SortOrder;
import dev.ember.plan.logical.Aggregate;
import dev.ember.plan.logical.Deduplicate;
import dev.ember.plan.logical.Filter;
import dev.ember.plan.logical.Having;
import dev.ember.plan.logical.Limit;
import dev.ember.plan.logical.LogicalPlan;
import dev.ember.plan.logical.Offset;
import dev.ember.plan.logical.Project;
import dev.ember.plan.logical.SetOperation;
import dev.ember.plan.logical.SetOperationType;
import dev.ember.plan.logical.Sort;
import dev.ember.plan.logical.SubqueryAlias;
import dev.ember.plan.logical.ToDF;
import dev.ember.plan.resolved.GroupingKind;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.catalyst.parser.SqlBaseParser;

/**
 * Builds Ember's unresolved plan of a SQL query from Spark's parse tree, as Spark's AstBuilder does: set operations,
 * CTEs (inlined where they are named), SELECT ... FROM ... WHERE ... GROUP BY ... HAVING, then ORDER BY, LIMIT and
 * OFFSET over the result. The FROM clause is {@link RelationBuilder}'s.
 */
final class QueryBuilder {
  private final ExpressionBuilder expressions;
  private final RelationBuilder relations;
  private final SqlPipeOperators pipes;
  private final SqlRecursiveCtes recursion = new SqlRecursiveCtes();
  /** The CTEs in scope, innermost first, by lower-case name. */
  private final Deque<Map<String, LogicalPlan>> ctes = new ArrayDeque<>();
  /** For each scope of {@link #ctes}: whether its WITH starts a query of its own (a definition, an expression's). */
  private final Deque<Boolean> startsOfQueries = new ArrayDeque<>();

  QueryBuilder(ExpressionBuilder expressions) {
    this.expressions = expressions;
    this.relations = new RelationBuilder(this, expressions);
    this.pipes = new SqlPipeOperators(this, relations, expressions);
    expressions.useQueries(this);
    // the DataFrames the text names (spark.sql with DataFrame arguments): an outermost scope of CTEs
    Map<String, LogicalPlan> dataFrames = new HashMap<>();
    expressions.parameters().relations().forEach((name, plan) ->
        dataFrames.put(name.toLowerCase(Locale.ROOT), new SubqueryAlias(plan, name)));
    if (!dataFrames.isEmpty()) {
      ctes.push(dataFrames);
      startsOfQueries.push(true);
    }
  }

  LogicalPlan query(SqlBaseParser.QueryContext context) {
    return query(context, false);
  }

  /** A query of its own (a CTE's definition, an expression's subquery), not one inside another's FROM. */
  LogicalPlan startOfQuery(SqlBaseParser.QueryContext context) {
    return query(context, true);
  }

  private LogicalPlan query(SqlBaseParser.QueryContext context, boolean startOfQuery) {
    if (context.ctes() == null) {
      return organized(queryTerm(context.queryTerm()), context.queryOrganization());
    }
    return withCtes(context, context.ctes(), startOfQuery,
        () -> organized(queryTerm(context.queryTerm()), context.queryOrganization()));
  }

  /**
   * {@code body} built with the CTEs of {@code definitions} in scope: a query's WITH, or a statement's ({@code WITH ...
   * INSERT INTO t SELECT ...}).
   */
  LogicalPlan withCtes(org.antlr.v4.runtime.ParserRuleContext owner, SqlBaseParser.CtesContext definitions,
      boolean startOfQuery, java.util.function.Supplier<LogicalPlan> body) {
    if (startOfQuery && expressions.options().nestedCteNamesRaise()) {
      SqlNestedCtes.requireNoClash(definitions, ctes);
    }
    SqlRecursiveCtes.requireRecursiveForMaxLevel(definitions);
    ctes.push(new HashMap<>());
    startsOfQueries.push(startOfQuery);
    try {
      for (SqlBaseParser.NamedQueryContext named : definitions.namedQuery()) {
        String name = named.name.getText();
        String key = name.toLowerCase(Locale.ROOT);
        List<String> columns = named.columnAliases == null ? List.of() : identifiers(named.columnAliases);
        java.util.function.UnaryOperator<LogicalPlan> ordinary = plan ->
            new SubqueryAlias(columns.isEmpty() ? plan : new ToDF(plan, columns), name);
        LogicalPlan defined = definitions.RECURSIVE() == null
            ? ordinary.apply(recursion.definition(owner, () -> startOfQuery(named.query())))
            : recursion.define(named, name, columns, ctes.peek(), key, () -> startOfQuery(named.query()), ordinary);
        ctes.peek().put(key, defined);
      }
      return body.get();
    } finally {
      ctes.pop();
      startsOfQueries.pop();
    }
  }

  /** The CTE a one-part table name refers to, the innermost first (the outermost under the LEGACY policy). */
  Optional<LogicalPlan> cte(List<String> nameParts) {
    if (nameParts.size() != 1) {
      return Optional.empty();
    }
    String key = nameParts.get(0).toLowerCase(Locale.ROOT);
    Iterable<Map<String, LogicalPlan>> scopes = expressions.options().outerCtesFirst() ? legacyOrder() : ctes;
    for (Map<String, LogicalPlan> scope : scopes) {
      if (scope.containsKey(key)) {
        return Optional.of(recursion.noteRead(scope.get(key)));
      }
    }
    return Optional.empty();
  }

  /**
   * The CTE scopes in the order the LEGACY policy reads them, as Spark's legacy substitution (bottom-up over the plan,
   * each WITH then substituted into its subquery expressions and later definitions): a WITH nested in a FROM
   * subquery shadows the WITHs around it, but a WITH starting a subquery expression or a CTE's definition does not
   * shadow the outer ones. Runs of scopes joined by FROM nesting, the outermost run first, each innermost first.
   */
  private List<Map<String, LogicalPlan>> legacyOrder() {
    List<Map<String, LogicalPlan>> outerFirst = new ArrayList<>();
    ctes.descendingIterator().forEachRemaining(outerFirst::add);
    List<Boolean> starts = new ArrayList<>();
    startsOfQueries.descendingIterator().forEachRemaining(starts::add);
    List<Map<String, LogicalPlan>> order = new ArrayList<>();
    int runStart = 0;
    for (int i = 1; i <= outerFirst.size(); i++) {
      if (i == outerFirst.size() || starts.get(i)) {
        List<Map<String, LogicalPlan>> run = new ArrayList<>(outerFirst.subList(runStart, i));
        java.util.Collections.reverse(run);
        order.addAll(run);
        runStart = i;
      }
    }
    return order;
  }

  /** A table or view by name, or the CTE of that name. */
  LogicalPlan table(SqlBaseParser.IdentifierReferenceContext reference) {
    return relations.table(reference);
  }

  private LogicalPlan queryTerm(SqlBaseParser.QueryTermContext context) {
    if (context instanceof SqlBaseParser.QueryTermDefaultContext primary) {
      return queryPrimary(primary.queryPrimary());
    }
    if (context instanceof SqlBaseParser.OperatorPipeStatementContext pipe) {
      return pipes.apply(pipe, queryTerm(pipe.left));
    }
    if (!(context instanceof SqlBaseParser.SetOperationContext operation)) {
      throw ExpressionBuilder.unsupported(expressions.source(context));
    }
    LogicalPlan left = queryTerm(operation.left);
    LogicalPlan right = queryTerm(operation.right);
    boolean all = operation.setQuantifier() != null && operation.setQuantifier().ALL() != null;
    return setOperation(operation, left, right, operation.operator.getType(), all);
  }

  /** {@code left UNION|INTERSECT|EXCEPT [ALL|DISTINCT] right}, the operator a token type of Spark's grammar. */
  LogicalPlan setOperation(org.antlr.v4.runtime.ParserRuleContext operation, LogicalPlan left, LogicalPlan right,
      int operator, boolean all) {
    SetOperationType type = switch (operator) {
      case SqlBaseParser.UNION -> SetOperationType.UNION;
      case SqlBaseParser.INTERSECT -> SetOperationType.INTERSECT;
      default -> SetOperationType.EXCEPT;
    };
    SqlOriginRecorder origins = expressions.origins();
    SetOperation combined = origins.record(operation, new SetOperation(left, right, type, all, false, false));
    // UNION without ALL is UNION DISTINCT: the union, then its distinct rows
    return type == SetOperationType.UNION && !all ? origins.record(operation, new Deduplicate(
        origins.record(operation, new SetOperation(left, right, type, true, false, false)), List.of(), true))
        : combined;
  }

  LogicalPlan queryPrimary(SqlBaseParser.QueryPrimaryContext context) {
    if (context instanceof SqlBaseParser.QueryPrimaryDefaultContext specification) {
      return specification(specification.querySpecification());
    }
    if (context instanceof SqlBaseParser.SubqueryContext subquery) {
      return query(subquery.query());
    }
    if (context instanceof SqlBaseParser.TableContext table) {
      return relations.table(table.identifierReference());
    }
    if (context instanceof SqlBaseParser.InlineTableDefault1Context inline) {
      return relations.inlineTable(inline.inlineTable());
    }
    if (context instanceof SqlBaseParser.FromStmtContext from && from.fromStatement().fromStatementBody().isEmpty()) {
      return relations.from(from.fromStatement().fromClause());
    }
    if (context instanceof SqlBaseParser.FromStmtContext from) {
      return fromStatement(from.fromStatement());
    }
    throw ExpressionBuilder.unsupported(expressions.source(context));
  }

  /**
   * {@code FROM t SELECT ... [SELECT ...]} and {@code FROM t MAP|REDUCE|SELECT TRANSFORM ...}: each body over the same
   * FROM, with its own ORDER BY, LIMIT...; several bodies are the UNION ALL of their rows, as Spark's.
   */
  private LogicalPlan fromStatement(SqlBaseParser.FromStatementContext statement) {
    LogicalPlan from = relations.from(statement.fromClause());
    LogicalPlan result = null;
    for (SqlBaseParser.FromStatementBodyContext body : statement.fromStatementBody()) {
      if (!body.lateralView().isEmpty()) {
        throw ExpressionBuilder.unsupported(expressions.source(body));
      }
      LogicalPlan selected;
      if (body.transformClause() != null) {
        selected = new SqlTransforms(this, expressions).transform(body, body.transformClause(), from,
            body.whereClause(), null, null);
      } else {
        List<Expression> written = body.selectClause().namedExpressionSeq().namedExpression().stream()
            .map(expressions::named).toList();
        selected = expressions.namedWindows().within(body.windowClause(), () -> selection(from, body.whereClause(),
            written, body.aggregationClause(), body.havingClause(), null));
        SqlBaseParser.SetQuantifierContext quantifier = body.selectClause().setQuantifier();
        if (quantifier != null && quantifier.DISTINCT() != null) {
          selected = new Deduplicate(selected, List.of(), true);
        }
      }
      selected = expressions.origins().record(body, organized(selected, body.queryOrganization()));
      result = result == null ? selected : new SetOperation(result, selected, SetOperationType.UNION, true, false,
          false);
    }
    return result;
  }

  private LogicalPlan specification(SqlBaseParser.QuerySpecificationContext context) {
    if (context instanceof SqlBaseParser.TransformQuerySpecificationContext transform
        && transform.lateralView().isEmpty()) {
      LogicalPlan from = transform.fromClause() == null ? RelationBuilder.oneRow()
          : relations.from(transform.fromClause());
      return expressions.origins().record(context, expressions.namedWindows().within(transform.windowClause(),
          () -> new SqlTransforms(this, expressions).transform(transform, transform.transformClause(), from,
              transform.whereClause(), transform.aggregationClause(), transform.havingClause())));
    }
    if (!(context instanceof SqlBaseParser.RegularQuerySpecificationContext regular)
        || !regular.lateralView().isEmpty()) {
      throw ExpressionBuilder.unsupported(expressions.source(context));
    }
    return expressions.origins().record(context,
        expressions.namedWindows().within(regular.windowClause(), () -> selection(regular)));
  }

  private LogicalPlan selection(SqlBaseParser.RegularQuerySpecificationContext regular) {
    SqlBaseParser.SelectClauseContext select = regular.selectClause();
    List<Expression> written = select.namedExpressionSeq().namedExpression().stream()
        .map(expressions::named).toList();
    LogicalPlan from = regular.fromClause() == null ? RelationBuilder.oneRow() : relations.from(regular.fromClause());
    LogicalPlan plan = selection(from, regular.whereClause(), written, regular.aggregationClause(),
        regular.havingClause(), regular.qualifyClause());
    if (select.setQuantifier() != null && select.setQuantifier().DISTINCT() != null) {
      plan = new Deduplicate(plan, List.of(), true);
    }
    return plan;
  }

  /**
   * The select list {@code written} over the rows {@code from}, with WHERE, GROUP BY, HAVING and QUALIFY (each may be
   * null): what a query specification selects, and the input of a {@code SELECT TRANSFORM}'s script.
   */
  LogicalPlan selection(LogicalPlan from, SqlBaseParser.WhereClauseContext where,
      List<Expression> written, SqlBaseParser.AggregationClauseContext aggregation,
      SqlBaseParser.HavingClauseContext having, SqlBaseParser.QualifyClauseContext qualify) {
    LogicalPlan plan = from;
    if (where != null) {
      plan = new Filter(plan, expressions.condition(where.booleanExpression()));
    }
    List<Expression> selectList = qualify == null ? written
        : SqlQualify.withCondition(written, expressions.condition(qualify.booleanExpression()));
    if (aggregation != null || having != null) {
      Aggregate aggregate = aggregation == null
          ? new Aggregate(plan, GroupingKind.GROUP_BY, List.of(), selectList, false)
          : aggregate(plan, aggregation, selectList, written);
      plan = having == null ? aggregate
          : new Having(aggregate, SqlHavingConditions.of(expressions.condition(having.booleanExpression())),
              aggregation == null);
    } else {
      plan = new Project(plan, selectList);
    }
    if (qualify != null) {
      plan = SqlQualify.filtered(plan);
    }
    return plan;
  }

  /** The aggregation of {@code selectList}, whose GROUP BY ordinals count the {@code written} select list. */
  Aggregate aggregate(LogicalPlan input, SqlBaseParser.AggregationClauseContext clause,
      List<Expression> selectList, List<Expression> written) {
    // a position (GROUP BY 2) stays a literal: the analyzer reads it as Spark's SubstituteUnresolvedOrdinals does
    SqlGroupingAnalytics.Grouping grouping = new SqlGroupingAnalytics(expressions, key -> key).of(clause);
    return new Aggregate(input, grouping.kind(), grouping.keys(), grouping.sets(), selectList, false);
  }

  /** ORDER BY / SORT BY / DISTRIBUTE BY / CLUSTER BY, LIMIT and OFFSET over the query. */
  LogicalPlan organized(LogicalPlan plan, SqlBaseParser.QueryOrganizationContext organization) {
    if (organization.windowClause() != null) {
      throw ExpressionBuilder.unsupported(expressions.source(organization));
    }
    if (!organization.order.isEmpty()) {
      plan = new Sort(plan, organization.order.stream().map(this::sortOrder).toList(), true);
    }
    if (!organization.clusterBy.isEmpty()) {
      plan = new Sort(plan, organization.clusterBy.stream()
          .map(key -> new SortOrder(expressions.expression(key), true, true)).toList(), false);
    }
    if (!organization.sort.isEmpty()) {
      plan = new Sort(plan, organization.sort.stream().map(this::sortOrder).toList(), false);
    }
    if (organization.offset != null) {
      plan = new Offset(plan, count(organization.offset, "offset"));
    }
    if (organization.LIMIT() != null && organization.offset == null) {
      plan = SqlRecursiveCtes.limited(plan, organization.limit == null ? java.util.OptionalLong.empty()
          : java.util.OptionalLong.of(count(organization.limit, "limit")));
    }
    if (organization.limit != null) {
      plan = new Limit(plan, count(organization.limit, "limit"));
    }
    return plan;
  }

  SortOrder sortOrder(SqlBaseParser.SortItemContext item) {
    boolean ascending = item.DESC() == null;
    boolean nullsFirst = item.nullOrder == null ? ascending : item.FIRST() != null;
    return new SortOrder(expressions.expression(item.expression()), ascending, nullsFirst);
  }

  /** A LIMIT or OFFSET: an integer constant. */
  private int count(SqlBaseParser.ExpressionContext context, String what) {
    return SqlLimitValues.value(expressions, context, what);
  }

  static List<String> identifiers(SqlBaseParser.IdentifierListContext list) {
    return list.identifierSeq().errorCapturingIdentifier().stream().map(id -> id.identifier().getText()).toList();
  }
}
