package dev.ember.sqlgen.tree;

/** A string value bound as a statement parameter rather than written into the SQL text. */
public record SqlParameter(String value) implements SqlExpression {
}
