package dev.ember.plan.logical;

import java.util.List;

/** {@code toDF("a", "b")}: renames every column by position. */
public record ToDF(LogicalPlan input, List<String> columnNames) implements LogicalPlan {
  public ToDF {
    columnNames = List.copyOf(columnNames);
  }
}
