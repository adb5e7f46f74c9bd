package dev.ember.sqlgen.tree;

import java.util.List;

/** A list value {@code [a, b, c]}. */
public record SqlList(List<SqlExpression> elements) implements SqlExpression {
  public SqlList {
    elements = List.copyOf(elements);
  }
}
