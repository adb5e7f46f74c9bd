package dev.ember.sqlgen.tree;

import java.util.List;
import java.util.Objects;

/**
 * A query as a value: {@code (SELECT ...)}, {@code EXISTS (SELECT ...)} or {@code (values) IN (SELECT ...)}; the
 * query may read the enclosing query's columns by name (DuckDB decorrelates it).
 */
public record SqlSubquery(Form form, List<SqlExpression> values, SqlSelect query) implements SqlExpression {
  /** What the query computes. */
  public enum Form {
    SCALAR, EXISTS, IN
  }

  public SqlSubquery {
    Objects.requireNonNull(form, "form");
    values = List.copyOf(values);
    Objects.requireNonNull(query, "query");
  }
}
