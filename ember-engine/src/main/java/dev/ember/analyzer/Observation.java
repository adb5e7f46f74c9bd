package dev.ember.analyzer;

import dev.ember.plan.resolved.ResolvedPlan;

/**
 * A {@code df.observe} met while analyzing a query: its name, the plan id of its relation and the
 * one-row plan that computes its metrics over the rows it observes, run once the query has run.
 */
public record Observation(String name, long planId, ResolvedPlan metrics) {
}
