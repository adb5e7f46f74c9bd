package dev.ember.plan.logical;

/** A recursive CTE's step reading the rows its previous level added ({@link RecursiveCte} of the same id). */
public record RecursiveReference(String name, long id) implements LogicalPlan {
}
