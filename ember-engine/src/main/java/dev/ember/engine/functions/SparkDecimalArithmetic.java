package dev.ember.engine.functions;

import dev.ember.plan.errors.RaisedError;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import org.duckdb.DuckDBColumnType;

/**
 * {@code ember_decimal_arithmetic(operator, a, b, precision, scale, ansi)}: Spark's Decimal arithmetic where DuckDB's
 * 38 digits cannot hold the exact result (the generated SQL calls it only for the rows DuckDB could not compute, or
 * for types DuckDB cannot multiply). As Spark's {@code Decimal}: a sum or difference is exact, a product is cut to 39
 * digits and a quotient to 39 places (rounding down), then the value is rounded half up to the result's scale. A value
 * beyond the result's precision is NUMERIC_VALUE_OUT_OF_RANGE naming that unrounded value (ANSI), or NULL. Operands
 * and result travel as text.
 */
final class SparkDecimalArithmetic {
  private static final int MAX_PRECISION = 38;
  /** Spark's Decimal.MATH_CONTEXT. */
  private static final MathContext CONTEXT = new MathContext(MAX_PRECISION + 1, RoundingMode.DOWN);

  static final JavaFunction FUNCTION = JavaFunction.of("ember_decimal_arithmetic", List.of(DuckDBColumnType.VARCHAR,
      DuckDBColumnType.VARCHAR, DuckDBColumnType.VARCHAR, DuckDBColumnType.INTEGER, DuckDBColumnType.INTEGER,
      DuckDBColumnType.BOOLEAN), DuckDBColumnType.VARCHAR, arguments -> arguments[1] == null || arguments[2] == null
      ? null : apply((String) arguments[0], new BigDecimal((String) arguments[1]),
      new BigDecimal((String) arguments[2]), (Integer) arguments[3], (Integer) arguments[4], (Boolean) arguments[5]));

  private SparkDecimalArithmetic() {
  }

  /** The result as plain text at {@code scale}, or NULL (overflow without ANSI, or a zero divisor then). */
  static String apply(String operator, BigDecimal a, BigDecimal b, int precision, int scale, boolean ansi) {
    if (operator.equals("divide") && b.signum() == 0) {
      if (ansi) {
        throw new RaisedFailure(RaisedError.DIVIDE_BY_ZERO.marker());
      }
      return null;
    }
    BigDecimal exact = switch (operator) {
      case "add" -> a.add(b);
      case "subtract" -> a.subtract(b);
      case "multiply" -> a.multiply(b, CONTEXT);
      case "divide" -> a.divide(b, MAX_PRECISION + 1, CONTEXT.getRoundingMode());
      default -> throw new IllegalArgumentException(operator);
    };
    if (exact.scale() < 0) {
      exact = exact.setScale(0); // as Spark's Decimal.set keeps no negative scale
    }
    BigDecimal rounded = exact.setScale(scale, RoundingMode.HALF_UP);
    if (rounded.precision() > precision) {
      if (ansi) {
        throw new RaisedFailure(RaisedError.NUMERIC_VALUE_OUT_OF_RANGE.marker(exact.toString(),
            Integer.toString(precision), Integer.toString(scale)));
      }
      return null;
    }
    return rounded.toPlainString();
  }
}
