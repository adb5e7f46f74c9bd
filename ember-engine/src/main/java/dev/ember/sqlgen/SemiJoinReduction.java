package dev.ember.sqlgen;

import dev.ember.plan.logical.JoinType;
import dev.ember.plan.resolved.Aggregation;
import dev.ember.plan.resolved.Attribute;
import dev.ember.plan.resolved.BoundExpression;
import dev.ember.plan.resolved.Call;
import dev.ember.plan.resolved.ColumnReference;
import dev.ember.plan.resolved.GroupingKind;
import dev.ember.plan.resolved.JoinRows;
import dev.ember.plan.resolved.ResolvedPlan;
import dev.ember.plan.resolved.Selection;
import dev.ember.plan.types.AtomicType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An aggregation joined on its grouping keys with a filtered relation only keeps the groups whose keys
 * that relation has, so its input can drop every other row before grouping: {@code agg(input) JOIN
 * other ON agg.k = other.x} aggregates {@code input SEMI JOIN other ON input.k = other.x} (the other
 * side is then computed twice). This is what Spark's runtime filters do through an aggregate's grouping
 * keys, and what DuckDB's decorrelation of a correlated subquery gives (TPC-H Q20: a sum per part and
 * supplier, joined with the few pairs of "forest" parts). Applied only to inner joins on plain column
 * equalities, when the other side filters (a selection or a semi join in it), as Spark asks of a runtime
 * filter's creation side, and aggregates nothing (computing it twice stays cheap, and never nests).
 */
final class SemiJoinReduction {
  private SemiJoinReduction() {
  }

  /** The join's right side, its aggregation's input reduced by the left side where that is sound. */
  static ResolvedPlan right(JoinRows join) {
    if (join.type() != JoinType.INNER) {
      return join.right();
    }
    return reduced(join.right(), join.left(), join.condition()).orElse(join.right());
  }

  /** The join's left side, likewise reduced by the right side. */
  static ResolvedPlan left(JoinRows join) {
    if (join.type() != JoinType.INNER) {
      return join.left();
    }
    return reduced(join.left(), join.right(), join.condition()).orElse(join.left());
  }

  private static Optional<ResolvedPlan> reduced(ResolvedPlan side, ResolvedPlan other,
      Optional<BoundExpression> condition) {
    if (!(side instanceof Aggregation aggregation) || aggregation.kind() != GroupingKind.GROUP_BY
        || condition.isEmpty() || !PlanChildren.anyMatch(other, SemiJoinReduction::filters)
        || PlanChildren.anyMatch(other, plan -> plan instanceof Aggregation)) {
      return Optional.empty();
    }
    Set<Long> keys = new HashSet<>();
    for (BoundExpression grouping : aggregation.groupings()) {
      if (grouping instanceof ColumnReference reference) {
        keys.add(reference.attribute().id());
      }
    }
    Set<Long> otherColumns = new HashSet<>();
    other.output().forEach(attribute -> otherColumns.add(attribute.id()));
    List<BoundExpression> equalities = new ArrayList<>();
    for (BoundExpression conjunct : Conjuncts.of(condition.get())) {
      keyEquality(conjunct, keys, otherColumns).ifPresent(equalities::add);
    }
    if (equalities.isEmpty()) {
      return Optional.empty();
    }
    BoundExpression semiCondition = equalities.get(0);
    for (BoundExpression equality : equalities.subList(1, equalities.size())) {
      semiCondition = new Call("and", List.of(semiCondition, equality), AtomicType.BOOLEAN, true);
    }
    JoinRows reducedInput = new JoinRows(aggregation.input(), other, JoinType.LEFT_SEMI, Optional.of(semiCondition));
    return Optional.of(new Aggregation(reducedInput, aggregation.kind(), aggregation.groupings(),
        aggregation.columns()));
  }

  /** {@code key = otherColumn} (either way round) of a grouping key and a column of the other side. */
  private static Optional<BoundExpression> keyEquality(BoundExpression conjunct, Set<Long> keys, Set<Long> otherColumns) {
    if (conjunct instanceof Call call && call.function().equals("equal") && call.arguments().size() == 2
        && call.argument(0) instanceof ColumnReference a && call.argument(1) instanceof ColumnReference b) {
      Attribute first = a.attribute();
      Attribute second = b.attribute();
      if (keys.contains(first.id()) && otherColumns.contains(second.id())
          || keys.contains(second.id()) && otherColumns.contains(first.id())) {
        return Optional.of(call);
      }
    }
    return Optional.empty();
  }

  /** A selection or a semi join: an operator that drops rows of what it reads. */
  private static boolean filters(ResolvedPlan plan) {
    return plan instanceof Selection || plan instanceof JoinRows join && join.type() == JoinType.LEFT_SEMI;
  }
}
