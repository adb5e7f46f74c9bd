package dev.ember.plan.logical;

/** {@code df.as("t")}: the output becomes addressable as {@code t.column}. */
public record SubqueryAlias(LogicalPlan input, String alias) implements LogicalPlan {
}
