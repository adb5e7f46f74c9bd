package dev.ember.sqlgen.tree;

import java.util.List;

/** {@code name(arguments)} or {@code name(DISTINCT arguments)}; {@code name} is a DuckDB function name. */
public record SqlCall(String name, List<SqlExpression> arguments, boolean distinct) implements SqlExpression {
  public SqlCall {
    arguments = List.copyOf(arguments);
  }

  public static SqlCall of(String name, SqlExpression... arguments) {
    return new SqlCall(name, List.of(arguments), false);
  }
}
