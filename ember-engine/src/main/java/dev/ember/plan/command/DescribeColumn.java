package dev.ember.plan.command;

import java.util.List;

/** {@code DESCRIBE [TABLE] t column}: the column's name, type and comment. */
public record DescribeColumn(List<String> nameParts, List<String> column) implements Command {
  public DescribeColumn {
    nameParts = List.copyOf(nameParts);
    column = List.copyOf(column);
  }
}
