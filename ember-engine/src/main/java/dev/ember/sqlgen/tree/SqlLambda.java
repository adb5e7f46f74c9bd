package dev.ember.sqlgen.tree;

import java.util.List;

/**
 * A DuckDB lambda {@code lambda p, q: body} for list functions; {@code body} refers to the
 * parameters with {@link SqlColumn}s of the same names.
 */
public record SqlLambda(List<String> parameters, SqlExpression body) implements SqlExpression {
  public SqlLambda {
    parameters = List.copyOf(parameters);
  }

  public SqlLambda(String parameter, SqlExpression body) {
    this(List.of(parameter), body);
  }
}
