package dev.ember.analyzer;

import dev.ember.plan.expressions.Alias;
import dev.ember.plan.expressions.Expression;
import dev.ember.plan.resolved.Attribute;
import dev.ember.plan.resolved.BoundExpression;
import dev.ember.plan.resolved.BoundExpressions;
import dev.ember.plan.resolved.BoundSubquery;
import dev.ember.plan.resolved.ColumnReference;
import dev.ember.plan.resolved.NamedExpression;
import dev.ember.plan.resolved.Projection;
import dev.ember.plan.resolved.ResolvedPlan;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Grouping keys that hold a subquery ({@code groupBy(a, r.where(...).select(sum(d)).scalar())}, {@code GROUP BY 1, 2}
 * over a correlated scalar subquery): as Spark's PullOutGroupingExpressions, each such key is computed by a projection
 * below the aggregation and grouped by as a column, and the select list reads that column where it names the key.
 */
final class GroupingSubqueries {
  /** The aggregation's input, keys and columns once the keys holding subqueries are pulled out. */
  record PulledOut(ResolvedPlan input, List<BoundExpression> groupings, List<NamedExpression> columns) {
  }

  private GroupingSubqueries() {
  }

  static boolean holdsSubquery(BoundExpression expression) {
    return BoundExpressions.anyMatch(expression, BoundSubquery.class::isInstance);
  }

  /**
   * A select item that writes a key holding a subquery again (the key of {@code GROUP BY 2}, or the same text): the
   * key as already resolved, since a subquery resolved twice reads new column ids and would not match the key.
   */
  static BoundColumn asResolvedKey(List<Expression> writtenKeys, List<BoundExpression> keys, Expression item,
      BoundColumn bound) {
    Expression written = item instanceof Alias alias ? alias.child() : item;
    int index = writtenKeys.indexOf(written);
    if (index < 0 || !holdsSubquery(keys.get(index)) || !holdsSubquery(bound.expression())) {
      return bound;
    }
    return new BoundColumn(keys.get(index), bound.name());
  }

  static PulledOut pullOut(Analyzer analyzer, ResolvedPlan input, List<BoundExpression> groupings,
      List<NamedExpression> columns) {
    if (groupings.stream().noneMatch(GroupingSubqueries::holdsSubquery)) {
      return new PulledOut(input, groupings, columns);
    }
    List<NamedExpression> projected = new ArrayList<>(input.output().stream().map(ProjectResolver::passThrough).toList());
    Map<BoundExpression, BoundExpression> pulled = new LinkedHashMap<>();
    List<BoundExpression> keys = new ArrayList<>();
    for (BoundExpression grouping : groupings) {
      if (!holdsSubquery(grouping)) {
        keys.add(grouping);
        continue;
      }
      keys.add(pulled.computeIfAbsent(grouping, key -> {
        Attribute column = analyzer.newAttribute("_groupingexpression", key.dataType(), key.nullable());
        projected.add(new NamedExpression(key, column));
        return new ColumnReference(column);
      }));
    }
    List<NamedExpression> reading = columns.stream().map(column -> new NamedExpression(
        BoundExpressions.replace(column.expression(), part -> Optional.ofNullable(pulled.get(part))),
        column.attribute())).toList();
    return new PulledOut(new Projection(input, projected), keys, reading);
  }
}
