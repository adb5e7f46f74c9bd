package dev.ember.sqlgen.tree;

import dev.ember.plan.types.DataType;

/** A constant of a Spark type; the renderer quotes it and spells its DuckDB type. */
public record SqlLiteral(Object value, DataType type) implements SqlExpression {
}
