package dev.ember.analyzer;

import dev.ember.plan.errors.EmberException;
import dev.ember.plan.errors.ErrorKind;
import dev.ember.plan.resolved.Aggregation;
import dev.ember.plan.resolved.BoundExpression;
import dev.ember.plan.resolved.BoundExpressions;
import dev.ember.plan.resolved.Call;
import dev.ember.plan.resolved.CombinedRows;
import dev.ember.plan.resolved.DistinctRows;
import dev.ember.plan.resolved.FirstRowPerKey;
import dev.ember.plan.resolved.GeneratedRows;
import dev.ember.plan.resolved.JoinRows;
import dev.ember.plan.resolved.LimitRows;
import dev.ember.plan.resolved.LocalRows;
import dev.ember.plan.resolved.NamedExpression;
import dev.ember.plan.resolved.OffsetRows;
import dev.ember.plan.resolved.Ordering;
import dev.ember.plan.resolved.Projection;
import dev.ember.plan.resolved.ResolvedPlan;
import dev.ember.plan.resolved.RowPositionCalls;
import dev.ember.plan.resolved.SampledRows;
import dev.ember.plan.resolved.Selection;
import dev.ember.plan.resolved.TailRows;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Spark's CheckAnalysis of a lateral join: its condition must be deterministic, and so must its right side unless
 * the left has at most one row (a non-deterministic subquery would draw once per left row).
 */
final class LateralJoinChecks {
  private LateralJoinChecks() {
  }

  static void check(ResolvedPlan left, ResolvedPlan right, java.util.Optional<BoundExpression> condition,
      String conditionName) {
    if (condition.isPresent() && !deterministic(condition.get())) {
      throw unsupported("LATERAL_JOIN_CONDITION_NON_DETERMINISTIC", "Lateral join condition cannot be "
          + "non-deterministic: " + conditionName + ".", Map.of("condition", conditionName));
    }
    if (!atMostOneRow(left) && !deterministic(right)) {
      throw unsupported("NON_DETERMINISTIC_LATERAL_SUBQUERIES", "Non-deterministic lateral subqueries are not "
          + "supported when joining with outer relations that produce more than one row.", Map.of("treeNode", ""));
    }
  }

  private static boolean atMostOneRow(ResolvedPlan plan) {
    if (plan instanceof LocalRows rows) {
      return rows.data().rowCount() <= 1;
    }
    if (plan instanceof Aggregation aggregation) {
      return aggregation.groupings().isEmpty();
    }
    if (plan instanceof LimitRows limit && limit.limit() <= 1) {
      return true;
    }
    List<ResolvedPlan> inputs = plan instanceof Projection || plan instanceof Selection || plan instanceof Ordering
        || plan instanceof LimitRows ? inputs(plan) : List.of();
    return inputs.size() == 1 && atMostOneRow(inputs.get(0));
  }

  private static boolean deterministic(ResolvedPlan plan) {
    if (plan instanceof SampledRows) {
      return false;
    }
    Stream<BoundExpression> own = plan instanceof Projection projection
        ? projection.columns().stream().map(NamedExpression::expression)
        : plan instanceof Selection selection ? Stream.of(selection.condition())
        : plan instanceof JoinRows join ? join.condition().stream() : Stream.empty();
    return own.allMatch(LateralJoinChecks::deterministic)
        && inputs(plan).stream().allMatch(LateralJoinChecks::deterministic);
  }

  private static List<ResolvedPlan> inputs(ResolvedPlan plan) {
    if (plan instanceof JoinRows join) {
      return List.of(join.left(), join.right());
    }
    if (plan instanceof CombinedRows combined) {
      return List.of(combined.left(), combined.right());
    }
    ResolvedPlan input = plan instanceof Projection projection ? projection.input()
        : plan instanceof Selection selection ? selection.input()
        : plan instanceof Ordering ordering ? ordering.input()
        : plan instanceof LimitRows limit ? limit.input()
        : plan instanceof OffsetRows offset ? offset.input()
        : plan instanceof Aggregation aggregation ? aggregation.input()
        : plan instanceof DistinctRows distinct ? distinct.input()
        : plan instanceof FirstRowPerKey first ? first.input()
        : plan instanceof TailRows tail ? tail.input()
        : plan instanceof SampledRows sampled ? sampled.input()
        : plan instanceof GeneratedRows generated ? generated.input() : null;
    return input == null ? List.of() : List.of(input);
  }

  private static boolean deterministic(BoundExpression expression) {
    if (expression instanceof Call call && RowPositionCalls.NAMES.contains(call.function())) {
      return false;
    }
    return BoundExpressions.children(expression).stream().allMatch(LateralJoinChecks::deterministic);
  }

  private static EmberException unsupported(String subclass, String detail, Map<String, String> parameters) {
    return new EmberException(ErrorKind.ANALYSIS, "UNSUPPORTED_SUBQUERY_EXPRESSION_CATEGORY." + subclass, "0A000",
        "Unsupported subquery expression: " + detail, parameters);
  }
}
