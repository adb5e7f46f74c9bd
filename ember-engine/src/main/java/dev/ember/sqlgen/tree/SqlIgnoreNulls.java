package dev.ember.sqlgen.tree;

import java.util.Objects;

/** {@code name(arguments IGNORE NULLS)}: a window function skipping NULL values. */
public record SqlIgnoreNulls(SqlCall call) implements SqlExpression {
  public SqlIgnoreNulls {
    Objects.requireNonNull(call, "call");
  }
}
