package dev.ember.engine.functions;

import java.math.BigDecimal;
import java.util.List;
import org.duckdb.DuckDBColumnType;

/**
 * {@code ember_java_decimal_text(text)}: a decimal as Java's {@code BigDecimal.toString} writes it, which Spark's CSV
 * and JSON writers (and {@code to_csv}, {@code to_json}) use: scientific notation when the value is below 10^-6 in
 * magnitude for its scale ({@code 0E-10}), where Spark's cast to string and DuckDB write {@code 0.0000000000}.
 */
final class JavaDecimalText {
  static final JavaFunction FUNCTION = JavaFunction.of("ember_java_decimal_text", List.of(DuckDBColumnType.VARCHAR),
      DuckDBColumnType.VARCHAR, arguments -> arguments[0] == null ? null : new BigDecimal((String) arguments[0])
          .toString());

  private JavaDecimalText() {
  }
}
