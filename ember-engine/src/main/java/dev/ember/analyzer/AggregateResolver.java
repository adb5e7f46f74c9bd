package dev.ember.analyzer;

import dev.ember.plan.errors.EmberException;
import dev.ember.plan.errors.ErrorKind;
import dev.ember.plan.expressions.Alias;
import dev.ember.plan.expressions.Expression;
import dev.ember.plan.expressions.Literal;
import dev.ember.plan.logical.Aggregate;
import dev.ember.plan.resolved.Aggregation;
import dev.ember.plan.resolved.Attribute;
import dev.ember.plan.resolved.BoundCast;
import dev.ember.plan.resolved.BoundExpression;
import dev.ember.plan.resolved.BoundExpressions;
import dev.ember.plan.resolved.Call;
import dev.ember.plan.resolved.ColumnReference;
import dev.ember.plan.resolved.FieldAccess;
import dev.ember.plan.resolved.GroupingKind;
import dev.ember.plan.resolved.NamedExpression;
import dev.ember.plan.resolved.WindowCall;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.StructType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code groupBy(keys).agg(aggregates)}: output is the keys followed by the aggregates; every column
 * outside an aggregate function must be a grouping key (else MISSING_AGGREGATION).
 */
final class AggregateResolver {
  private final Analyzer analyzer;

  AggregateResolver(Analyzer analyzer) {
    this.analyzer = analyzer;
  }

