package dev.ember.sqlgen.tree;

import dev.ember.sqlgen.tree.SqlSelect.OrderItem;
import java.util.List;

/**
 * {@code function OVER (PARTITION BY ... ORDER BY ... frame)}; both lists may be empty, the frame
 * may be null (DuckDB's default frame, or a function that ignores frames). {@code function} is a
 * call, a filtered aggregate or a call with IGNORE NULLS.
 */
public record SqlWindow(SqlExpression function, List<SqlExpression> partitionBy, List<OrderItem> orderBy,
    SqlWindowFrame frame) implements SqlExpression {
  public SqlWindow {
    partitionBy = List.copyOf(partitionBy);
    orderBy = List.copyOf(orderBy);
  }

  public SqlWindow(SqlCall function, List<SqlExpression> partitionBy, List<OrderItem> orderBy) {
    this(function, partitionBy, orderBy, null);
  }
}
