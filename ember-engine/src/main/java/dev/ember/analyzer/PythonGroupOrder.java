package dev.ember.analyzer;

import dev.ember.plan.expressions.Literal;
import dev.ember.plan.resolved.Aggregation;
import dev.ember.plan.resolved.Attribute;
import dev.ember.plan.resolved.BoundExpression;
import dev.ember.plan.resolved.BoundExpressions;
import dev.ember.plan.resolved.BoundSortOrder;
import dev.ember.plan.resolved.Call;
import dev.ember.plan.resolved.ColumnReference;
import dev.ember.plan.resolved.GroupingKind;
import dev.ember.plan.resolved.NamedExpression;
import dev.ember.plan.resolved.Ordering;
import dev.ember.plan.resolved.Projection;
import dev.ember.plan.resolved.UserFunctionResult;
import dev.ember.plan.types.AtomicType;
import java.util.ArrayList;
import java.util.List;

/**
 * The order in which Spark's Python grouped operators give their groups, which Ember gives them too: Spark runs a
 * grouped aggregate pandas UDF ({@code AggregateInPandasExec}), {@code applyInPandas}/{@code applyInArrow} and
 * {@code cogroup} after a hash shuffle on the grouping keys ({@code spark.sql.shuffle.partitions}) and a sort by the
 * keys (ascending, NULLs first) within each partition. With adaptive execution (the default), the shuffle's small
 * partitions are coalesced before the sort (all of them into one below about a megabyte shuffled), so the groups come
 * sorted by key; without it ({@code spark.sql.adaptive.enabled} or
 * {@code spark.sql.adaptive.coalescePartitions.enabled} false), by {@code pmod(hash(keys), spark.sql.shuffle.partitions)}, then by key. Measured on Spark 4.2.0 (int, long,
 * string, two keys, NULL keys, a key expression; 4, 5, 7, 200 partitions).
 */
final class PythonGroupOrder {
  private PythonGroupOrder() {
  }

  /** The sort orders of groups of these keys: by Spark's shuffle partition when Ember knows it, then by key. */
  static List<BoundSortOrder> orders(Analyzer analyzer, List<BoundExpression> keys) {
    List<BoundSortOrder> orders = new ArrayList<>();
    analyzer.uncoalescedShufflePartitions().ifPresent(partitions -> orders.add(new BoundSortOrder(new Call("pmod",
        List.of(new Call("hash", keys, AtomicType.INTEGER, false), new Literal(partitions, AtomicType.INTEGER)),
        AtomicType.INTEGER, false), true, true)));
    for (BoundExpression key : keys) {
      orders.add(new BoundSortOrder(key, true, true));
    }
    return orders;
  }

  /**
   * {@code aggregated} (a resolved aggregation) sorted as Spark gives its groups when it calls a Python grouped
   * aggregate; unchanged otherwise (a hash aggregate's groups come in no order of Spark's). A key that is not among the
   * columns is one for the sort only.
   */
  static Scope ofAggregate(Analyzer analyzer, Scope aggregated) {
    if (!(aggregated.plan() instanceof Aggregation aggregation) || aggregation.kind() != GroupingKind.GROUP_BY
        || aggregation.groupings().isEmpty() || aggregation.columns().stream().noneMatch(column ->
            BoundExpressions.anyMatch(column.expression(), part -> part instanceof UserFunctionResult result
                && result.function().sortsGroups()))) {
      return aggregated;
    }
    List<NamedExpression> columns = new ArrayList<>(aggregation.columns());
    List<BoundExpression> keys = new ArrayList<>();
    for (BoundExpression grouping : aggregation.groupings()) {
      NamedExpression column = columns.stream().filter(candidate -> candidate.expression().equals(grouping))
          .findFirst().orElse(null);
      if (column == null) {
        Attribute hidden = analyzer.newAttribute("_ember_group_key", grouping.dataType(), grouping.nullable());
        column = new NamedExpression(grouping, hidden);
        columns.add(column);
      }
      keys.add(new ColumnReference(column.attribute()));
    }
    Aggregation keyed = new Aggregation(aggregation.input(), aggregation.kind(), aggregation.groupings(),
        aggregation.groupingSets(), columns);
    Ordering sorted = new Ordering(keyed, orders(analyzer, keys));
    boolean hiddenKeys = columns.size() > aggregation.columns().size();
    return aggregated.withSameColumns(hiddenKeys ? new Projection(sorted,
        aggregation.output().stream().map(ProjectResolver::passThrough).toList()) : sorted);
  }
}
