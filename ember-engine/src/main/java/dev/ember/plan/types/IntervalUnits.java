package dev.ember.plan.types;

import java.util.Map;

/**
 * The units of Spark's multi-unit interval strings ({@code 1 hour 30 minutes}) and the calendar interval field each
 * adds to: years and months to months, weeks and days to days, the rest to microseconds.
 */
public final class IntervalUnits {
  /** The field of a calendar interval a unit adds to. */
  public enum Field { MONTHS, DAYS, MICROSECONDS }

  /** A unit: the field it adds to and how many of that field's units one of it is. */
  public record Unit(Field field, long scale) {
  }

  public static final Map<String, Unit> UNITS = Map.of(
      "year", new Unit(Field.MONTHS, 12), "month", new Unit(Field.MONTHS, 1),
      "week", new Unit(Field.DAYS, 7), "day", new Unit(Field.DAYS, 1),
      "hour", new Unit(Field.MICROSECONDS, 3_600_000_000L), "minute", new Unit(Field.MICROSECONDS, 60_000_000L),
      "second", new Unit(Field.MICROSECONDS, 1_000_000L), "millisecond", new Unit(Field.MICROSECONDS, 1_000L),
      "microsecond", new Unit(Field.MICROSECONDS, 1L));

  private IntervalUnits() {
  }
}
