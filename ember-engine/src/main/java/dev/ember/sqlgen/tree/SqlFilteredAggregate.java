package dev.ember.sqlgen.tree;

/** {@code aggregate(...) FILTER (WHERE condition)}; the aggregate is a {@link SqlCall} or a {@link SqlOrderedAggregate}. */
public record SqlFilteredAggregate(SqlExpression aggregate, SqlExpression condition) implements SqlExpression {
}
