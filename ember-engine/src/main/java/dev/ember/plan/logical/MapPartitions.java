package dev.ember.plan.logical;

import dev.ember.plan.usercode.PartitionFunction;

/** The rows {@code function} makes of all of {@code input}'s rows ({@code Dataset.map}, {@code mapPartitions}). */
public record MapPartitions(LogicalPlan input, PartitionFunction function) implements LogicalPlan {
}
