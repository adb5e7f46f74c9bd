package dev.ember.plan.logical;

public record Offset(LogicalPlan input, int offset) implements LogicalPlan {
}
