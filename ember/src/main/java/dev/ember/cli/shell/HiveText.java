package dev.ember.cli.shell;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.MapType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import scala.jdk.javaapi.CollectionConverters;

/**
 * A value as Spark's {@code spark-sql} shell prints it (Spark's {@code HiveResult.toHiveString}): NULL on top and
 * null nested, strings quoted when nested, arrays {@code [1,2]}, maps {@code {"k":"v"}} sorted by their text,
 * structs {@code {"a":1}}, decimals plain, timestamps in the session time zone without trailing zero fractions,
 * binary as UTF-8 text, intervals in Hive's style.
 */
final class HiveText {
  private static final DateTimeFormatter TIMESTAMP = new DateTimeFormatterBuilder()
      .appendPattern("yyyy-MM-dd HH:mm:ss").optionalStart()
      .appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd().toFormatter();

  private final ZoneId zone;

  HiveText(ZoneId zone) {
    this.zone = zone;
  }

  /** The values of one row, tab-separated. */
  String line(Row row, StructType schema) {
    StringBuilder line = new StringBuilder();
    StructField[] fields = schema.fields();
    for (int i = 0; i < fields.length; i++) {
      if (i > 0) {
        line.append('\t');
      }
      line.append(text(row.get(i), fields[i].dataType(), false));
    }
    return line.toString();
  }

  String text(Object value, DataType type, boolean nested) {
    if (value == null) {
      return nested ? "null" : "NULL";
    }
    if (value instanceof String string) {
      return nested ? "\"" + string + "\"" : string;
    }
    if (value instanceof BigDecimal decimal) {
      return decimal.toPlainString();
    }
    if (value instanceof byte[] bytes) {
      return new String(bytes, StandardCharsets.UTF_8);
    }
    if (value instanceof java.sql.Date date) {
      return date.toLocalDate().toString();
    }
    if (value instanceof LocalDate date) {
      return date.toString();
    }
    if (value instanceof java.sql.Timestamp timestamp) {
      return TIMESTAMP.format(timestamp.toInstant().atZone(zone).toLocalDateTime());
    }
    if (value instanceof Instant instant) {
      return TIMESTAMP.format(instant.atZone(zone).toLocalDateTime());
    }
    if (value instanceof LocalDateTime local) {
      return TIMESTAMP.format(local);
    }
    if (value instanceof Period period) {
      long months = period.toTotalMonths();
      return (months < 0 ? "-" : "") + Math.abs(months) / 12 + "-" + Math.abs(months) % 12;
    }
    if (value instanceof Duration duration) {
      return dayTime(duration);
    }
    if (value instanceof Row struct && type instanceof StructType structType) {
      List<String> parts = new ArrayList<>();
      StructField[] fields = structType.fields();
      for (int i = 0; i < fields.length; i++) {
        parts.add("\"" + fields[i].name() + "\":" + text(struct.get(i), fields[i].dataType(), true));
      }
      return "{" + String.join(",", parts) + "}";
    }
    if (value instanceof scala.collection.Map<?, ?> map && type instanceof MapType mapType) {
      List<String> parts = new ArrayList<>();
      for (Map.Entry<?, ?> entry : CollectionConverters.asJava(map).entrySet()) {
        parts.add(text(entry.getKey(), mapType.keyType(), true) + ":" + text(entry.getValue(), mapType.valueType(), true));
      }
      parts.sort(null);
      return "{" + String.join(",", parts) + "}";
    }
    if (value instanceof scala.collection.Iterable<?> items && type instanceof ArrayType arrayType) {
      List<String> parts = new ArrayList<>();
      for (Object item : CollectionConverters.asJava(items)) {
        parts.add(text(item, arrayType.elementType(), true));
      }
      return "[" + String.join(",", parts) + "]";
    }
    return value.toString();
  }

  private static String dayTime(Duration duration) {
    String sign = duration.isNegative() ? "-" : "";
    Duration magnitude = duration.abs();
    return String.format("%s%d %02d:%02d:%02d.%09d", sign, magnitude.toDays(), magnitude.toHoursPart(),
        magnitude.toMinutesPart(), magnitude.toSecondsPart(), magnitude.toNanosPart());
  }
}
