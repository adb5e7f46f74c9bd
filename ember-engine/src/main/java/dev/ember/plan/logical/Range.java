package dev.ember.plan.logical;

public record Range(long start, long end, long step) implements LogicalPlan {
}
