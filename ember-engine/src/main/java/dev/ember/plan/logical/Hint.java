package dev.ember.plan.logical;

/** {@code hint(name, ...)}: accepted and ignored (DuckDB plans on its own); results are unchanged. */
public record Hint(LogicalPlan input, String name) implements LogicalPlan {
}
