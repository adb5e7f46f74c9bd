package dev.ember.analyzer;

import dev.ember.engine.EngineSession;
import dev.ember.engine.QueryResult;
import dev.ember.plan.errors.SparkErrors;
import dev.ember.plan.expressions.Alias;
import dev.ember.plan.expressions.Expression;
import dev.ember.plan.expressions.Literal;
import dev.ember.plan.expressions.UnresolvedFunction;
import dev.ember.plan.expressions.UnresolvedStar;
import dev.ember.plan.logical.PivotAggregate;
import dev.ember.plan.resolved.Aggregation;
import dev.ember.plan.resolved.BoundExpression;
import dev.ember.plan.resolved.BoundSortOrder;
import dev.ember.plan.resolved.Call;
import dev.ember.plan.resolved.NamedExpression;
import dev.ember.plan.resolved.Ordering;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.StructField;
import dev.ember.plan.types.StructType;
import dev.ember.sqlgen.SqlGenerator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * {@code pivot}: each (value, aggregate) cell aggregates only the rows whose pivot column is that
 * value, and is NULL when there are none (even for count), as Spark's pivot.
 */
final class PivotResolver {
  private PivotResolver() {
  }

  static Scope resolve(Analyzer analyzer, EngineSession session, PivotAggregate pivot) {
    Scope input = analyzer.resolve(pivot.input());
    for (Expression aggregate : pivot.aggregates()) {
      rejectStar(aggregate);
    }
    ExpressionResolver keys = analyzer.expressions(input, false);
    ExpressionResolver aggregates = analyzer.expressions(input, true);
    BoundExpression column = keys.resolve(pivot.pivotColumn()).expression();
    List<BoundColumn> cells = pivot.aggregates().stream().map(aggregates::resolveTopLevel).toList();
    List<BoundColumn> given = pivot.values().stream().map(keys::resolve).toList();
    PivotChecks.check(column, cells, given);
    List<BoundExpression> values = pivot.values().isEmpty()
        ? List.copyOf(distinctValues(session, input, column))
        : given.stream().map(BoundColumn::expression).toList();
    List<BoundExpression> groupings = new ArrayList<>();
    List<NamedExpression> columns = new ArrayList<>();
    if (pivot.groupByRest()) {
      for (dev.ember.plan.resolved.Attribute attribute : rest(input, column, cells)) {
        groupings.add(new dev.ember.plan.resolved.ColumnReference(attribute));
        columns.add(new NamedExpression(new dev.ember.plan.resolved.ColumnReference(attribute), attribute));
      }
    }
    for (Expression grouping : pivot.groupings()) {
      BoundColumn bound = keys.resolveTopLevel(grouping);
      groupings.add(bound.expression());
      columns.add(ProjectResolver.named(analyzer, bound, grouping));
    }
    for (int index = 0; index < values.size(); index++) {
      BoundExpression value = values.get(index);
      String valueName = pivot.valueNames().isEmpty() ? PivotChecks.valueText(value)
          : pivot.valueNames().get(index).orElse(PivotChecks.valueText(value));
      BoundExpression matches = new Call("equal_null_safe",
          List.of(column, TypeCoercion.castTo(value, column.dataType())), AtomicType.BOOLEAN, false);
      BoundExpression rowsOfValue = new Call("count", List.of(onlyWhen(matches, Literal.of(1))), AtomicType.LONG, false);
      for (BoundColumn cell : cells) {
        BoundExpression filtered = restrict(cell.expression(), matches);
        BoundExpression nullWhenEmpty = new Call("case_when", List.of(
            new Call("equal", List.of(rowsOfValue, Literal.of(0L)), AtomicType.BOOLEAN, false),
            Literal.nullOf(filtered.dataType()), filtered), filtered.dataType(), true);
        String name = cells.size() == 1 ? valueName : valueName + "_" + cell.name();
        columns.add(new NamedExpression(nullWhenEmpty, analyzer.newAttribute(name, filtered.dataType(), true)));
      }
    }
    return input.withPlan(new Aggregation(input.plan(), groupings, columns));
  }

  /** SQL's PIVOT groups by the input columns that neither the pivot column nor an aggregate reads. */
  private static List<dev.ember.plan.resolved.Attribute> rest(Scope input, BoundExpression column, List<BoundColumn> cells) {
    java.util.Set<Long> read = new java.util.HashSet<>();
    List<BoundExpression> readers = new ArrayList<>(List.of(column));
    cells.forEach(cell -> readers.add(cell.expression()));
    for (BoundExpression reader : readers) {
      dev.ember.plan.resolved.BoundExpressions.anyMatch(reader, part -> {
        if (part instanceof dev.ember.plan.resolved.ColumnReference reference) {
          read.add(reference.attribute().id());
        }
        return false;
      });
    }
    return input.output().stream().filter(attribute -> !read.contains(attribute.id())).toList();
  }

  /** Every aggregate call inside {@code expression} sees only the rows where {@code condition} holds. */
  private static BoundExpression restrict(BoundExpression expression, BoundExpression condition) {
    if (expression instanceof Call call && AggregateFunctions.isAggregate(call.function())) {
      List<BoundExpression> arguments = call.arguments().stream()
          .map(argument -> onlyWhen(condition, argument)).toList();
      return new Call(call.function(), arguments, call.dataType(), true);
    }
    // through any expression over aggregates: a cast, a user function's call (udf(sum(x)))
    List<BoundExpression> children = dev.ember.plan.resolved.BoundExpressions.children(expression);
    return children.isEmpty() ? expression : dev.ember.plan.resolved.BoundExpressions.withChildren(expression,
        children.stream().map(child -> restrict(child, condition)).toList());
  }

  private static BoundExpression onlyWhen(BoundExpression condition, BoundExpression value) {
    return new Call("case_when", List.of(condition, value), value.dataType(), true);
  }

  /** Spark pivots on the sorted distinct values of the column when none are given. */
  private static List<Literal> distinctValues(EngineSession session, Scope input, BoundExpression column) {
    Aggregation distinct = new Aggregation(input.plan(), List.of(column),
        List.of(new NamedExpression(column, new dev.ember.plan.resolved.Attribute(session.nextExpressionId(), "value",
            column.dataType(), true, List.of()))));
    Ordering sorted = new Ordering(distinct, List.of(new BoundSortOrder(
        new dev.ember.plan.resolved.ColumnReference(distinct.output().get(0)), true, true)));
    QueryResult result = session.execute("pivot-" + UUID.randomUUID(), SqlGenerator.generate(sorted),
        new StructType(List.of(new StructField("value", column.dataType(), true))));
    return result.rows().stream().map(row -> new Literal(row[0], column.dataType())).toList();
  }

  private static void rejectStar(Expression expression) {
    if (expression instanceof UnresolvedStar) {
      throw SparkErrors.unsupported("INVALID_USAGE_OF_STAR_OR_REGEX", "42000", "Invalid usage of '*' in Pivot.",
          Map.of("elem", "'*'", "prettyName", "Pivot"));
    }
    if (expression instanceof Alias alias) {
      rejectStar(alias.child());
    } else if (expression instanceof UnresolvedFunction function) {
      function.arguments().forEach(PivotResolver::rejectStar);
    }
  }
}
