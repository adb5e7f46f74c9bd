package dev.ember.plan.types;

import java.time.LocalTime;

/**
 * Spark 4.2's {@code TIME(p)}: a time of day without a date or zone, with {@code p} (0 to 6) fractional digits of
 * the second. Values are {@link LocalTime}s (Spark holds nanoseconds of the day; its precision stops at
 * microseconds, as DuckDB's {@code TIME} does).
 */
public record TimeType(int precision) implements DataType {
  public static final int MIN_PRECISION = 0;
  public static final int MAX_PRECISION = 6;
  /** {@code TIME} without a precision, and the type of {@code TIME '...'} literals. */
  public static final TimeType DEFAULT = new TimeType(MAX_PRECISION);

  public TimeType {
    if (precision < MIN_PRECISION || precision > MAX_PRECISION) {
      throw new IllegalArgumentException("TIME precision out of range: " + precision);
    }
  }

  @Override
  public String simpleString() {
    return "time(" + precision + ")";
  }

  @Override
  public String sql() {
    return "TIME(" + precision + ")";
  }

  /** The time cut to this precision's digits (Spark's {@code truncateTimeToPrecision}). */
  public LocalTime truncate(LocalTime time) {
    int unit = (int) Math.pow(10, 9 - precision);
    return time.withNano(time.getNano() - time.getNano() % unit);
  }
}
