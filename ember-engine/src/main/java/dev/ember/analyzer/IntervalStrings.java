package dev.ember.analyzer;

import dev.ember.plan.types.CalendarInterval;
import dev.ember.plan.types.IntervalUnits;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Spark's multi-unit interval strings ({@code 10 minutes}, {@code interval 1 hour 30 minutes}, {@code -1 day}) read
 * as a calendar interval: years and months as months, weeks and days as days, the rest as microseconds.
 */
final class IntervalStrings {
  private static final Pattern PART = Pattern.compile("\\s*([+-]?\\d+)\\s*([a-z]+)\\s*");

  private IntervalStrings() {
  }

  /** The interval the text holds, or empty when Spark cannot parse it. */
  static Optional<CalendarInterval> parse(String text) {
    String interval = text.toLowerCase(Locale.ROOT).trim().replaceFirst("^interval\\s+", "");
    Matcher part = PART.matcher(interval);
    long months = 0;
    long days = 0;
    long micros = 0;
    int end = 0;
    try {
      while (part.find() && part.start() == end) {
        IntervalUnits.Unit unit = IntervalUnits.UNITS.get(part.group(2).replaceFirst("s$", ""));
        if (unit == null) {
          return Optional.empty();
        }
        long value = Math.multiplyExact(Long.parseLong(part.group(1)), unit.scale());
        if (unit.field() == IntervalUnits.Field.MONTHS) {
          months = Math.addExact(months, value);
        } else if (unit.field() == IntervalUnits.Field.DAYS) {
          days = Math.addExact(days, value);
        } else {
          micros = Math.addExact(micros, value);
        }
        end = part.end();
      }
      if (end != interval.length() || end == 0) {
        return Optional.empty();
      }
      return Optional.of(new CalendarInterval(Math.toIntExact(months), Math.toIntExact(days), micros));
    } catch (ArithmeticException | NumberFormatException overflow) {
      return Optional.empty();
    }
  }
}
