package dev.ember.engine;

import dev.ember.plan.types.CalendarInterval;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads DuckDB's text of an INTERVAL (what its JDBC driver returns), e.g. {@code 1 year 2 months -3 days -01:02:03.5}. */
final class DuckDbIntervals {
  private static final Pattern TEXT = Pattern.compile("^(?:(-?\\d+) years? ?)?(?:(-?\\d+) mons? ?)?(?:(-?\\d+) months? ?)?"
      + "(?:(-?\\d+) days? ?)?(?:(-?)(\\d+):(\\d{2}):(\\d{2})(?:\\.(\\d{1,6}))?)?$");

  private DuckDbIntervals() {
  }

  static CalendarInterval parse(String text) {
    Matcher matcher = TEXT.matcher(text.trim());
    if (!matcher.matches()) {
      throw new IllegalStateException("unexpected DuckDB interval text: " + text);
    }
    int months = Math.addExact(Math.multiplyExact(number(matcher.group(1)), 12),
        number(matcher.group(2)) + number(matcher.group(3)));
    long micros = 0;
    if (matcher.group(6) != null) {
      String fraction = matcher.group(9) == null ? "" : matcher.group(9);
      micros = (Long.parseLong(matcher.group(6)) * 3600 + Long.parseLong(matcher.group(7)) * 60
          + Long.parseLong(matcher.group(8))) * 1_000_000L + Long.parseLong((fraction + "000000").substring(0, 6));
      micros = matcher.group(5).isEmpty() ? micros : -micros;
    }
    return new CalendarInterval(months, number(matcher.group(4)), micros);
  }

  private static int number(String text) {
    return text == null ? 0 : Integer.parseInt(text);
  }
}
