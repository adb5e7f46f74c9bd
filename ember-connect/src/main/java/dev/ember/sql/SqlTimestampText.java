package dev.ember.sql;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;

/**
 * Spark's reading of a timestamp's text ({@code DateTimeUtils.parseTimestampString}):
 * {@code [+-]yyyy*[-[m]m[-[d]d[( |T)[h]h:[m]m[:[s]s[.fraction]][zone]]]]}, the fraction cut to
 * microseconds, the zone {@code Z}, an offset ({@code +h:mm}, {@code UTC+1}, ...) or a region id.
 * A text naming only a time of day (today's date in Spark) is not read.
 */
final class SqlTimestampText {
  /** The wall clock the text names, and its zone when it names one. */
  record Parsed(LocalDateTime local, Optional<ZoneId> zone) {
  }

  private SqlTimestampText() {
  }

  static Optional<Parsed> parse(String text) {
    String trimmed = text.strip();
    if (trimmed.isEmpty()) {
      return Optional.empty();
    }
    int[] segments = {1, 1, 1, 0, 0, 0, 0};
    int segment = 0;
    int value = 0;
    int digits = 0;
    int fractionDigits = 0;
    String zone = null;
    int sign = 1;
    int j = 0;
    if (trimmed.charAt(0) == '-' || trimmed.charAt(0) == '+') {
      sign = trimmed.charAt(0) == '-' ? -1 : 1;
      j++;
    }
    for (; j < trimmed.length() && zone == null; j++) {
      char c = trimmed.charAt(j);
      if (c >= '0' && c <= '9') {
        if (segment == 6) {
          fractionDigits++;
        }
        if (segment != 6 || digits < 6) {
          value = value * 10 + (c - '0');
        }
        digits++;
        continue;
      }
      boolean separator = switch (segment) {
        case 0, 1 -> c == '-';
        case 2 -> c == ' ' || c == 'T';
        case 3, 4 -> c == ':';
        case 5 -> c == '.';
        default -> false;
      };
      if (!separator && segment < 5 || !validDigits(segment, digits)) {
        return Optional.empty();
      }
      segments[segment] = value;
      value = 0;
      digits = 0;
      if (separator) {
        segment++;
      } else {
        zone = trimmed.substring(j);
        segment = 7;
      }
    }
    if (zone == null) {
      if (!validDigits(segment, digits)) {
        return Optional.empty();
      }
      segments[segment] = value;
    }
    int micros = segments[6];
    for (int i = fractionDigits; i < 6; i++) {
      micros *= 10;
    }
    try {
      Optional<ZoneId> zoneId = zone == null ? Optional.empty() : Optional.of(zoneId(zone.strip()));
      LocalDateTime local = LocalDateTime.of(LocalDate.of(sign * segments[0], segments[1], segments[2]),
          LocalTime.of(segments[3], segments[4], segments[5], micros * 1000));
      return Optional.of(new Parsed(local, zoneId));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  private static boolean validDigits(int segment, int digits) {
    return segment == 6 || segment == 0 && digits >= 4 && digits <= 6
        || segment != 0 && segment < 6 && digits > 0 && digits <= 2;
  }

  /** Spark's {@code getZoneId}: one-digit hours of an offset padded, the short ids of java.time. */
  static ZoneId zoneId(String zone) {
    String padded = zone.replaceFirst("(\\+|\\-)(\\d):", "$10$2:").replaceFirst("(\\+|\\-)(\\d\\d):(\\d)$", "$1$2:0$3");
    return ZoneId.of(padded, ZoneId.SHORT_IDS);
  }
}
