package dev.ember.plan.logical;

/** {@code tail(n)}: the last {@code n} rows, in input order. */
public record Tail(LogicalPlan input, int limit) implements LogicalPlan {
}
