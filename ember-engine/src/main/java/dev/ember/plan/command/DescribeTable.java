package dev.ember.plan.command;

import java.util.List;

/** {@code DESCRIBE [TABLE] [EXTENDED | FORMATTED] name}: its columns, partitioning and, extended, its details. */
public record DescribeTable(List<String> nameParts, boolean extended) implements Command {
  public DescribeTable {
    nameParts = List.copyOf(nameParts);
  }
}
