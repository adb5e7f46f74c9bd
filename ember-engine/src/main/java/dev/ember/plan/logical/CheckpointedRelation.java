package dev.ember.plan.logical;

/** A checkpointed DataFrame of the session, named by the id {@code checkpoint} returned. */
public record CheckpointedRelation(String relationId) implements LogicalPlan {
}
