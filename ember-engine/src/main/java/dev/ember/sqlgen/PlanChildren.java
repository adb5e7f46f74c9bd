package dev.ember.sqlgen;

import dev.ember.plan.resolved.Aggregation;
import dev.ember.plan.resolved.CombinedRows;
import dev.ember.plan.resolved.DistinctRows;
import dev.ember.plan.resolved.FirstRowPerKey;
import dev.ember.plan.resolved.GeneratedRows;
import dev.ember.plan.resolved.JoinRows;
import dev.ember.plan.resolved.LimitRows;
import dev.ember.plan.resolved.OffsetRows;
import dev.ember.plan.resolved.Ordering;
import dev.ember.plan.resolved.Projection;
import dev.ember.plan.resolved.ResolvedPlan;
import dev.ember.plan.resolved.SampledRows;
import dev.ember.plan.resolved.Selection;
import dev.ember.plan.resolved.TailRows;
import java.util.List;

/** The inputs of a plan node (none for scans and local rows). */
public final class PlanChildren {
  private PlanChildren() {
  }

  /** Whether {@code plan} or any plan below it satisfies {@code test}. */
  public static boolean anyMatch(ResolvedPlan plan, java.util.function.Predicate<ResolvedPlan> test) {
    if (test.test(plan)) {
      return true;
    }
    for (ResolvedPlan child : of(plan)) {
      if (anyMatch(child, test)) {
        return true;
      }
    }
    return false;
  }

  public static List<ResolvedPlan> of(ResolvedPlan plan) {
    if (plan instanceof JoinRows join) {
      return List.of(join.left(), join.right());
    }
    if (plan instanceof CombinedRows combined) {
      return List.of(combined.left(), combined.right());
    }
    ResolvedPlan input = input(plan);
    return input == null ? List.of() : List.of(input);
  }

  private static ResolvedPlan input(ResolvedPlan plan) {
    if (plan instanceof Projection projection) {
      return projection.input();
    }
    if (plan instanceof Selection selection) {
      return selection.input();
    }
    if (plan instanceof Aggregation aggregation) {
      return aggregation.input();
    }
    if (plan instanceof Ordering ordering) {
      return ordering.input();
    }
    if (plan instanceof LimitRows limit) {
      return limit.input();
    }
    if (plan instanceof OffsetRows offset) {
      return offset.input();
    }
    if (plan instanceof DistinctRows distinct) {
      return distinct.input();
    }
    if (plan instanceof FirstRowPerKey first) {
      return first.input();
    }
    if (plan instanceof TailRows tail) {
      return tail.input();
    }
    if (plan instanceof SampledRows sample) {
      return sample.input();
    }
    if (plan instanceof GeneratedRows generated) {
      return generated.input();
    }
    return null;
  }
}
