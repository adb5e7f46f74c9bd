package dev.ember.plan.command;

import java.util.List;

/** {@code TRUNCATE TABLE name}: the table's files are deleted, the table stays. */
public record TruncateTable(List<String> nameParts) implements Command {
  public TruncateTable {
    nameParts = List.copyOf(nameParts);
  }
}
