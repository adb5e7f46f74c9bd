package dev.ember.plan.command;

import dev.ember.plan.logical.LogicalPlan;
import java.util.List;
import java.util.Optional;

/**
 * {@code CREATE [OR REPLACE] [GLOBAL] TEMPORARY VIEW [IF NOT EXISTS] name [(columns)] AS query}: the query is
 * analyzed when the view is created (its errors are the statement's), its columns renamed by the list.
 */
public record CreateTempView(List<String> nameParts, Optional<List<String>> columnNames, LogicalPlan query,
    boolean replace, boolean ifNotExists, boolean global) implements Command {
  public CreateTempView {
    nameParts = List.copyOf(nameParts);
    columnNames = columnNames.map(List::copyOf);
  }
}
