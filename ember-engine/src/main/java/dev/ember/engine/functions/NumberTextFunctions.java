package dev.ember.engine.functions;

import dev.ember.plan.errors.RaisedError;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.duckdb.DuckDBColumnType;

/**
 * {@code ember_to_number(text, format, failOnMismatch)} and {@code ember_to_char(decimal, format)}:
 * Spark's number formats both ways. Decimals travel as their plain text; the generated SQL casts
 * {@code to_number}'s text to the format's decimal type. A text that does not match fails with
 * {@code INVALID_FORMAT.MISMATCH_INPUT} (NULL for {@code try_to_number}).
 */
final class NumberTextFunctions {
  private static final Map<String, NumberFormat> FORMATS = new ConcurrentHashMap<>();

  static final JavaFunction TO_NUMBER = JavaFunction.of("ember_to_number",
      List.of(DuckDBColumnType.VARCHAR, DuckDBColumnType.VARCHAR, DuckDBColumnType.BOOLEAN), DuckDBColumnType.VARCHAR,
      arguments -> arguments[0] == null || arguments[1] == null ? null
          : toNumber((String) arguments[0], (String) arguments[1], (Boolean) arguments[2]));

  static final JavaFunction TO_CHAR = JavaFunction.of("ember_to_char",
      List.of(DuckDBColumnType.VARCHAR, DuckDBColumnType.VARCHAR), DuckDBColumnType.VARCHAR,
      arguments -> arguments[0] == null || arguments[1] == null ? null
          : NumberTextFormatter.format(format((String) arguments[1]), new BigDecimal((String) arguments[0])));

  private NumberTextFunctions() {
  }

  private static String toNumber(String text, String formatText, boolean failOnMismatch) {
    BigDecimal number = NumberTextParser.parse(format(formatText), text);
    if (number == null && failOnMismatch) {
      throw new RaisedFailure(RaisedError.INVALID_NUMBER_FORMAT.marker("\"STRING\"", text, formatText));
    }
    return number == null ? null : number.toPlainString();
  }

  private static NumberFormat format(String text) {
    return FORMATS.computeIfAbsent(text, NumberFormat::new);
  }
}
