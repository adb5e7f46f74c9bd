package dev.ember.plan.logical;

import dev.ember.plan.expressions.Expression;
import java.util.List;

/** {@code drop("a", "b")} by name (unknown names ignored) or {@code drop(col)} by column. */
public record Drop(LogicalPlan input, List<String> columnNames, List<Expression> columns) implements LogicalPlan {
  public Drop {
    columnNames = List.copyOf(columnNames);
    columns = List.copyOf(columns);
  }
}
