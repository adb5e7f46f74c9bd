package dev.ember.plan.logical;

import dev.ember.plan.types.StructType;

/** {@code df.to(schema)}: columns picked by name, in the schema's order, cast to its types. */
public record ToSchema(LogicalPlan input, StructType schema) implements LogicalPlan {
}
