package dev.ember.plan.origin;

import java.util.Objects;

/**
 * Where a plan node was written in SQL text, as Spark's {@code Origin} records it for every tree node the parser
 * builds: the first and last character of the fragment (0-based, inclusive), the line (1-based) and the position in
 * that line (0-based) where it starts, the whole text, and the object the text defines ({@code VIEW} and its name)
 * or empty strings for a statement of its own. An error raised for the node carries it as its SQL query context.
 */
public record SqlOrigin(String sqlText, int startIndex, int stopIndex, int line, int startPosition,
    String objectType, String objectName) {
  public SqlOrigin {
    Objects.requireNonNull(sqlText, "sqlText");
    Objects.requireNonNull(objectType, "objectType");
    Objects.requireNonNull(objectName, "objectName");
    if (startIndex < 0 || stopIndex < startIndex - 1 || stopIndex >= sqlText.length()) {
      throw new IllegalArgumentException("fragment [" + startIndex + ", " + stopIndex + "] outside the text");
    }
  }

  /** The text of the node itself. */
  public String fragment() {
    return sqlText.substring(startIndex, stopIndex + 1);
  }
}
