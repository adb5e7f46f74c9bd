package dev.ember.plan.types;

import java.util.List;
import java.util.Locale;

/**
 * Spark's {@code interval day to second} and its narrower forms ({@code interval hour}, {@code interval
 * minute to second}, ...): a number of microseconds, whose fields only decide how the value is written.
 */
public record DayTimeIntervalType(int startField, int endField) implements DataType {
  public static final int DAY = 0;
  public static final int HOUR = 1;
  public static final int MINUTE = 2;
  public static final int SECOND = 3;
  public static final DayTimeIntervalType DEFAULT = new DayTimeIntervalType(DAY, SECOND);
  private static final List<String> FIELD_NAMES = List.of("day", "hour", "minute", "second");

  public DayTimeIntervalType {
    if (startField < DAY || endField > SECOND || startField > endField) {
      throw new IllegalArgumentException("invalid day-time interval fields " + startField + ", " + endField);
    }
  }

  public static String fieldName(int field) {
    return FIELD_NAMES.get(field);
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
