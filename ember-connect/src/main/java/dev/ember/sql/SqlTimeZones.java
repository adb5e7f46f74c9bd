package dev.ember.sql;

import dev.ember.plan.expressions.Literal;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Map;
import org.apache.spark.sql.catalyst.parser.SqlBaseParser;

/**
 * {@code SET TIME ZONE 'zone' | LOCAL | INTERVAL ...}: the value of spark.sql.session.timeZone, an interval as
 * the offset it stands for (at most 18 hours, whole seconds), as Spark's parser reads it.
 */
final class SqlTimeZones {
  private static final long MAX_SECONDS = 18 * 3600;

  private SqlTimeZones() {
  }

  static String value(ExpressionBuilder builder, SqlBaseParser.SetTimeZoneContext zone) {
    if (zone.interval() != null) {
      Literal interval = SqlIntervals.literal(builder, zone.interval());
      if (!(interval.value() instanceof Duration duration) || duration.toNanos() % 1_000_000_000L != 0
          || Math.abs(duration.getSeconds()) > MAX_SECONDS) {
        throw SqlIntervalStrings.parseError("INVALID_INTERVAL_FORMAT.TIMEZONE_INTERVAL_OUT_OF_RANGE", "22006",
            "Error parsing '" + builder.source(zone.interval()) + "' to interval. The interval value must be in the "
                + "range of [-18, +18] hours with second precision.",
            Map.of("input", builder.source(zone.interval())));
      }
      return ZoneOffset.ofTotalSeconds((int) duration.getSeconds()).toString();
    }
    if (zone.timezone() != null) {
      return zone.timezone().LOCAL() != null ? java.util.TimeZone.getDefault().getID()
          : SqlLiterals.string(zone.timezone().stringLit());
    }
    throw SqlIntervalStrings.parseError("_LEGACY_ERROR_TEMP_0045", null, "Invalid time zone displacement value.",
        Map.of());
  }
}
