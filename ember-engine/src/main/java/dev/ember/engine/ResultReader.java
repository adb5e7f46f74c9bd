package dev.ember.engine;

import dev.ember.plan.types.ArrayType;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.DataType;
import dev.ember.plan.types.DayTimeIntervalType;
import dev.ember.plan.types.DecimalType;
import dev.ember.plan.types.YearMonthIntervalType;
import dev.ember.plan.types.MapType;
import dev.ember.plan.types.StructType;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Blob;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Struct;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads DuckDB JDBC values into Ember's value representation for the Spark type of each column. */
final class ResultReader {
  private ResultReader() {
  }

  /** Up to {@code maxRows} more rows; fewer only at the end of the result. */
  static List<Object[]> readBatch(ResultSet resultSet, StructType schema, int maxRows) throws SQLException {
    int columns = schema.fields().size();
    List<Object[]> rows = new ArrayList<>();
    while (rows.size() < maxRows && resultSet.next()) {
      Object[] row = new Object[columns];
      for (int i = 0; i < columns; i++) {
        row[i] = read(resultSet, i + 1, schema.fields().get(i).dataType());
      }
      rows.add(row);
    }
    return rows;
  }

  private static Object read(ResultSet resultSet, int column, DataType type) throws SQLException {
    if (type instanceof dev.ember.plan.types.CollatedStringType) {
      return read(resultSet, column, dev.ember.plan.types.AtomicType.STRING);
    }
    if (type == AtomicType.DATE) {
      return resultSet.getObject(column, LocalDate.class);
    }
    if (type == AtomicType.TIMESTAMP) {
      OffsetDateTime value = resultSet.getObject(column, OffsetDateTime.class);
      return value == null ? null : value.toInstant();
    }
    if (type == AtomicType.TIMESTAMP_NTZ) {
      return resultSet.getObject(column, LocalDateTime.class);
    }
    if (type instanceof dev.ember.plan.types.TimeType) {
      return resultSet.getObject(column, java.time.LocalTime.class);
    }
    return convert(resultSet.getObject(column), type);
  }

  /** Converts a value DuckDB's driver returned (possibly nested in an array, map or struct). */
  static Object convert(Object value, DataType type) throws SQLException {
    if (type instanceof dev.ember.plan.types.CollatedStringType) {
      return convert(value, dev.ember.plan.types.AtomicType.STRING);
    }
    if (value == null) {
      return null;
    }
    if (type instanceof AtomicType atomic) {
      return convertAtomic(value, atomic);
    }
    if (type instanceof DecimalType decimal) {
      return ((BigDecimal) value).setScale(decimal.scale());
    }
    if (type instanceof dev.ember.plan.types.TimeType) {
      return value instanceof java.sql.Time time ? time.toLocalTime() : value;
    }
    if (type instanceof DayTimeIntervalType) {
      return Duration.of(((Number) value).longValue(), ChronoUnit.MICROS);
    }
    if (type instanceof YearMonthIntervalType) {
      return Period.ofMonths(((Number) value).intValue());
    }
    if (type instanceof ArrayType array) {
      return convertArray(value, array);
    }
    if (type instanceof MapType map) {
      return convertMap(value, map);
    }
    if (type instanceof StructType struct) {
      return convertStruct(value, struct);
    }
    if (type instanceof dev.ember.plan.types.SpatialType spatial) {
      return convertStruct(value, spatial.physical());
    }
    if (type instanceof dev.ember.plan.types.VariantType variant) {
      return convertStruct(value, variant.physical());
    }
    throw new IllegalStateException("unexpected " + type);
  }

  private static Object convertAtomic(Object value, AtomicType type) throws SQLException {
    switch (type) {
      case BYTE:
        return ((Number) value).byteValue();
      case SHORT:
        return ((Number) value).shortValue();
      case INTEGER:
        return ((Number) value).intValue();
      case LONG:
        return ((Number) value).longValue();
      case FLOAT:
        return ((Number) value).floatValue();
      case DOUBLE:
        return ((Number) value).doubleValue();
      case BINARY:
        return value instanceof Blob blob ? blob.getBytes(1, (int) blob.length()) : value;
      case DATE:
        return value instanceof java.sql.Date date ? date.toLocalDate() : value;
      case TIMESTAMP:
        return value instanceof OffsetDateTime time ? time.toInstant() : value;
      case TIMESTAMP_NTZ:
        return value instanceof java.sql.Timestamp time ? time.toLocalDateTime() : value;
      case STRING:
        return value.toString();
      case CALENDAR_INTERVAL:
        return DuckDbIntervals.parse(value.toString());
      default:
        return value;
    }
  }

  private static List<Object> convertArray(Object value, ArrayType type) throws SQLException {
    Object[] elements = value instanceof Array array ? (Object[]) array.getArray() : ((List<?>) value).toArray();
    List<Object> result = new ArrayList<>(elements.length);
    for (Object element : elements) {
      result.add(convert(element, type.elementType()));
    }
    return result;
  }

  private static Map<Object, Object> convertMap(Object value, MapType type) throws SQLException {
    Map<Object, Object> result = new LinkedHashMap<>();
    for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
      result.put(convert(entry.getKey(), type.keyType()), convert(entry.getValue(), type.valueType()));
    }
    return result;
  }

  private static List<Object> convertStruct(Object value, StructType type) throws SQLException {
    Object[] attributes = ((Struct) value).getAttributes();
    List<Object> result = new ArrayList<>(attributes.length);
    for (int i = 0; i < attributes.length; i++) {
      result.add(convert(attributes[i], type.fields().get(i).dataType()));
    }
    return result;
  }
}
