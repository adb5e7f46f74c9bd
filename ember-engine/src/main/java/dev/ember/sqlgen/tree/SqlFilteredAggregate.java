package dev.ember.sqlgen.tree;

/** {@code aggregate(...) FILTER (WHERE condition)}. */
public record SqlFilteredAggregate(SqlCall aggregate, SqlExpression condition) implements SqlExpression {
}
