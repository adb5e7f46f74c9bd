package dev.ember.plan.command;

import dev.ember.plan.logical.LogicalPlan;

/**
 * {@code DESCRIBE [QUERY] query} and {@code DESCRIBE [TABLE] name} of a view (the query reading it): one row per
 * column, its name, type and comment.
 */
public record DescribeQuery(LogicalPlan query) implements Command {
}
