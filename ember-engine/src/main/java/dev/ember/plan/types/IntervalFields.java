package dev.ember.plan.types;

import java.util.List;
import java.util.Map;

/** Facts about the fields of ANSI interval types: units, names and the string syntaxes Spark reads. */
public final class IntervalFields {
  private static final long[] MICROS_PER_FIELD = {IntervalFormat.MICROS_PER_DAY, IntervalFormat.MICROS_PER_HOUR,
      IntervalFormat.MICROS_PER_MINUTE, IntervalFormat.MICROS_PER_SECOND};
  /** The body of each type's string syntax, as Spark's IntervalUtils.supportedFormat names it. */
  private static final Map<String, String> BODIES = Map.ofEntries(
      Map.entry("interval year to month", "y-m"), Map.entry("interval year", "y"), Map.entry("interval month", "m"),
      Map.entry("interval day", "d"), Map.entry("interval day to hour", "d h"),
      Map.entry("interval day to minute", "d h:m"), Map.entry("interval day to second", "d h:m:s.n"),
      Map.entry("interval hour", "h"), Map.entry("interval hour to minute", "h:m"),
      Map.entry("interval hour to second", "h:m:s.n"), Map.entry("interval minute", "m"),
      Map.entry("interval minute to second", "m:s.n"), Map.entry("interval second", "s.n"));

  private IntervalFields() {
  }

  public static long microsPerField(int dayTimeField) {
    return MICROS_PER_FIELD[dayTimeField];
  }

  /** The value of one unit of a single-field interval type, in the type's representation (micros or months). */
  public static long unit(DataType type) {
    if (type instanceof DayTimeIntervalType dayTime) {
      return microsPerField(dayTime.endField());
    }
    return ((YearMonthIntervalType) type).endField() == YearMonthIntervalType.YEAR ? 12 : 1;
  }

  public static boolean singleField(DataType type) {
    return type instanceof DayTimeIntervalType dayTime && dayTime.startField() == dayTime.endField()
        || type instanceof YearMonthIntervalType yearMonth && yearMonth.startField() == yearMonth.endField();
  }

  public static String typeName(DataType type) {
    return type.simpleString();
  }

  /** {@code day-time} or {@code year-month}, for a type's simple name. */
  public static String kind(String typeName) {
    return typeName.contains("year") || typeName.endsWith("month") ? "year-month" : "day-time";
  }

  /** Spark's supportedFormat parameter: {@code `[+|-]d h:m:s.n`, `INTERVAL [+|-]'[+|-]d h:m:s.n' DAY TO SECOND`}. */
  public static String supportedFormat(String typeName) {
    String body = BODIES.get(typeName);
    String qualifier = typeName.substring("interval ".length()).toUpperCase(java.util.Locale.ROOT);
    return String.join(", ", List.of("`[+|-]" + body + "`", "`INTERVAL [+|-]'[+|-]" + body + "' " + qualifier + "`"));
  }
}
