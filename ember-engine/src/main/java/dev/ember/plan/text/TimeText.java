package dev.ember.plan.text;

import java.time.DateTimeException;
import java.time.LocalTime;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Spark's text of a time of day ({@code SparkDateTimeUtils.stringToTime}): {@code [T][h]h:[m]m[:[s]s[.fraction]]},
 * surrounding blanks ignored, optionally followed by {@code AM} or {@code PM} (any case) on a 12-hour clock;
 * fraction digits past microseconds are dropped.
 */
public final class TimeText {
  /** Groups: hour, minute, second, fraction, AM/PM. */
  private static final Pattern SYNTAX = Pattern.compile(
      "\\s*T?(\\d{1,2}):(\\d{1,2})(?::(\\d{1,2})(?:\\.(\\d{0,9}))?)?\\s*([AaPp][Mm])?\\s*");

  private TimeText() {
  }

  /** The time the text names, or empty when Spark reads none. */
  public static Optional<LocalTime> parse(String text) {
    Matcher matcher = SYNTAX.matcher(text);
    if (!matcher.matches()) {
      return Optional.empty();
    }
    int hour = Integer.parseInt(matcher.group(1));
    String meridiem = matcher.group(5);
    if (meridiem != null) {
      if (hour < 1 || hour > 12) {
        return Optional.empty();
      }
      boolean pm = meridiem.toUpperCase(Locale.ROOT).equals("PM");
      hour = pm ? (hour == 12 ? 12 : hour + 12) : (hour == 12 ? 0 : hour);
    }
    String fraction = matcher.group(4) == null ? "" : matcher.group(4);
    int micros = fraction.isEmpty() ? 0 : Integer.parseInt((fraction + "000000").substring(0, 6));
    try {
      return Optional.of(LocalTime.of(hour, Integer.parseInt(matcher.group(2)),
          matcher.group(3) == null ? 0 : Integer.parseInt(matcher.group(3)), micros * 1000));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }
}
