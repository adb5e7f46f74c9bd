package dev.ember.sqlgen.tree;

/**
 * A DuckDB lambda {@code lambda p: body} for list functions; {@code body} refers to the parameter
 * with a {@link SqlColumn} of the same name.
 */
public record SqlLambda(String parameter, SqlExpression body) implements SqlExpression {
}
