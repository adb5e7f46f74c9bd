package dev.ember.sql;

import dev.ember.plan.errors.EmberException;
import dev.ember.plan.errors.ErrorKind;
import dev.ember.plan.types.DayTimeIntervalType;
import dev.ember.plan.types.IntervalFields;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The string of {@code INTERVAL '1-2' YEAR TO MONTH}, {@code INTERVAL '1 02:03:04.5' DAY TO SECOND} and the other
 * day-time pairs, read as Spark reads it (IntervalUtils.fromYearMonthString and castStringToDTInterval): the fields
 * from the first unit to the last with an optional sign (or the whole literal again), each in its range, seconds
 * truncated to microseconds. A string of another shape is Spark's {@code INVALID_INTERVAL_FORMAT}; a field out of
 * its range is Spark's {@code _LEGACY_ERROR_TEMP_0063} (a failed requirement).
 */
final class SqlIntervalStrings {
  private static final long MICROS_PER_SECOND = 1_000_000L;
  private static final long MICROS_PER_MINUTE = 60 * MICROS_PER_SECOND;
  private static final long MICROS_PER_HOUR = 60 * MICROS_PER_MINUTE;
  private static final long MICROS_PER_DAY = 24 * MICROS_PER_HOUR;
  private static final long MAX_DAY = Long.MAX_VALUE / MICROS_PER_DAY;
  private static final long MAX_HOUR = Long.MAX_VALUE / MICROS_PER_HOUR;
  private static final long MAX_MINUTE = Long.MAX_VALUE / MICROS_PER_MINUTE;
  private static final long MAX_SECOND = Long.MAX_VALUE / MICROS_PER_SECOND;
  private static final long MIN_SECOND = Long.MIN_VALUE / MICROS_PER_SECOND;
  private static final String NORMAL = "(\\d{1,2})";
  private static final String MICRO = "(\\.\\d{1,9})?";
  /** The body of each pair's string (after the sign): day, hour, minute and second groups as present. */
  private static final Map<String, String> BODIES = Map.of(
      "year to month", "(\\d+)-(\\d+)",
      "day to hour", "(\\d{1,9}) " + NORMAL,
      "day to minute", "(\\d{1,9}) " + NORMAL + ":" + NORMAL,
      "day to second", "(\\d{1,9}) " + NORMAL + ":" + NORMAL + ":" + NORMAL + MICRO,
      "hour to minute", "(\\d{1,10}):" + NORMAL,
      "hour to second", "(\\d{1,10}):" + NORMAL + ":" + NORMAL + MICRO,
      "minute to second", "(\\d{1,12}):" + NORMAL + MICRO);

  private SqlIntervalStrings() {
  }

  /** Months (YEAR TO MONTH) or microseconds (the day-time pairs) of the string; {@code to} is not {@code from}. */
  static long value(String input, String from, String to) {
    String pair = from + " to " + to;
    String body = BODIES.get(pair);
    if (body == null) {
      throw parseError("INVALID_INTERVAL_FORMAT.UNSUPPORTED_FROM_TO_EXPRESSION", "22006",
          "Error parsing '" + input + "' to interval. Cannot support (interval '" + input + "' " + from + " to " + to
              + ") expression.", Map.of("input", input, "from", from, "to", to));
    }
    String trimmed = SqlIntervalUnits.trimAll(input);
    Matcher plain = Pattern.compile("^([+|-])?" + body + "$").matcher(trimmed);
    Matcher literal = Pattern.compile("(?i)^INTERVAL\\s+([+|-])?'([+|-])?" + body + "'\\s+"
        + pair.toUpperCase(Locale.ROOT).replace(" ", "\\s+") + "$").matcher(trimmed);
    int sign;
    Matcher fields;
    if (plain.matches()) {
      sign = "-".equals(plain.group(1)) ? -1 : 1;
      fields = plain;
    } else if (literal.matches()) {
      sign = "-".equals(literal.group(1)) == "-".equals(literal.group(2)) ? 1 : -1;
      fields = literal;
    } else {
      throw unmatched(input, "interval " + pair, !from.equals("year"));
    }
    int first = fields == plain ? 2 : 3;
    String[] groups = new String[fields.groupCount() - first + 1];
    for (int i = 0; i < groups.length; i++) {
      groups[i] = fields.group(first + i);
    }
    return from.equals("year") ? months(input, groups, sign) : micros(input, from, groups, sign);
  }

