package dev.ember.suites.sql;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.BinaryType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.MapType;
import org.apache.spark.sql.types.StringType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Spark's {@code HiveResult.toHiveString} over rows a Connect client received: {@code NULL} (nested
 * {@code null}), plain decimals, dates, timestamps in the session time zone without trailing zeros,
 * {@code [a,b]} arrays, {@code {k:v}} maps with sorted entries, {@code {"name":value}} structs, strings
 * quoted when nested; a row's values are separated by tabs.
 */
final class HiveResultText {
  private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");

  private final ZoneId zone;
  private final String binaryStyle;

  /**
   * @param zone        the session time zone, also the JVM's (as in {@code SQLQueryTestSuite}), in which
   *                    the client hands over {@code java.sql.Timestamp} values
   * @param binaryStyle {@code spark.sql.binaryOutputStyle}: UTF-8 (also when unset), BASIC, BASE64, HEX or HEX_DISCRETE
   */
  HiveResultText(ZoneId zone, String binaryStyle) {
    this.zone = zone;
    this.binaryStyle = binaryStyle.toUpperCase(java.util.Locale.ROOT);
  }

  /** The same text with timestamps in {@code sessionZone} (after {@code SET TIME ZONE}, as Spark's HiveResult). */
  HiveResultText inZone(ZoneId sessionZone) {
    return sessionZone.equals(zone) ? this : new HiveResultText(sessionZone, binaryStyle);
  }

  String row(Row row, StructType schema) {
    List<String> values = new ArrayList<>();
    for (int i = 0; i < schema.fields().length; i++) {
      values.add(value(row.get(i), schema.fields()[i].dataType(), false));
    }
    return String.join("\t", values);
  }

  String value(Object value, DataType type, boolean nested) {
    if (value == null) {
      return nested ? "null" : "NULL";
    }
    if (value instanceof BigDecimal decimal) {
      return decimal.toPlainString();
    }
    if (value instanceof Date date) {
      return localFields(date, ZoneId.systemDefault()).toLocalDate().toString();
    }
    if (value instanceof LocalDate date) {
      return date.toString();
    }
    if (value instanceof Timestamp timestamp) {
      // the client rebases the instant to the hybrid calendar in the JVM's zone: its local fields are Spark's
      return timestamp(localFields(timestamp, zone).withNano(timestamp.getNanos()));
    }
    if (value instanceof Instant instant) {
      return timestamp(instant.atZone(zone).toLocalDateTime());
    }
    if (value instanceof LocalDateTime local) {
      return timestamp(local);
    }
    if (value instanceof java.time.Period period) {
      long months = period.toTotalMonths();
      // periodToMonths(period, endField): a YEAR interval keeps whole years
      boolean yearsOnly = type instanceof org.apache.spark.sql.types.YearMonthIntervalType interval
          && interval.endField() == org.apache.spark.sql.types.YearMonthIntervalType.YEAR();
      return yearMonth(yearsOnly ? months - months % 12 : months);
    }
    if (value instanceof java.time.Duration duration) {
      return dayTime(type instanceof org.apache.spark.sql.types.DayTimeIntervalType interval
          ? truncated(duration, interval.endField()) : duration);
    }
    if (value instanceof java.time.LocalTime time) {
      String text = String.format("%02d:%02d:%02d", time.getHour(), time.getMinute(), time.getSecond());
      return time.getNano() == 0 ? text : text + "." + String.format("%09d", time.getNano()).replaceAll("0+$", "");
    }
    if (value instanceof byte[] bytes && type instanceof BinaryType) {
      return binary(bytes);
    }
    if (value instanceof String text) {
      return nested && type instanceof StringType ? "\"" + text + "\"" : text;
    }
    if (value instanceof org.apache.spark.sql.types.Geometry geometry) {
      // Spark's Geometry.toEwkt: the WKT alone for SRID 0
      String text = (geometry.getSrid() == 0 ? "" : "SRID=" + geometry.getSrid() + ";") + wkt(geometry.getBytes());
      return nested ? "\"" + text + "\"" : text;
    }
    if (value instanceof org.apache.spark.sql.types.Geography geography) {
      String text = "SRID=" + geography.getSrid() + ";" + wkt(geography.getBytes());
      return nested ? "\"" + text + "\"" : text;
    }
    if (value instanceof Row struct && type instanceof StructType structType) {
      List<String> fields = new ArrayList<>();
      StructField[] declared = structType.fields();
      for (int i = 0; i < declared.length; i++) {
        fields.add("\"" + declared[i].name() + "\":" + value(struct.get(i), declared[i].dataType(), true));
      }
      return "{" + String.join(",", fields) + "}";
    }
    if (value instanceof scala.collection.Map<?, ?> map && type instanceof MapType mapType) {
      List<String> entries = new ArrayList<>();
      scala.collection.Iterator<?> iterator = map.iterator();
      while (iterator.hasNext()) {
        scala.Tuple2<?, ?> entry = (scala.Tuple2<?, ?>) iterator.next();
        entries.add(value(entry._1(), mapType.keyType(), true) + ":" + value(entry._2(), mapType.valueType(), true));
      }
      entries.sort(null);
      return "{" + String.join(",", entries) + "}";
    }
    if (value instanceof scala.collection.Iterable<?> elements && type instanceof ArrayType arrayType) {
      List<String> items = new ArrayList<>();
      scala.collection.Iterator<?> iterator = elements.iterator();
      while (iterator.hasNext()) {
        items.add(value(iterator.next(), arrayType.elementType(), true));
      }
      return "[" + String.join(",", items) + "]";
    }
    return value.toString();
  }

