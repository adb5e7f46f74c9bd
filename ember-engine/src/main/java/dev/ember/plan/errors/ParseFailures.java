package dev.ember.plan.errors;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;

/**
 * The messages Spark's java.time based parser gives for a string that does not match a datetime
 * pattern, or for an impossible date: Spark reports java.time's own message text, so Ember asks
 * java.time the same question.
 */
final class ParseFailures {
  private ParseFailures() {
  }

  /** e.g. {@code Text '2024-03-05' could not be parsed at index 2}. */
  static String message(String sparkPattern, String text) {
    DateTimeFormatter formatter;
    try {
      formatter = new DateTimeFormatterBuilder().parseCaseInsensitive()
          .appendPattern(sparkPattern.replace('y', 'u')).toFormatter(Locale.US)
          .withResolverStyle(ResolverStyle.STRICT);
    } catch (IllegalArgumentException unusable) {
      return "Text '" + text + "' could not be parsed";
    }
    java.time.temporal.TemporalAccessor parsed;
    try {
      parsed = formatter.parse(text);
    } catch (DateTimeParseException failure) {
      return failure.getMessage();
    }
    return withoutYear(parsed).orElse("Text '" + text + "' could not be parsed");
  }

  /** A month and day read without a year: Spark takes the year 1970, in which February 29 does not exist. */
  private static java.util.Optional<String> withoutYear(java.time.temporal.TemporalAccessor parsed) {
    if (parsed.isSupported(java.time.temporal.ChronoField.YEAR)
        || !parsed.isSupported(java.time.temporal.ChronoField.MONTH_OF_YEAR)
        || !parsed.isSupported(java.time.temporal.ChronoField.DAY_OF_MONTH)) {
      return java.util.Optional.empty();
    }
    try {
      LocalDate.of(1970, parsed.get(java.time.temporal.ChronoField.MONTH_OF_YEAR),
          parsed.get(java.time.temporal.ChronoField.DAY_OF_MONTH));
      return java.util.Optional.empty();
    } catch (DateTimeException failure) {
      return java.util.Optional.of(failure.getMessage());
    }
  }

  /** e.g. {@code Invalid date 'February 29' as '2023' is not a leap year}. */
  static String invalidDate(String year, String month, String day) {
    try {
      LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
      return "Invalid date";
    } catch (DateTimeException failure) {
      return failure.getMessage();
    }
  }

  /** java.time's complaint about a timestamp's fields, e.g. {@code Invalid value for HourOfDay (valid values 0 - 23): 24}. */
  static String invalidTimestamp(java.util.List<String> fields) {
    int[] values = fields.stream().mapToInt(Integer::parseInt).toArray();
    try {
      java.time.LocalDateTime.of(values[0], values[1], values[2], values[3], values[4], values[5]);
      return "Invalid timestamp";
    } catch (DateTimeException failure) {
      return failure.getMessage();
    }
  }
}
