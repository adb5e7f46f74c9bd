package dev.ember.plan.command;

import java.util.List;

/**
 * {@code REFRESH TABLE name} and {@code ANALYZE TABLE name COMPUTE STATISTICS ...} ({@code analyze}): the table must
 * exist; Ember lists a table's files at every read and keeps no statistics, so nothing else is to do.
 */
public record RefreshTable(List<String> nameParts, boolean analyze) implements Command {
  public RefreshTable {
    nameParts = List.copyOf(nameParts);
  }
}
