package dev.ember.plan.logical;

/**
 * Marks the subtree a client-side DataFrame stands for, so that {@code df.col("x")} (which carries
 * this id) resolves against this subtree's output, as Spark's {@code PLAN_ID_TAG} does.
 */
public record PlanIdTag(LogicalPlan input, long planId) implements LogicalPlan {
}
