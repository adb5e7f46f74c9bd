package dev.ember.sqlgen;

import dev.ember.plan.types.ArrayType;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.DataType;
import dev.ember.plan.types.DayTimeIntervalType;
import dev.ember.plan.types.DecimalType;
import dev.ember.plan.types.YearMonthIntervalType;
import dev.ember.plan.types.MapType;
import dev.ember.plan.types.StructType;
import java.util.List;
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
    if (type instanceof dev.ember.plan.types.CollatedStringType) {
      return "VARCHAR";
    }
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
    if (type instanceof dev.ember.plan.types.TimeType) {
      return "TIME";
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
    if (type instanceof dev.ember.plan.types.VariantType variant) {
      return of(variant.physical());
    }
    if (type instanceof StructType struct) {
      List<String> names = fieldNames(struct);
      return java.util.stream.IntStream.range(0, names.size())
          .mapToObj(i -> SqlRenderer.identifier(names.get(i)) + " " + of(struct.fields().get(i).dataType()))
          .collect(Collectors.joining(", ", "STRUCT(", ")"));
    }
    throw new IllegalStateException("unexpected " + type);

  }

  /**
   * The DuckDB names of a struct's fields: Spark's, except that a name repeated (DuckDB compares them
   * ignoring case) gets a private-use suffix and its position, since DuckDB refuses two fields of one name
   * that Spark allows ({@code struct(lit(1).as("a"), lit(2).as("a"))}). Results carry Spark's names.
   */
  public static List<String> fieldNames(StructType struct) {
    java.util.Set<String> seen = new java.util.HashSet<>();
    List<String> names = new java.util.ArrayList<>();
    for (int i = 0; i < struct.fields().size(); i++) {
      String name = struct.fields().get(i).name();
      names.add(seen.add(name.toLowerCase(java.util.Locale.ROOT)) ? name : name + "\uE002" + i);
    }
    return names;
  }
}
