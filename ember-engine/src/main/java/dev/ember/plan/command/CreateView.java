package dev.ember.plan.command;

import dev.ember.plan.logical.LogicalPlan;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code CREATE [OR REPLACE] VIEW [IF NOT EXISTS] name [(columns)] [COMMENT c] [TBLPROPERTIES (...)] AS query}: a
 * persistent view, kept as the query's text ({@code text}) and read again where it is used; {@code columnComments}
 * are the COMMENTs of the column list's columns, by name; {@code schemaMode} is
 * {@code WITH SCHEMA BINDING | COMPENSATION | EVOLUTION | TYPE EVOLUTION}'s.
 */
public record CreateView(List<String> nameParts, Optional<List<String>> columnNames,
    Map<String, String> columnComments, LogicalPlan query, String text,
    boolean replace, boolean ifNotExists, Optional<String> comment, Map<String, String> properties,
    Optional<String> schemaMode) implements Command {
  public CreateView {
    nameParts = List.copyOf(nameParts);
    columnNames = columnNames.map(List::copyOf);
    columnComments = Map.copyOf(columnComments);
    Objects.requireNonNull(query, "query");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(comment, "comment");
    properties = Map.copyOf(properties);
    Objects.requireNonNull(schemaMode, "schemaMode");
  }
}
