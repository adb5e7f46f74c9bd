package dev.ember.plan.command;

import java.util.List;

/** {@code SHOW COLUMNS (FROM | IN) table [(FROM | IN) database]}: the table's column names. */
public record ShowColumns(List<String> nameParts) implements Command {
  public ShowColumns {
    nameParts = List.copyOf(nameParts);
  }
}
