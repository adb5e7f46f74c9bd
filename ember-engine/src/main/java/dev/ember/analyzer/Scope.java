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
 * {@code df.col("k")} until the next operator that chooses its columns. {@code rootPlanIds} are the plan ids
 * of the subtree's own top node (the DataFrame it is), which a join prefers to the same DataFrame deeper on
 * its other side, as Spark's analyzer does.
 */
record Scope(ResolvedPlan plan, Map<Long, List<Attribute>> planIdOutputs, Set<Long> hiddenIds,
    Set<Long> ambiguousPlanIds, Set<Long> rootPlanIds) {
  Scope {
    planIdOutputs = Map.copyOf(planIdOutputs);
    hiddenIds = Set.copyOf(hiddenIds);
    ambiguousPlanIds = Set.copyOf(ambiguousPlanIds);
    rootPlanIds = Set.copyOf(rootPlanIds);
  }

  /** A new top node over the given plan ids: none of them is its own. */
  Scope(ResolvedPlan plan, Map<Long, List<Attribute>> planIdOutputs, Set<Long> hiddenIds, Set<Long> ambiguousPlanIds) {
    this(plan, planIdOutputs, hiddenIds, ambiguousPlanIds, Set.of());
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
    return new Scope(plan, planIdOutputs, ids, ambiguousPlanIds, rootPlanIds);
  }

  /** This scope without hidden columns (a projection of the visible ones when there are any). */
  Scope visible() {
    if (hiddenIds.isEmpty()) {
      return this;
    }
    // the same DataFrame without its hidden columns: its plan ids stay its own
    return new Scope(new Projection(plan, output().stream().map(ProjectResolver::passThrough).toList()),
        planIdOutputs, Set.of(), ambiguousPlanIds, rootPlanIds);
  }

  Scope tagged(long planId) {
    Map<Long, List<Attribute>> ids = new HashMap<>(planIdOutputs);
    ids.put(planId, output());
    Set<Long> ambiguous = new HashSet<>(ambiguousPlanIds);
    ambiguous.remove(planId);
    Set<Long> roots = new HashSet<>(rootPlanIds);
    roots.add(planId);
    return new Scope(plan, ids, hiddenIds, ambiguous, roots);
  }

  /**
   * The plan ids of both inputs of a join or set operation; for an id on both sides, the side that is that
   * DataFrame itself wins, else the left.
   */
  static Map<Long, List<Attribute>> merge(Scope left, Scope right) {
    Map<Long, List<Attribute>> ids = new HashMap<>(right.planIdOutputs);
    left.planIdOutputs.forEach((id, output) -> {
      if (!right.rootPlanIds.contains(id) || left.rootPlanIds.contains(id)) {
        ids.put(id, output);
      }
    });
    return ids;
  }

  /**
   * The plan ids {@code df.col("x")} cannot resolve over a join of these sides (Spark Connect's
   * AMBIGUOUS_COLUMN_REFERENCE): those on both sides and those already ambiguous in a side. In the join's own
   * condition ({@code atTheJoin}), Spark resolves by depth: an id on both sides is not ambiguous when exactly
   * one side is that DataFrame itself (the other has it deeper); above the join it always is.
   */
  static Set<Long> sharedPlanIds(Scope left, Scope right, boolean atTheJoin) {
    Set<Long> ids = new HashSet<>(left.ambiguousPlanIds);
    ids.addAll(right.ambiguousPlanIds);
    left.planIdOutputs.keySet().stream().filter(right.planIdOutputs::containsKey)
        .filter(id -> !atTheJoin || left.rootPlanIds.contains(id) == right.rootPlanIds.contains(id))
        .forEach(ids::add);
    return ids;
  }

  static Set<Long> mergeHidden(Scope left, Scope right) {
    Set<Long> ids = new HashSet<>(left.hiddenIds);
    ids.addAll(right.hiddenIds);
    return ids;
  }
}
