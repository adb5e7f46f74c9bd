package dev.ember.sqlgen.tree;

import java.util.List;

/** {@code name(arguments ORDER BY keys)}: an aggregate that sees its input in this order. */
public record SqlOrderedAggregate(SqlCall aggregate, List<SqlSelect.OrderItem> orderBy) implements SqlExpression {
  public SqlOrderedAggregate {
    orderBy = List.copyOf(orderBy);
    if (orderBy.isEmpty()) {
      throw new IllegalArgumentException("an ordered aggregate needs an order");
    }
  }
}
