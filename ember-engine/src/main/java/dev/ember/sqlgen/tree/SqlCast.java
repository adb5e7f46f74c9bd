package dev.ember.sqlgen.tree;

/** {@code CAST(operand AS duckDbType)} or {@code TRY_CAST}. */
public record SqlCast(SqlExpression operand, String duckDbType, boolean tryCast) implements SqlExpression {
}
