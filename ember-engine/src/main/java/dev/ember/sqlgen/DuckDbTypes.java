package dev.ember.sqlgen;

import dev.ember.plan.types.ArrayType;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.DataType;
import dev.ember.plan.types.DayTimeIntervalType;
import dev.ember.plan.types.DecimalType;
import dev.ember.plan.types.YearMonthIntervalType;
import dev.ember.plan.types.MapType;
import dev.ember.plan.types.StructType;
import java.util.stream.Collectors;

/**
 * The DuckDB type that holds a Spark type's values. Intervals are held as Spark holds them: a day-time
 * interval as its microseconds (BIGINT), a year-month interval as its months (INTEGER), a calendar
 * interval as DuckDB's INTERVAL (months, days and microseconds, like Spark's CalendarInterval).
 */
public final class DuckDbTypes {
  private DuckDbTypes() {
  }

  public static String of(DataType type) {
    if (type instanceof AtomicType atomic) {
      return switch (atomic) {
        case NULL -> "INTEGER";
        case BOOLEAN -> "BOOLEAN";
        case BYTE -> "TINYINT";
        case SHORT -> "SMALLINT";
        case INTEGER -> "INTEGER";
        case LONG -> "BIGINT";
        case FLOAT -> "FLOAT";
        case DOUBLE -> "DOUBLE";
        case STRING -> "VARCHAR";
        case BINARY -> "BLOB";
        case DATE -> "DATE";
        case TIMESTAMP -> "TIMESTAMPTZ";
        case TIMESTAMP_NTZ -> "TIMESTAMP";
        case CALENDAR_INTERVAL -> "INTERVAL";
      };
    }
    if (type instanceof DayTimeIntervalType) {
      return "BIGINT";
    }
    if (type instanceof YearMonthIntervalType) {
      return "INTEGER";
    }
    if (type instanceof DecimalType decimal) {
      return "DECIMAL(" + decimal.precision() + "," + decimal.scale() + ")";
    }
    if (type instanceof ArrayType array) {
      return of(array.elementType()) + "[]";
    }
    if (type instanceof MapType map) {
      return "MAP(" + of(map.keyType()) + ", " + of(map.valueType()) + ")";
    }
    if (type instanceof dev.ember.plan.types.SpatialType spatial) {
      return of(spatial.physical());
    }
    if (type instanceof StructType struct) {
      return struct.fields().stream()
          .map(field -> SqlRenderer.identifier(field.name()) + " " + of(field.dataType()))
          .collect(Collectors.joining(", ", "STRUCT(", ")"));
    }
    throw new IllegalStateException("unexpected " + type);

  }
}
