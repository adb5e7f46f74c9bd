package dev.ember.plan.logical;

public record Limit(LogicalPlan input, int limit) implements LogicalPlan {
}
