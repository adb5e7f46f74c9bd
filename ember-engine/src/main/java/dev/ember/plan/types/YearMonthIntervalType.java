package dev.ember.plan.types;

import java.util.Locale;

/** Spark's {@code interval year to month}, {@code interval year} and {@code interval month}: a number of months. */
public record YearMonthIntervalType(int startField, int endField) implements DataType {
  public static final int YEAR = 0;
  public static final int MONTH = 1;
  public static final YearMonthIntervalType DEFAULT = new YearMonthIntervalType(YEAR, MONTH);

  public YearMonthIntervalType {
    if (startField < YEAR || endField > MONTH || startField > endField) {
      throw new IllegalArgumentException("invalid year-month interval fields " + startField + ", " + endField);
    }
  }

  public static String fieldName(int field) {
    return field == YEAR ? "year" : "month";
  }

  @Override
  public String simpleString() {
    return IntervalTypeNames.simpleString(fieldName(startField), fieldName(endField));
  }

  @Override
  public String sql() {
    return simpleString().toUpperCase(Locale.ROOT);
  }
}