  Scope resolve(Scope original, Aggregate written) {
    Aggregate unaliased = StarsInAggregates.expand(analyzer, original, GroupByPositions.substitute(analyzer, written));
    java.util.Optional<Scope> generated = GeneratorsOverAggregates.resolve(analyzer, original, unaliased);
    if (generated.isPresent()) {
      return generated.get();
    }
    Aggregate aggregate = GroupByAliases.apply(analyzer, original, GroupByAll.apply(analyzer, original, unaliased));
    List<Expression> all = new ArrayList<>(aggregate.groupings());
    all.addAll(aggregate.aggregates());
    WindowedInput windowed = TimeWindowPlanning.plan(analyzer, original, all);
    Scope input = windowed.scope();
    ExpressionResolver keys = analyzer.expressions(input, false);
    ExpressionResolver aggregates = analyzer.expressions(input, true);
    List<Expression> selectList = LateralColumnAliases.over(analyzer, keys, false)
        .inlineIfDeterministic(aggregate.aggregates());
    if (selectList != aggregate.aggregates()) {
      aggregate = aggregate.withAggregates(selectList, aggregate.keysInOutput());
    }
    boolean groupingSets = aggregate.kind() != GroupingKind.GROUP_BY;
    List<BoundExpression> groupings = new ArrayList<>();
    List<NamedExpression> columns = new ArrayList<>();
    for (Expression grouping : aggregate.groupings()) {
      if (aggregate.keysInOutput()) {
        requirePositionInRange(grouping, aggregate.groupings().size() + aggregate.aggregates().size());
      }
      BoundColumn resolved = keys.resolveTopLevel(grouping);
      SubqueryChecks.requireLocalGrouping(resolved);
      BoundColumn bound = new BoundColumn(windowed.replace(resolved.expression()), resolved.name());
      groupings.add(bound.expression());
      NamedExpression column = ProjectResolver.named(analyzer, bound, grouping);
      if (groupingSets && leftOutOfASet(aggregate, groupings.size() - 1)) {
        column = nullable(column);
      }
      if (aggregate.keysInOutput()) {
        columns.add(column);
      }
    }
    if (!aggregate.keysInOutput()) {
      // a position naming an aggregating item fails before any item is checked (Spark's analyzer order)
      for (int item = 0; item < aggregate.aggregates().size(); item++) {
        Expression expression = aggregate.aggregates().get(item);
        if (namesPosition(aggregate, item + 1) && GlobalAggregates.containsAggregates(List.of(expression))) {
          requireNoPositionOfAggregate(aggregate, item + 1, expression, aggregates.resolveTopLevel(expression),
              aggregates);
        }
      }
    }
    // every item resolved before any is checked, as Spark checks the analyzed plan; grouping()/grouping_id() under
    // a plain GROUP BY fails before a column that is not grouped by (its CheckAnalysis looks for them first) — but
    // for a HAVING over no grouping, whose columns Spark does not resolve (UNRESOLVED_COLUMN, HavingResolver)
    List<BoundColumn> resolved = new ArrayList<>();
    boolean groupingCalled = false;
    for (Expression expression : aggregate.aggregates()) {
      BoundColumn column = GroupingSubqueries.asResolvedKey(aggregate.groupings(), groupings, expression,
          aggregates.resolveTopLevel(expression));
      resolved.add(column);
      boolean havingOfNoGrouping = aggregate.groupings().isEmpty() && expression instanceof Alias alias
          && alias.name().equals(HavingResolver.CONDITION);
      groupingCalled |= !havingOfNoGrouping && BoundExpressions.anyMatch(column.expression(),
          part -> part instanceof Call call && GROUPING_CALLS.contains(call.function()));
    }
    if (aggregate.kind() == GroupingKind.GROUP_BY && groupingCalled) {
      throw dev.ember.plan.errors.SparkErrors.unsupportedGrouping();
    }
    for (int item = 0; item < aggregate.aggregates().size(); item++) {
      Expression expression = aggregate.aggregates().get(item);
      BoundColumn bound = resolved.get(item);
      requireNoPositionOfAggregate(aggregate, columns.size() + 1, expression, bound, aggregates);
      BoundExpression withGroupingIds = nullUngrouped(aggregate, SemanticEquality.toGroupings(
          aggregate.kind() == GroupingKind.GROUP_BY ? windowed.replace(bound.expression())
              : fillGroupingIds(windowed.replace(bound.expression()), groupings), groupings), groupings);
      requireAggregated(withGroupingIds, groupings, aggregate.kind());
      SubqueryChecks.check(withGroupingIds, bound.name());
      NamedExpression column = ProjectResolver.named(analyzer, new BoundColumn(withGroupingIds, bound.name()),
          expression);
      // a select-list key (SQL) is NULL in the sets that leave it out
      columns.add(groupingSets && groupings.contains(withGroupingIds)
          && leftOutOfASet(aggregate, groupings.indexOf(withGroupingIds)) ? nullable(column) : column);
    }
    GroupingSubqueries.PulledOut keyed = GroupingSubqueries.pullOut(analyzer, input.plan(), groupings, columns);
    Aggregation aggregation = CollatedGroupings.grouped(new Aggregation(keyed.input(),
        aggregate.kind(), keyed.groupings(), aggregate.groupingSets(), keyed.columns()));
    if (windowed.session() && groupings.contains(new ColumnReference(windowed.column()))) {
      aggregation = SessionMerging.aggregate(analyzer, aggregation, windowed.column());
    }
    return WindowsOverAggregates.split(analyzer, input.withPlan(aggregation));
  }

  /** Whether a grouping set leaves the key out (every key of ROLLUP and CUBE: their sets include ()). */
  private static boolean leftOutOfASet(Aggregate aggregate, int key) {
    return aggregate.kind() != GroupingKind.GROUPING_SETS
        || aggregate.groupingSets().stream().anyMatch(set -> !set.contains(key));
  }

  /**
   * Hive's {@code GROUP BY a, b GROUPING SETS ((a))}: a key no set groups by is NULL in every row, as Spark's Expand
   * makes it (DuckDB would refuse the column outside its GROUP BY).
   */
  private static BoundExpression nullUngrouped(Aggregate aggregate, BoundExpression expression,
      List<BoundExpression> groupings) {
    if (aggregate.kind() != GroupingKind.GROUPING_SETS) {
      return expression;
    }
    List<BoundExpression> ungrouped = new ArrayList<>();
    for (int key = 0; key < groupings.size(); key++) {
      final int position = key;
      if (aggregate.groupingSets().stream().noneMatch(set -> set.contains(position))) {
        ungrouped.add(groupings.get(key));
      }
    }
    if (ungrouped.isEmpty()) {
      return expression;
    }
    return dev.ember.plan.resolved.BoundExpressions.replace(expression, part -> {
      if (part instanceof Call call && call.function().startsWith("grouping")) {
        return java.util.Optional.of(part);
      }
      return ungrouped.contains(part)
          ? java.util.Optional.of(dev.ember.plan.expressions.Literal.nullOf(part.dataType()))
          : java.util.Optional.empty();
    });
  }

