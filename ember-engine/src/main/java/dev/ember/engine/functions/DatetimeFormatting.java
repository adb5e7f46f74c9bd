package dev.ember.engine.functions;

import java.time.Instant;
import java.time.ZoneId;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.duckdb.DuckDBColumnType;

/**
 * {@code date_format} for the patterns strftime cannot write (eras, quarters, zone names and offsets, day of year
 * in two digits, years of five digits or more, ...): Spark's own formatter, java.time's DateTimeFormatter built from
 * the pattern as Spark's DateTimeFormatterHelper builds it (US locale, ISO chronology, strict, {@code y} read as
 * {@code u} unless the pattern has an era), over the instant in the session's time zone.
 */
final class DatetimeFormatting {
  /** {@code ember_date_format(epoch microseconds, pattern, zone)}. */
  static final JavaFunction FORMAT = JavaFunction.of("ember_date_format", List.of(DuckDBColumnType.BIGINT,
      DuckDBColumnType.VARCHAR, DuckDBColumnType.VARCHAR), DuckDBColumnType.VARCHAR,
      arguments -> arguments[0] == null || arguments[1] == null ? null
          : format((Long) arguments[0], (String) arguments[1], (String) arguments[2]));

  private static final Map<String, DateTimeFormatter> FORMATTERS = new ConcurrentHashMap<>();

  private DatetimeFormatting() {
  }

  static String format(long micros, String pattern, String zone) {
    DateTimeFormatter formatter = FORMATTERS.computeIfAbsent(pattern, DatetimeFormatting::formatter);
    Instant instant = Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L),
        Math.floorMod(micros, 1_000_000L) * 1_000L);
    return formatter.format(instant.atZone(ZoneId.of(zone)));
  }

  private static DateTimeFormatter formatter(String pattern) {
    return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(withProlepticYears(pattern))
        .toFormatter(Locale.US).withChronology(IsoChronology.INSTANCE).withResolverStyle(ResolverStyle.STRICT);
  }

  /**
   * Spark's convertIncompatiblePattern: outside quoted text, {@code y} (year of era) becomes {@code u} (proleptic
   * year, which has negative years) unless the pattern writes an era ({@code G}).
   */
  private static String withProlepticYears(String pattern) {
    String[] parts = pattern.split("'", -1);
    boolean era = false;
    for (int index = 0; index < parts.length; index += 2) {
      era |= parts[index].indexOf('G') >= 0;
    }
    if (era) {
      return pattern;
    }
    for (int index = 0; index < parts.length; index += 2) {
      parts[index] = parts[index].replace('y', 'u');
    }
    return String.join("'", parts);
  }
}