  private static long months(String input, String[] groups, int sign) {
    try {
      long years = range("year", groups[0], 0, Integer.MAX_VALUE / 12);
      return Math.toIntExact(sign * (years * 12 + range("month", groups[1], 0, 11)));
    } catch (IllegalArgumentException | ArithmeticException e) {
      throw parseError("INVALID_INTERVAL_FORMAT.INTERVAL_PARSING", "22006", "Error parsing '" + input
          + "' to interval. Error parsing interval year-month string.", Map.of("input", input,
          "interval", "year-month"));
    }
  }

  private static long micros(String input, String from, String[] groups, int sign) {
    long[] maxima = switch (from) {
      case "day" -> new long[] {MAX_DAY, 23, 59};
      case "hour" -> new long[] {MAX_HOUR, 59};
      default -> new long[] {MAX_MINUTE};
    };
    int firstField = dayTimeField(from);
    String[] names = {"day", "hour", "minute"};
    try {
      long micros = 0;
      for (int i = 0; i < groups.length; i++) {
        int field = firstField + i;
        if (field == DayTimeIntervalType.SECOND) {
          String second = groups[i] + (i + 1 < groups.length && groups[i + 1] != null ? groups[i + 1] : "");
          micros = Math.addExact(micros, sign * secondsAndNanos(second));
          break;
        }
        if (groups[i] == null) {
          continue;
        }
        long value = range(names[field], groups[i], 0, maxima[i]);
        micros = Math.addExact(micros, sign * value * IntervalFields.microsPerField(field));
      }
      return micros;
    } catch (IllegalArgumentException | ArithmeticException e) {
      String message = e instanceof IllegalArgumentException ? "requirement failed: " + e.getMessage()
          : e.getMessage();
      throw parseError("_LEGACY_ERROR_TEMP_0063", null, message + ".", Map.of("msg", message));
    }
  }

  /** Spark's parseSecondNano: seconds, then up to nine fractional digits truncated to microseconds. */
  private static long secondsAndNanos(String text) {
    int point = text.indexOf('.');
    long seconds = range("second", point < 0 ? text : text.substring(0, point), MIN_SECOND, MAX_SECOND)
        * MICROS_PER_SECOND;
    if (point < 0) {
      return seconds;
    }
    long nanos = range("nanosecond", (text.substring(point + 1) + "000000000").substring(0, 9), 0, 999_999_999L);
    return Math.addExact(seconds, seconds < 0 ? -nanos / 1000 : nanos / 1000);
  }

  /** DAY, HOUR, MINUTE or SECOND for the unit's name. */
  static int dayTimeField(String unit) {
    return switch (unit) {
      case "day" -> DayTimeIntervalType.DAY;
      case "hour" -> DayTimeIntervalType.HOUR;
      case "minute" -> DayTimeIntervalType.MINUTE;
      default -> DayTimeIntervalType.SECOND;
    };
  }

  private static long range(String field, String text, long min, long max) {
    long value = Long.parseLong(text);
    if (value < min || value > max) {
      throw new IllegalArgumentException(field + " " + value + " outside range [" + min + ", " + max + "]");
    }
    return value;
  }

  private static EmberException unmatched(String input, String typeName, boolean notice) {
    String kind = IntervalFields.kind(typeName);
    String formats = IntervalFields.supportedFormat(typeName);
    return parseError("INVALID_INTERVAL_FORMAT.UNMATCHED_FORMAT_STRING" + (notice ? "_WITH_NOTICE" : ""), "22006",
        "Error parsing '" + input + "' to interval. Interval string does not match " + kind + " format of " + formats
            + " when cast to " + typeName + ": " + input + "." + (notice ? " Set \"spark.sql.legacy.fromDayTimeString"
            + ".enabled\" to \"true\" to restore the behavior before Spark 3.0." : ""),
        Map.of("input", input, "intervalStr", kind, "supportedFormat", formats, "typeName", typeName));
  }

  static EmberException parseError(String errorClass, String sqlState, String message, Map<String, String> params) {
    return new EmberException(ErrorKind.PARSE, errorClass, sqlState, message, params);
  }
}
