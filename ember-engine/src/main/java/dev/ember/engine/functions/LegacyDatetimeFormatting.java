package dev.ember.engine.functions;

import java.text.ParsePosition;
import java.text.SimpleDateFormat;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Calendar;
import java.util.Date;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import org.duckdb.DuckDBColumnType;

/**
 * The datetime patterns of Spark's legacy parser policy ({@code spark.sql.legacy.timeParserPolicy=LEGACY}):
 * java.text.SimpleDateFormat, US locale, in the session's zone, as Spark's LegacySimpleTimestampFormatter: strict when
 * it parses (Spark's SIMPLE_DATE_FORMAT), lenient when it writes (LENIENT_SIMPLE_DATE_FORMAT).
 * Its hybrid Julian/Gregorian calendar meets Spark's proleptic one through the local date and time, as Spark's
 * toJavaTimestamp and fromJavaTimestamp rebase them. Values travel as local microseconds (a TIMESTAMP's epoch
 * microseconds in UTC).
 */
final class LegacyDatetimeFormatting {
  /** {@code ember_legacy_parse(text, pattern, zone)}: local microseconds, NULL when SimpleDateFormat cannot parse. */
  static final JavaFunction PARSE = JavaFunction.of("ember_legacy_parse", List.of(DuckDBColumnType.VARCHAR,
      DuckDBColumnType.VARCHAR, DuckDBColumnType.VARCHAR), DuckDBColumnType.BIGINT,
      arguments -> arguments[0] == null || arguments[1] == null ? null
          : parse((String) arguments[0], (String) arguments[1], (String) arguments[2]));
  /** {@code ember_legacy_date_format(epoch microseconds, pattern, zone)}. */
  static final JavaFunction FORMAT = JavaFunction.of("ember_legacy_date_format", List.of(DuckDBColumnType.BIGINT,
      DuckDBColumnType.VARCHAR, DuckDBColumnType.VARCHAR), DuckDBColumnType.VARCHAR,
      arguments -> arguments[0] == null || arguments[1] == null ? null
          : format((Long) arguments[0], (String) arguments[1], (String) arguments[2]));

  private LegacyDatetimeFormatting() {
  }

  private static SimpleDateFormat formatter(String pattern, TimeZone zone, boolean lenient) {
    SimpleDateFormat format = new SimpleDateFormat(pattern, Locale.US);
    format.setTimeZone(zone);
    format.setLenient(lenient);
    return format;
  }

  static Long parse(String text, String pattern, String zoneName) {
    TimeZone zone = TimeZone.getTimeZone(ZoneId.of(zoneName));
    Date parsed = formatter(pattern, zone, false).parse(text, new ParsePosition(0));
    if (parsed == null) {
      return null;
    }
    GregorianCalendar calendar = new GregorianCalendar(zone, Locale.US);
    calendar.setTime(parsed);
    int year = calendar.get(Calendar.ERA) == GregorianCalendar.BC ? 1 - calendar.get(Calendar.YEAR)
        : calendar.get(Calendar.YEAR);
    LocalDateTime local = LocalDateTime.of(year, calendar.get(Calendar.MONTH) + 1,
        calendar.get(Calendar.DAY_OF_MONTH), calendar.get(Calendar.HOUR_OF_DAY), calendar.get(Calendar.MINUTE),
        calendar.get(Calendar.SECOND), calendar.get(Calendar.MILLISECOND) * 1_000_000);
    Instant asUtc = local.toInstant(ZoneOffset.UTC);
    return Math.addExact(Math.multiplyExact(asUtc.getEpochSecond(), 1_000_000L), asUtc.getNano() / 1_000L);
  }

  static String format(long micros, String pattern, String zoneName) {
    ZoneId zoneId = ZoneId.of(zoneName);
    TimeZone zone = TimeZone.getTimeZone(zoneId);
    LocalDateTime local = LocalDateTime.ofInstant(Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L),
        Math.floorMod(micros, 1_000_000L) * 1_000L), zoneId);
    GregorianCalendar calendar = new GregorianCalendar(zone, Locale.US);
    calendar.clear();
    int year = local.getYear();
    calendar.set(Calendar.ERA, year <= 0 ? GregorianCalendar.BC : GregorianCalendar.AD);
    calendar.set(year <= 0 ? 1 - year : year, local.getMonthValue() - 1, local.getDayOfMonth(), local.getHour(),
        local.getMinute(), local.getSecond());
    calendar.set(Calendar.MILLISECOND, local.getNano() / 1_000_000);
    return formatter(pattern, zone, true).format(calendar.getTime());
  }
}
