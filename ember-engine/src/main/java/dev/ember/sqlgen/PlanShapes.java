package dev.ember.sqlgen;

import dev.ember.plan.resolved.ResolvedPlan;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A cheap hash of a subplan's shape: its node classes and, at its leaves, their {@link PlanFingerprint}s. Two
 * subplans with the same fingerprint have the same shape, so a subplan whose shape no other has is computed once
 * without building its fingerprint, a text as large as the subplan (TPC-DS q64's 18-relation join fingerprinted
 * once per candidate took a tenth of its planning).
 */
final class PlanShapes {
  private final Function<ResolvedPlan, List<ResolvedPlan>> inputs;
  private final Map<ResolvedPlan, Integer> shapes = new IdentityHashMap<>();

  /** {@code inputs}: the plans below a plan whose shapes make its own. */
  PlanShapes(Function<ResolvedPlan, List<ResolvedPlan>> inputs) {
    this.inputs = inputs;
  }

  int of(ResolvedPlan plan) {
    Integer known = shapes.get(plan);
    if (known != null) {
      return known;
    }
    List<ResolvedPlan> below = inputs.apply(plan);
    int shape;
    if (below.isEmpty()) {
      shape = PlanFingerprint.of(plan).hashCode();
    } else {
      shape = plan.getClass().getName().hashCode();
      for (ResolvedPlan input : below) {
        shape = 31 * shape + of(input);
      }
    }
    shapes.put(plan, shape);
    return shape;
  }
}
