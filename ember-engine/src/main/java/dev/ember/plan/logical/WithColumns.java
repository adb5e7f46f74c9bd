package dev.ember.plan.logical;

import dev.ember.plan.expressions.Alias;
import java.util.List;

/** {@code withColumn(name, expr)} / {@code withColumns(map)}: replaces or appends columns. */
public record WithColumns(LogicalPlan input, List<Alias> columns) implements LogicalPlan {
  public WithColumns {
    columns = List.copyOf(columns);
  }
}
