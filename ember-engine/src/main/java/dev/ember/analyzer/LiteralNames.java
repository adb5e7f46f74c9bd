package dev.ember.analyzer;

import dev.ember.plan.expressions.Literal;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.DecimalType;
import dev.ember.plan.types.IntervalFormat;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** How Spark prints a literal inside an output column name ({@code usePrettyExpression}). */
final class LiteralNames {
  private LiteralNames() {
  }

  /** Like {@link #pretty(Literal)}, with timestamps written in the session time zone as Spark does. */
  static String pretty(Literal literal, ZoneId timeZone) {
    if (literal.value() instanceof Instant instant && literal.dataType() == AtomicType.TIMESTAMP) {
      return "TIMESTAMP '" + dev.ember.plan.text.LiteralText.withFraction(LocalDateTime.ofInstant(instant, timeZone)) + "'";
    }
    if (literal.value() instanceof LocalDateTime local && literal.dataType() == AtomicType.TIMESTAMP_NTZ) {
      return "TIMESTAMP_NTZ '" + dev.ember.plan.text.LiteralText.withFraction(local) + "'";
    }
    return pretty(literal);
  }

  static String pretty(Literal literal) {
    Object value = literal.value();
    if (value == null) {
      return "NULL";
    }
    if (literal.dataType() == AtomicType.STRING || literal.dataType().isNumeric()) {
      if (literal.dataType() instanceof DecimalType) {
        // Spark's Decimal.toString is java.math.BigDecimal's: 1.2345678E-8 for small values
        return value.toString();
      }
      return value.toString();
    }
    if (literal.dataType() == AtomicType.DATE) {
      return "DATE '" + value + "'";
    }
    if (value instanceof java.time.LocalTime time) {
      return "TIME '" + dev.ember.plan.text.LiteralText.time(time) + "'";
    }
    if (literal.dataType() == AtomicType.BOOLEAN) {
      return value.toString();
    }
    if (literal.dataType().isAnsiInterval() || literal.dataType() == AtomicType.CALENDAR_INTERVAL) {
      return IntervalFormat.of(value, literal.dataType());
    }
    if (value instanceof byte[] bytes) {
      return "X'" + java.util.HexFormat.of().withUpperCase().formatHex(bytes) + "'";
    }
    if (literal.dataType() instanceof dev.ember.plan.types.ArrayType
        || literal.dataType() instanceof dev.ember.plan.types.MapType
        || literal.dataType() instanceof dev.ember.plan.types.StructType) {
      return complex(value, literal.dataType());
    }
    return value.toString();
  }

  /**
   * Spark's {@code Literal.sql} of an array, map or struct value: {@code ARRAY(1L, 2L)}, {@code MAP('a', 1)},
   * {@code NAMED_STRUCT('i', 1)}, a NULL inside written {@code CAST(NULL AS INT)}.
   */
  private static String complex(Object value, dev.ember.plan.types.DataType type) {
    List<String> parts = new ArrayList<>();
    if (type instanceof dev.ember.plan.types.ArrayType array) {
      for (Object element : (List<?>) value) {
        parts.add(nested(element, array.elementType()));
      }
      return "ARRAY(" + String.join(", ", parts) + ")";
    }
    if (type instanceof dev.ember.plan.types.MapType map) {
      for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
        parts.add(nested(entry.getKey(), map.keyType()));
        parts.add(nested(entry.getValue(), map.valueType()));
      }
      return "MAP(" + String.join(", ", parts) + ")";
    }
    List<?> fields = (List<?>) value;
    List<dev.ember.plan.types.StructField> structFields = ((dev.ember.plan.types.StructType) type).fields();
    for (int i = 0; i < structFields.size(); i++) {
      parts.add(sql(Literal.of(structFields.get(i).name())));
      parts.add(nested(fields.get(i), structFields.get(i).dataType()));
    }
    return "NAMED_STRUCT(" + String.join(", ", parts) + ")";
  }

  private static String nested(Object value, dev.ember.plan.types.DataType type) {
    return value == null ? "CAST(NULL AS " + type.sql() + ")" : sql(new Literal(value, type));
  }

  /** Spark's {@code Literal.sql}: how a literal appears in error messages ({@code 'a'}, {@code 1L}, {@code NULL}). */
  /** Like {@link #sql(Literal)}, with timestamps written in the session time zone. */
  static String sql(Literal literal, ZoneId timeZone) {
    if (literal.dataType() == AtomicType.TIMESTAMP || literal.dataType() == AtomicType.TIMESTAMP_NTZ) {
      return pretty(literal, timeZone);
    }
    return sql(literal);
  }

  static String sql(Literal literal) {
    Object value = literal.value();
    if (value == null) {
      return "NULL";
    }
    if (literal.dataType() instanceof DecimalType) {
      return value + "BD";
    }
    if (!(literal.dataType() instanceof AtomicType atomic)) {
      return pretty(literal);
    }
    return switch (atomic) {
      case STRING -> "'" + ((String) value).replace("\\", "\\\\").replace("'", "\\'") + "'";
      case LONG -> value + "L";
      case SHORT -> value + "S";
      case BYTE -> value + "Y";
      case DOUBLE -> sqlDouble((Double) value, "D");
      case FLOAT -> sqlDouble(((Float) value).doubleValue(), "F");
      default -> pretty(literal);
    };
  }

  private static String sqlDouble(double value, String suffix) {
    if (Double.isNaN(value)) {
      return "CAST('NaN' AS " + (suffix.equals("D") ? "DOUBLE" : "FLOAT") + ")";
    }
    if (Double.isInfinite(value)) {
      return "CAST('" + (value > 0 ? "Infinity" : "-Infinity") + "' AS " + (suffix.equals("D") ? "DOUBLE" : "FLOAT") + ")";
    }
    return (suffix.equals("D") ? Double.toString(value) : Float.toString((float) value)) + suffix;
  }
}
