package dev.ember.plan.logical;

import dev.ember.plan.types.StructType;

/**
 * The rows of a table a configured in-memory catalog holds: the session table {@code storage} (columns c0, c1, ...)
 * read with the catalog's schema.
 */
public record SessionTableRead(String storage, StructType schema) implements LogicalPlan {
}
