package dev.ember.engine.show;

import dev.ember.plan.types.ArrayType;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.DataType;
import dev.ember.plan.types.DecimalType;
import dev.ember.plan.types.IntervalFormat;
import dev.ember.plan.types.MapType;
import dev.ember.plan.types.StructType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/** Renders one value as {@code Dataset.show()} does (Spark's ToPrettyString / cast to string). */
public final class CellFormatter {
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd");

  private final ZoneId timeZone;

  public CellFormatter(ZoneId timeZone) {
    this.timeZone = timeZone;
  }

  public String format(Object value, DataType type) {
    if (type instanceof dev.ember.plan.types.CollatedStringType) {
      return format(value, dev.ember.plan.types.AtomicType.STRING);
    }
    if (value == null) {
      return "NULL";
    }
    if (type.isAnsiInterval() || type == AtomicType.CALENDAR_INTERVAL) {
      return IntervalFormat.of(value, type);
    }
    if (type instanceof AtomicType atomic) {
      return formatAtomic(value, atomic);
    }
    if (type instanceof DecimalType decimal) {
      return ((BigDecimal) value).toPlainString();
    }
    if (type instanceof ArrayType array) {
      return formatArray((List<?>) value, array);
    }
    if (type instanceof MapType map) {
      return formatMap((Map<?, ?>) value, map);
    }
    if (type instanceof StructType struct) {
      return formatStruct((List<?>) value, struct);
    }
    if (type instanceof dev.ember.plan.types.TimeType) {
      return dev.ember.plan.text.LiteralText.time((java.time.LocalTime) value);
    }
    if (type instanceof dev.ember.plan.types.VariantType) {
      List<?> parts = (List<?>) value;
      return new org.apache.spark.types.variant.Variant((byte[]) parts.get(0), (byte[]) parts.get(1)).toJson(timeZone);
    }
    if (type instanceof dev.ember.plan.types.SpatialType) {
      // Spark casts a spatial value to string as its internal BinaryView object's Object.toString
      return "org.apache.spark.unsafe.types.BinaryView@" + Integer.toHexString(System.identityHashCode(value));
    }
    throw new IllegalStateException("unexpected " + type);

  }

  private String formatAtomic(Object value, AtomicType type) {
    return switch (type) {
      case DATE -> DATE.format((LocalDate) value);
      case TIMESTAMP -> dev.ember.plan.text.LiteralText.withFraction(LocalDateTime.ofInstant((Instant) value, timeZone));
      case TIMESTAMP_NTZ -> dev.ember.plan.text.LiteralText.withFraction((LocalDateTime) value);
      case BINARY -> formatBinary((byte[]) value);
      case FLOAT -> formatFloating(((Float) value).doubleValue(), Float.toString((Float) value));
      case DOUBLE -> formatFloating((Double) value, Double.toString((Double) value));
      default -> value.toString();
    };
  }

  private static String formatFloating(double value, String javaText) {
    if (Double.isNaN(value)) {
      return "NaN";
    }
    return javaText;
  }

  private static String formatBinary(byte[] bytes) {
    StringJoiner joiner = new StringJoiner(" ", "[", "]");
    for (byte b : bytes) {
      joiner.add(String.format("%02X", b));
    }
    return joiner.toString();
  }

  private String formatArray(List<?> values, ArrayType type) {
    StringJoiner joiner = new StringJoiner(", ", "[", "]");
    values.forEach(element -> joiner.add(format(element, type.elementType())));
    return joiner.toString();
  }

  private String formatMap(Map<?, ?> values, MapType type) {
    StringJoiner joiner = new StringJoiner(", ", "{", "}");
    values.forEach((key, value) ->
        joiner.add(format(key, type.keyType()) + " -> " + format(value, type.valueType())));
    return joiner.toString();
  }

  private String formatStruct(List<?> values, StructType type) {
    StringJoiner joiner = new StringJoiner(", ", "{", "}");
    for (int i = 0; i < values.size(); i++) {
      joiner.add(format(values.get(i), type.fields().get(i).dataType()));
    }
    return joiner.toString();
  }
}
