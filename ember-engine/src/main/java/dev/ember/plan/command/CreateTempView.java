package dev.ember.plan.command;

import dev.ember.plan.logical.LogicalPlan;
import java.util.List;
import java.util.Optional;

/**
 * {@code CREATE [OR REPLACE] [GLOBAL] TEMPORARY VIEW name [(columns)] AS query}: the query is
 * analyzed when the view is created (its errors are the statement's), its columns renamed by the list.
 * ({@code IF NOT EXISTS} is refused by the parser for temporary views, as Spark's is.) {@code text} is the query's
 * SQL text, which SHOW TABLE EXTENDED shows.
 */
public record CreateTempView(List<String> nameParts, Optional<List<String>> columnNames, LogicalPlan query,
    boolean replace, boolean global, Optional<String> text) implements Command {
  public CreateTempView {
    nameParts = List.copyOf(nameParts);
    columnNames = columnNames.map(List::copyOf);
    java.util.Objects.requireNonNull(text, "text");
  }

  /** A view of no SQL text (a view of files, a cached query's). */
  public CreateTempView(List<String> nameParts, Optional<List<String>> columnNames, LogicalPlan query,
      boolean replace, boolean global) {
    this(nameParts, columnNames, query, replace, global, Optional.empty());
  }
}
