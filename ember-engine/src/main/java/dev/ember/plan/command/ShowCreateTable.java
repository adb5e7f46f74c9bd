package dev.ember.plan.command;

import java.util.List;

/** {@code SHOW CREATE TABLE name}: the statement that creates the table or view again. */
public record ShowCreateTable(List<String> nameParts) implements Command {
  public ShowCreateTable {
    nameParts = List.copyOf(nameParts);
  }
}
