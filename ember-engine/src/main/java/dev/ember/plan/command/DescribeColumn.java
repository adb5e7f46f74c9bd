package dev.ember.plan.command;

import java.util.List;

/**
 * {@code DESCRIBE [TABLE] [EXTENDED | FORMATTED] t column}: the column's name, type and comment; {@code extended}
 * adds its statistics.
 */
public record DescribeColumn(List<String> nameParts, List<String> column, boolean extended) implements Command {
  public DescribeColumn {
    nameParts = List.copyOf(nameParts);
    column = List.copyOf(column);
  }
}
