package dev.ember.analyzer;

import dev.ember.plan.resolved.Attribute;
import dev.ember.plan.resolved.Projection;
import dev.ember.plan.resolved.ResolvedPlan;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A resolved subtree with what names resolve against: its output, and the outputs of the client
 * DataFrames (plan ids) inside it, for {@code df.col("x")}. Some of the plan's columns may be
 * hidden ({@code hiddenIds}): a using join's duplicate key columns, reachable only through
 * {@code df.col("k")} until the next operator that chooses its columns.
 */
record Scope(ResolvedPlan plan, Map<Long, List<Attribute>> planIdOutputs, Set<Long> hiddenIds,
    Set<Long> ambiguousPlanIds) {
  Scope {
    planIdOutputs = Map.copyOf(planIdOutputs);
    hiddenIds = Set.copyOf(hiddenIds);
    ambiguousPlanIds = Set.copyOf(ambiguousPlanIds);
  }

  static Scope of(ResolvedPlan plan) {
    return new Scope(plan, Map.of(), Set.of(), Set.of());
  }

  /** The visible columns: what names, stars and the final result see. */
  List<Attribute> output() {
    if (hiddenIds.isEmpty()) {
      return plan.output();
    }
    return plan.output().stream().filter(attribute -> !hiddenIds.contains(attribute.id())).toList();
  }

  /** The plan's own version of an attribute (outer joins change nullability), if the plan outputs it. */
  Optional<Attribute> current(Attribute attribute) {
    return plan.output().stream().filter(candidate -> candidate.id() == attribute.id()).findFirst();
  }

  /** The same plan ids over a new plan node that chooses its own columns: nothing stays hidden. */
  Scope withPlan(ResolvedPlan newPlan) {
    return new Scope(newPlan, planIdOutputs, Set.of(), ambiguousPlanIds);
  }

  /** The same plan ids and hidden columns over a node that passes its input's columns through. */
  Scope withSameColumns(ResolvedPlan newPlan) {
    return new Scope(newPlan, planIdOutputs, hiddenIds, ambiguousPlanIds);
  }

  Scope withHidden(Set<Long> ids) {
    return new Scope(plan, planIdOutputs, ids, ambiguousPlanIds);
  }

  /** This scope without hidden columns (a projection of the visible ones when there are any). */
  Scope visible() {
    if (hiddenIds.isEmpty()) {
      return this;
    }
    return withPlan(new Projection(plan, output().stream().map(ProjectResolver::passThrough).toList()));
  }

  Scope tagged(long planId) {
    Map<Long, List<Attribute>> ids = new HashMap<>(planIdOutputs);
    ids.put(planId, output());
    Set<Long> ambiguous = new HashSet<>(ambiguousPlanIds);
    ambiguous.remove(planId);
    return new Scope(plan, ids, hiddenIds, ambiguous);
  }

  /** The plan ids of both inputs of a join or set operation; for an id on both sides the left one wins. */
  static Map<Long, List<Attribute>> merge(Scope left, Scope right) {
    Map<Long, List<Attribute>> ids = new HashMap<>(right.planIdOutputs);
    ids.putAll(left.planIdOutputs);
    return ids;
  }

  /**
   * The plan ids both sides of a join have (a DataFrame joined with itself): {@code df.col("x")} cannot
   * tell which side it means, as Spark Connect's AMBIGUOUS_COLUMN_REFERENCE.
   */
  static Set<Long> sharedPlanIds(Scope left, Scope right) {
    Set<Long> ids = new HashSet<>(left.ambiguousPlanIds);
    ids.addAll(right.ambiguousPlanIds);
    left.planIdOutputs.keySet().stream().filter(right.planIdOutputs::containsKey).forEach(ids::add);
    return ids;
  }

  static Set<Long> mergeHidden(Scope left, Scope right) {
    Set<Long> ids = new HashSet<>(left.hiddenIds);
    ids.addAll(right.hiddenIds);
    return ids;
  }
}
