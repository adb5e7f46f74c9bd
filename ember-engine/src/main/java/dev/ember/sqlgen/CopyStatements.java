package dev.ember.sqlgen;

import dev.ember.engine.QueryText;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * DuckDB's {@code COPY (query) TO 'path' (FORMAT ..., PARTITION_BY (...), option value, ...)}, the statement that
 * writes a query's rows as files. Option names are Ember's own; values are quoted here (text as a string literal,
 * booleans and numbers as themselves), columns as identifiers.
 */
public final class CopyStatements {
  private CopyStatements() {
  }

  /**
   * The statement writing {@code query}'s rows to {@code destination} (a file, or a directory when partitioned) in
   * DuckDB's {@code format}, partitioned by {@code partitionBy} (columns of the query, left out of the files).
   */
  public static QueryText copy(QueryText query, Path destination, String format, List<String> partitionBy,
      Map<String, Object> options) {
    List<String> parts = new ArrayList<>();
    parts.add("FORMAT " + format);
    if (!partitionBy.isEmpty()) {
      parts.add("PARTITION_BY (" + partitionBy.stream().map(SqlRenderer::identifier)
          .collect(Collectors.joining(", ")) + ")");
    }
    options.forEach((name, value) -> {
      if (!name.matches("[A-Z_]+")) {
        throw new IllegalArgumentException("not a COPY option: " + name);
      }
      parts.add(name + " " + value(value));
    });
    return query.around("COPY (", ") TO " + SqlRenderer.stringLiteral(destination.toString()) + " ("
        + String.join(", ", parts) + ")");
  }

  /** The query with one more column: its rows numbered in groups of {@code rows} (0, 0, ..., 1, 1, ...). */
  public static QueryText chunked(QueryText query, long rows, String column) {
    return query.around("SELECT *, (row_number() OVER () - 1) // " + rows + " AS " + SqlRenderer.identifier(column)
        + " FROM (", ")");
  }

  private static String value(Object value) {
    if (value instanceof Boolean || value instanceof Integer || value instanceof Long) {
      return value.toString();
    }
    return SqlRenderer.stringLiteral((String) value);
  }
}
