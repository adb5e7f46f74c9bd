package dev.ember.sqlgen.tree;

import java.util.List;

/** {@code CASE WHEN c1 THEN v1 ... ELSE otherwise END}. */
public record SqlCase(List<When> whens, SqlExpression otherwise) implements SqlExpression {
  public record When(SqlExpression condition, SqlExpression value) {
  }

  public SqlCase {
    whens = List.copyOf(whens);
  }
}