  /** A rolled-up key is NULL in its subtotal rows. */
  private NamedExpression nullable(NamedExpression column) {
    if (column.attribute().nullable()) {
      return column;
    }
    Attribute nullable = new Attribute(analyzer.newAttribute(column.attribute().name(),
        column.attribute().dataType(), true).id(), column.attribute().name(), column.attribute().dataType(), true,
        column.attribute().qualifier());
    return new NamedExpression(column.expression(), nullable);
  }

  /**
   * As in Spark ({@code spark.sql.groupByOrdinal}), an integer literal key is a position in the aggregation's columns
   * (its keys, then its aggregates). A position in range groups as the constant does here: by a key already grouped
   * by, or by itself (Spark's {@code groupBy(lit(1))}); one out of range is GROUP_BY_POS_OUT_OF_RANGE.
   */
  private static void requirePositionInRange(Expression grouping, int size) {
    if (grouping instanceof dev.ember.plan.expressions.Literal literal
        && literal.dataType() == dev.ember.plan.types.AtomicType.INTEGER && literal.value() instanceof Integer index
        && (index < 1 || index > size)) {
      throw new dev.ember.plan.errors.EmberException(dev.ember.plan.errors.ErrorKind.ANALYSIS,
          "GROUP_BY_POS_OUT_OF_RANGE", "42805", "GROUP BY position " + index + " is not in select list (valid range is [1, "
              + size + "]).", java.util.Map.of("index", Integer.toString(index), "size", Integer.toString(size)));
    }
  }

  /**
   * A grouping position naming a column that calls an aggregate function: Spark's GROUP_BY_POS_AGGREGATE, the column
   * written as Spark's {@code Alias.sql} ({@code sum(id) AS `sum(id)`}; Spark's text also shows the casts its type
   * coercion added, which Ember's column names leave out).
   */
  private static boolean namesPosition(Aggregate aggregate, int position) {
    return aggregate.groupings().stream().anyMatch(grouping -> grouping instanceof Literal literal
        && literal.dataType() == AtomicType.INTEGER && literal.value() instanceof Integer index && index == position);
  }

  private static void requireNoPositionOfAggregate(Aggregate aggregate, int position, Expression expression,
      BoundColumn bound, ExpressionResolver resolver) {
    boolean named = namesPosition(aggregate, position);
    if (!named || !GlobalAggregates.containsAggregates(List.of(expression))) {
      return;
    }
    String child = expression instanceof Alias alias ? resolver.resolveTopLevel(alias.child()).name() : bound.name();
    String aggExpr = child + " AS " + StructType.quoteIfNeeded(bound.name());
    throw new EmberException(ErrorKind.ANALYSIS, "GROUP_BY_POS_AGGREGATE", "42903", "GROUP BY " + position
        + " refers to an expression " + aggExpr + " that contains an aggregate function. Aggregate functions are not "
        + "allowed in GROUP BY.", Map.of("index", Integer.toString(position), "aggExpr", aggExpr));
  }

  /** {@code grouping_id()} stands for {@code grouping_id(every key)}. */
  private static BoundExpression fillGroupingIds(BoundExpression expression, List<BoundExpression> groupings) {
    if (expression instanceof Call call) {
      if (call.function().equals("grouping_id") && call.arguments().isEmpty()) {
        // no keys (GROUPING SETS (())): no bit is set
        return groupings.isEmpty() ? dev.ember.plan.expressions.Literal.of(0L)
            : new Call("grouping_id", groupings, call.dataType(), call.nullable());
      }
      List<BoundExpression> arguments = call.arguments().stream()
          .map(argument -> fillGroupingIds(argument, groupings)).toList();
      return new Call(call.function(), arguments, call.dataType(), call.nullable());
    }
    return expression;
  }

