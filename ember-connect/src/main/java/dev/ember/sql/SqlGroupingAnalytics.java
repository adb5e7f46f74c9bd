package dev.ember.sql;

import dev.ember.plan.errors.EmberException;
import dev.ember.plan.errors.ErrorKind;
import dev.ember.plan.expressions.Expression;
import dev.ember.plan.resolved.GroupingKind;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.apache.spark.sql.catalyst.parser.SqlBaseParser;

/**
 * A GROUP BY clause as Spark's AstBuilder and GroupingAnalytics read it: plain keys, {@code ROLLUP(...)},
 * {@code CUBE(...)} and {@code GROUPING SETS(...)} (nested ones included), each element giving its grouping sets, the
 * clause's sets the cartesian product of its elements' sets, and the keys every expression of them once in order of
 * appearance (the bit order of grouping_id). A single ROLLUP or CUBE of single columns stays one for DuckDB.
 */
final class SqlGroupingAnalytics {
  /** The keys, their kind, and with GROUPING_SETS each set as positions in the keys. */
  record Grouping(GroupingKind kind, List<Expression> keys, List<List<Integer>> sets) {
  }

  private final ExpressionBuilder expressions;
  private final UnaryOperator<Expression> ordinals;

  SqlGroupingAnalytics(ExpressionBuilder expressions, UnaryOperator<Expression> ordinals) {
    this.expressions = expressions;
    this.ordinals = ordinals;
  }

  Grouping of(SqlBaseParser.AggregationClauseContext clause) {
    if (clause.kind != null) {
      List<Expression> keys = clause.groupingExpressions.stream().map(expressions::named).map(ordinals).toList();
      if (clause.kind.getType() != SqlBaseParser.GROUPING) {
        return new Grouping(clause.kind.getType() == SqlBaseParser.ROLLUP ? GroupingKind.ROLLUP : GroupingKind.CUBE,
            keys, List.of());
      }
      // GROUP BY a, b GROUPING SETS (...): the listed keys first (Hive's form), then any other the sets use
      List<List<Expression>> sets = clause.groupingSet().stream().map(this::set).toList();
      return indexed(keys, sets);
    }
    List<SqlBaseParser.GroupByClauseContext> elements = clause.groupingExpressionsWithGroupingAnalytics;
    if (elements.stream().allMatch(element -> element.groupingAnalytics() == null)) {
      return new Grouping(GroupingKind.GROUP_BY,
          elements.stream().map(element -> ordinals.apply(expressions.expression(element.expression()))).toList(),
          List.of());
    }
    if (elements.size() == 1 && simple(elements.get(0).groupingAnalytics())) {
      SqlBaseParser.GroupingAnalyticsContext analytics = elements.get(0).groupingAnalytics();
      return new Grouping(analytics.ROLLUP() != null ? GroupingKind.ROLLUP : GroupingKind.CUBE,
          analytics.groupingSet().stream().flatMap(set -> set(set).stream()).toList(), List.of());
    }
    List<List<Expression>> product = List.of(List.of());
    for (SqlBaseParser.GroupByClauseContext element : elements) {
      List<List<Expression>> selected = element.groupingAnalytics() == null
          ? List.of(List.of(ordinals.apply(expressions.expression(element.expression()))))
          : selected(element.groupingAnalytics());
      List<List<Expression>> combined = new ArrayList<>();
      for (List<Expression> left : product) {
        for (List<Expression> right : selected) {
          List<Expression> set = new ArrayList<>(left);
          set.addAll(right);
          combined.add(set);
        }
      }
      product = combined;
    }
    return indexed(List.of(), product);
  }

  /** ROLLUP(a, b) or CUBE(a, b) of single expressions. */
  private static boolean simple(SqlBaseParser.GroupingAnalyticsContext analytics) {
    return analytics.GROUPING() == null
        && analytics.groupingSet().stream().allMatch(set -> set.LEFT_PAREN() == null && set.expression().size() == 1);
  }

  /** The grouping sets one ROLLUP, CUBE or GROUPING SETS element selects, as Spark's selectedGroupByExprs. */
  private List<List<Expression>> selected(SqlBaseParser.GroupingAnalyticsContext analytics) {
    if (analytics.GROUPING() != null) {
      List<List<Expression>> sets = new ArrayList<>();
      for (SqlBaseParser.GroupingElementContext element : analytics.groupingElement()) {
        if (element.groupingAnalytics() != null) {
          sets.addAll(selected(element.groupingAnalytics()));
        } else {
          sets.add(set(element.groupingSet()));
        }
      }
      return sets;
    }
    String kind = analytics.ROLLUP() != null ? "ROLLUP" : "CUBE";
    List<List<Expression>> parts = analytics.groupingSet().stream().map(this::set).toList();
    if (parts.stream().anyMatch(List::isEmpty)) {
      throw new EmberException(ErrorKind.PARSE, "_LEGACY_ERROR_TEMP_0051", null,
          "Empty set in " + kind + " grouping sets is not supported.", Map.of("element", kind));
    }
    return kind.equals("ROLLUP") ? rollup(parts) : cube(parts);
  }

  /** ROLLUP(s1, s2): (s1, s2), (s1), (). */
  private static List<List<Expression>> rollup(List<List<Expression>> parts) {
    List<List<Expression>> sets = new ArrayList<>();
    for (int size = parts.size(); size >= 0; size--) {
      sets.add(parts.subList(0, size).stream().flatMap(List::stream).toList());
    }
    return sets;
  }

  /** CUBE(s1, s2): (s1, s2), (s1), (s2), (), as Spark's cubeExprs orders them. */
  private static List<List<Expression>> cube(List<List<Expression>> parts) {
    if (parts.isEmpty()) {
      return List.of(List.of());
    }
    List<List<Expression>> rest = cube(parts.subList(1, parts.size()));
    List<List<Expression>> sets = new ArrayList<>();
    for (List<Expression> tail : rest) {
      List<Expression> with = new ArrayList<>(parts.get(0));
      with.addAll(tail);
      sets.add(with);
    }
    sets.addAll(rest);
    return sets;
  }

  private List<Expression> set(SqlBaseParser.GroupingSetContext set) {
    return set.expression().stream().map(expressions::expression).map(ordinals).toList();
  }

  private static Grouping indexed(List<Expression> given, List<List<Expression>> sets) {
    LinkedHashSet<Expression> distinct = new LinkedHashSet<>(given);
    sets.forEach(distinct::addAll);
    List<Expression> keys = List.copyOf(distinct);
    List<List<Integer>> positions = sets.stream().map(set -> set.stream().map(keys::indexOf).toList()).toList();
    return new Grouping(GroupingKind.GROUPING_SETS, keys, positions);
  }
}
