package dev.ember.sqlgen.tree;

import dev.ember.sqlgen.tree.SqlSelect.OrderItem;
import java.util.List;

/** {@code function OVER (PARTITION BY ... ORDER BY ...)}; both lists may be empty. */
public record SqlWindow(SqlCall function, List<SqlExpression> partitionBy, List<OrderItem> orderBy)
    implements SqlExpression {
  public SqlWindow {
    partitionBy = List.copyOf(partitionBy);
    orderBy = List.copyOf(orderBy);
  }
}
