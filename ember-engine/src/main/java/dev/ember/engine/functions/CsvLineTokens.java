package dev.ember.engine.functions;

import java.util.ArrayList;
import java.util.List;
import org.duckdb.DuckDBColumnType;

/**
 * {@code ember_csv_tokens(line, separator, quote, escape)}: one CSV record split into its fields as Spark's
 * univocity parser reads it for from_csv (no trimming; a quoted field may hold the separator, and the escape
 * character before a quote stands for the quote). An empty unquoted field is NULL. The fields travel back as a
 * JSON array.
 */
public final class CsvLineTokens {
  static final JavaFunction FUNCTION = JavaFunction.of("ember_csv_tokens",
      List.of(DuckDBColumnType.VARCHAR, DuckDBColumnType.VARCHAR, DuckDBColumnType.VARCHAR, DuckDBColumnType.VARCHAR),
      DuckDBColumnType.VARCHAR,
      arguments -> arguments[0] == null ? null : JsonTokenFunctions.jsonArray(tokens((String) arguments[0],
          (String) arguments[1], (String) arguments[2], (String) arguments[3])));

  private CsvLineTokens() {
  }

  /** The record's fields; an empty line has none. */
  public static List<String> tokens(String line, String separator, String quote, String escape) {
    List<String> fields = new ArrayList<>();
    if (line.isEmpty()) {
      return fields;
    }
    char quoteChar = quote.isEmpty() ? '\0' : quote.charAt(0);
    char escapeChar = escape.isEmpty() ? '\0' : escape.charAt(0);
    int position = 0;
    while (true) {
      StringBuilder field = new StringBuilder();
      boolean quoted = !quote.isEmpty() && position < line.length() && line.charAt(position) == quoteChar;
      if (quoted) {
        position++;
        while (position < line.length()) {
          char c = line.charAt(position);
          if (c == escapeChar && position + 1 < line.length() && line.charAt(position + 1) == quoteChar) {
            field.append(quoteChar);
            position += 2;
          } else if (c == quoteChar) {
            position++;
            break;
          } else {
            field.append(c);
            position++;
          }
        }
      }
      int end = line.indexOf(separator, position);
      field.append(line, position, end < 0 ? line.length() : end);
      fields.add(!quoted && field.length() == 0 ? null : field.toString());
      if (end < 0) {
        return fields;
      }
      position = end + separator.length();
    }
  }
}
