package dev.ember.plan.logical;

/** The plan with this client plan id among the references of the enclosing {@link WithRelations}. */
public record ReferencedRelation(long planId) implements LogicalPlan {
}