  private String binary(byte[] bytes) {
    return switch (binaryStyle) {
      case "BASIC" -> {
        List<String> values = new ArrayList<>();
        for (byte b : bytes) {
          values.add(Byte.toString(b));
        }
        yield "[" + String.join(", ", values) + "]";
      }
      case "BASE64" -> java.util.Base64.getEncoder().withoutPadding().encodeToString(bytes);
      case "HEX" -> java.util.HexFormat.of().withUpperCase().formatHex(bytes);
      case "HEX_DISCRETE" -> "[" + java.util.HexFormat.ofDelimiter(" ").withUpperCase().formatHex(bytes) + "]";
      default -> new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
    };
  }

  /** durationToMicros(duration, endField): a DAY, HOUR or MINUTE interval drops the smaller units. */
  private static java.time.Duration truncated(java.time.Duration duration, byte endField) {
    java.time.temporal.ChronoUnit unit = switch (endField) {
      case 0 -> java.time.temporal.ChronoUnit.DAYS;
      case 1 -> java.time.temporal.ChronoUnit.HOURS;
      case 2 -> java.time.temporal.ChronoUnit.MINUTES;
      default -> null;
    };
    if (unit == null) {
      return duration;
    }
    // toward zero, as Spark's integer division of the microseconds
    java.time.Duration whole = duration.abs().truncatedTo(unit);
    return duration.isNegative() ? whole.negated() : whole;
  }

  /**
   * The calendar fields of a value the client rebased into the hybrid Julian calendar in the JVM's
   * zone, read in {@code zone}: they are Spark's proleptic fields, the era included (year 0 and before are BC years).
   */
  private static LocalDateTime localFields(java.util.Date value, ZoneId zone) {
    java.util.GregorianCalendar calendar = new java.util.GregorianCalendar(java.util.TimeZone.getTimeZone(zone));
    calendar.setTime(value);
    int year = calendar.get(java.util.Calendar.YEAR);
    if (calendar.get(java.util.Calendar.ERA) == java.util.GregorianCalendar.BC) {
      year = 1 - year;
    }
    return LocalDateTime.of(year, calendar.get(java.util.Calendar.MONTH) + 1, calendar.get(java.util.Calendar.DAY_OF_MONTH),
        calendar.get(java.util.Calendar.HOUR_OF_DAY), calendar.get(java.util.Calendar.MINUTE),
        calendar.get(java.util.Calendar.SECOND));
  }

  /** Hive style: {@code [-]years-months}. */
  private static String yearMonth(long months) {
    String sign = months < 0 ? "-" : "";
    long absolute = Math.abs(months);
    return sign + absolute / 12 + "-" + absolute % 12;
  }

  /** Hive style: {@code [-]days hh:mm:ss.nnnnnnnnn}. */
  private static String dayTime(java.time.Duration duration) {
    String sign = duration.isNegative() ? "-" : "";
    java.time.Duration absolute = duration.abs();
    long seconds = absolute.getSeconds();
    return String.format("%s%d %02d:%02d:%02d.%09d", sign, seconds / 86_400, seconds % 86_400 / 3600,
        seconds % 3600 / 60, seconds % 60, absolute.getNano());
  }

  /** Seconds, then the fraction without trailing zeros (none when zero), as Spark's fraction formatter. */
  private static String timestamp(LocalDateTime time) {
    String text = SECONDS.format(time);
    int nanos = time.getNano();
    if (nanos == 0) {
      return text;
    }
    String fraction = String.format("%09d", nanos).replaceAll("0+$", "");
    return text + "." + fraction;
  }

  /** The WKT Spark prints for a WKB value (its own reader's model of it). */
  private static String wkt(byte[] wkb) {
    return new org.apache.spark.sql.catalyst.util.geo.WkbReader().read(wkb, 0).toString();
  }
}