  /**
   * grouping(col) / grouping_id(cols) tell which keys a grouping set left out: under a plain GROUP BY (or none) Spark
   * refuses them (UNSUPPORTED_GROUPING_EXPRESSION; a column not grouped by is reported first, as for any column), and
   * their columns must be grouping keys (GROUPING_COLUMN_MISMATCH).
   */
  private static void requireGroupingColumns(Call call, List<BoundExpression> groupings, GroupingKind kind) {
    if (kind == GroupingKind.GROUP_BY) {
      call.arguments().forEach(argument -> requireAggregated(argument, groupings, kind));
      throw dev.ember.plan.errors.SparkErrors.unsupportedGrouping();
    }
    if (!call.function().equals("grouping")) {
      return;
    }
    for (BoundExpression argument : call.arguments()) {
      if (!groupings.contains(argument)) {
        String column = argument instanceof ColumnReference reference
            ? dev.ember.plan.text.ExpressionText.attribute(reference.attribute()) : argument.toString();
        String columns = groupings.stream().map(grouping -> grouping instanceof ColumnReference reference
            ? dev.ember.plan.text.ExpressionText.attribute(reference.attribute()) : grouping.toString())
            .collect(java.util.stream.Collectors.joining(","));
        throw new EmberException(ErrorKind.ANALYSIS, "GROUPING_COLUMN_MISMATCH", "42803", "Column of grouping ("
            + column + ") can't be found in grouping columns " + columns + ".",
            Map.of("grouping", column, "groupingColumns", columns));
      }
    }
  }

  private static final java.util.Set<String> GROUPING_CALLS = java.util.Set.of("grouping", "grouping_id");

  private static void requireAggregated(BoundExpression expression, List<BoundExpression> groupings,
      GroupingKind kind) {
    if (groupings.contains(expression)) {
      return;
    }
    if (expression instanceof Call call) {
      if (AggregateFunctions.isAggregate(call.function())) {
        return;
      }
      if (call.function().equals("grouping") || call.function().equals("grouping_id")) {
        requireGroupingColumns(call, groupings, kind);
        return;
      }
      call.arguments().forEach(argument -> requireAggregated(argument, groupings, kind));
    } else if (expression instanceof WindowCall window) {
      // a window over the aggregated rows: its inputs must be aggregates or keys
      window.function().arguments().forEach(argument -> requireAggregated(argument, groupings, kind));
      window.partitionBy().forEach(key -> requireAggregated(key, groupings, kind));
      window.orderBy().forEach(order -> requireAggregated(order.child(), groupings, kind));
    } else if (expression instanceof BoundCast cast) {
      requireAggregated(cast.child(), groupings, kind);
    } else if (expression instanceof dev.ember.plan.resolved.UserFunctionResult call) {
      // a user aggregate aggregates; a user function's arguments must be aggregates or keys
      if (!call.function().aggregates()) {
        call.arguments().forEach(argument -> requireAggregated(argument, groupings, kind));
      }
    } else if (expression instanceof FieldAccess access) {
      requireAggregated(access.child(), groupings, kind);
    } else if (expression instanceof ColumnReference reference) {
      if (groupings.isEmpty()) {
        throw new EmberException(ErrorKind.ANALYSIS, "MISSING_GROUP_BY", "42803",
            "The query does not include a GROUP BY clause. Add GROUP BY or turn it into the window functions using "
                + "OVER clauses.", Map.of());
      }
      String name = reference.attribute().name();
      throw new EmberException(ErrorKind.ANALYSIS, "MISSING_AGGREGATION", "42803",
          "The non-aggregating expression \"" + name + "\" is based on columns which are not participating in the "
              + "GROUP BY clause.",
          Map.of("expression", "\"" + name + "\"", "expressionAnyValue", "\"any_value(" + name + ")\""))
          .withoutQueryContext(); // Spark's CheckAnalysis raises it without the expression's origin
    }
  }
}
