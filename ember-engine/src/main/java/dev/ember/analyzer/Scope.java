package dev.ember.analyzer;

import dev.ember.plan.resolved.Attribute;
import dev.ember.plan.resolved.ResolvedPlan;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A resolved subtree with what names resolve against: its output, and the outputs of the client
 * DataFrames (plan ids) inside it, for {@code df.col("x")}.
 */
record Scope(ResolvedPlan plan, Map<Long, List<Attribute>> planIdOutputs) {
  Scope {
    planIdOutputs = Map.copyOf(planIdOutputs);
  }

  static Scope of(ResolvedPlan plan) {
    return new Scope(plan, Map.of());
  }

  List<Attribute> output() {
    return plan.output();
  }

  /** The same plan ids over a new plan node built on this one. */
  Scope withPlan(ResolvedPlan newPlan) {
    return new Scope(newPlan, planIdOutputs);
  }

  Scope tagged(long planId) {
    Map<Long, List<Attribute>> ids = new HashMap<>(planIdOutputs);
    ids.put(planId, plan.output());
    return new Scope(plan, ids);
  }

  static Map<Long, List<Attribute>> merge(Scope left, Scope right) {
    Map<Long, List<Attribute>> ids = new HashMap<>(left.planIdOutputs);
    ids.putAll(right.planIdOutputs);
    return ids;
  }
}
