package dev.ember.engine.arrow;

import dev.ember.plan.types.ArrayType;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.DataType;
import dev.ember.plan.types.DayTimeIntervalType;
import dev.ember.plan.types.DecimalType;
import dev.ember.plan.types.YearMonthIntervalType;
import dev.ember.plan.types.MapType;
import dev.ember.plan.types.StructField;
import dev.ember.plan.types.SpatialType;
import dev.ember.plan.types.StructType;
import java.util.List;
import org.apache.arrow.vector.types.DateUnit;
import org.apache.arrow.vector.types.FloatingPointPrecision;
import org.apache.arrow.vector.types.IntervalUnit;
import org.apache.arrow.vector.types.TimeUnit;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.FieldType;
import org.apache.arrow.vector.types.pojo.Schema;

/** The Arrow schema Spark's server sends for a Spark schema (ArrowUtils.toArrowSchema). */
public final class SparkArrowSchemas {
  private SparkArrowSchemas() {
  }

  public static Schema of(StructType schema, String timeZone) {
    return new Schema(schema.fields().stream().map(field -> field(field, timeZone)).toList());
  }

  private static Field field(StructField field, String timeZone) {
    return field(field.name(), field.dataType(), field.nullable(), timeZone);
  }

  private static Field field(String name, DataType type, boolean nullable, String timeZone) {
    if (type instanceof dev.ember.plan.types.CollatedStringType) {
      return field(name, AtomicType.STRING, nullable, timeZone);
    }
    if (type instanceof ArrayType array) {
      return new Field(name, new FieldType(nullable, ArrowType.List.INSTANCE, null),
          List.of(field("element", array.elementType(), array.containsNull(), timeZone)));
    }
    if (type instanceof StructType struct) {
      List<String> names = distinctNames(struct);
      List<Field> children = new java.util.ArrayList<>();
      for (int i = 0; i < names.size(); i++) {
        StructField child = struct.fields().get(i);
        children.add(field(names.get(i), child.dataType(), child.nullable(), timeZone));
      }
      return new Field(name, new FieldType(nullable, ArrowType.Struct.INSTANCE, null), children);
    }
    if (type instanceof dev.ember.plan.types.VariantType) {
      return variant(name, nullable);
    }
    if (type instanceof SpatialType spatial) {
      return spatial(name, spatial, nullable);
    }
    if (type instanceof MapType map) {
      Field entries = new Field("entries", new FieldType(false, ArrowType.Struct.INSTANCE, null), List.of(
          field("key", map.keyType(), false, timeZone),
          field("value", map.valueType(), map.valueContainsNull(), timeZone)));
      return new Field(name, new FieldType(nullable, new ArrowType.Map(false), null), List.of(entries));
    }
    return new Field(name, new FieldType(nullable, atomic(type, timeZone), null), List.of());
  }

  /**
   * A struct's field names as Spark Connect's server sends them: a name that occurs more than once becomes
   * {@code name_0}, {@code name_1}, ... (Arrow's struct vectors hold one child per name).
   */
  private static List<String> distinctNames(StructType struct) {
    List<String> names = struct.fields().stream().map(StructField::name).toList();
    java.util.Map<String, Long> counts = names.stream()
        .collect(java.util.stream.Collectors.groupingBy(name -> name, java.util.stream.Collectors.counting()));
    java.util.Map<String, Integer> next = new java.util.HashMap<>();
    return names.stream().map(name -> counts.get(name) == 1 ? name
        : name + "_" + (next.merge(name, 1, Integer::sum) - 1)).toList();
  }

  /**
   * As Spark's ArrowUtils: a struct of the value's {@code srid} and {@code wkb}, the WKB field marked with the
   * kind and the type's SRID ({@code -1} for ANY), which is how the client knows the column's type.
   */
  private static Field spatial(String name, SpatialType spatial, boolean nullable) {
    FieldType wkb = new FieldType(false, ArrowType.Binary.INSTANCE, null,
        java.util.Map.of(spatial.geography() ? "geography" : "geometry", "true", "srid", Integer.toString(spatial.srid())));
    return new Field(name, new FieldType(nullable, ArrowType.Struct.INSTANCE, null), List.of(
        new Field("srid", new FieldType(false, new ArrowType.Int(32, true), null), List.of()),
        new Field("wkb", wkb, List.of())));
  }

  /**
   * As Spark's ArrowUtils: a struct of {@code value} and {@code metadata}, marked {@code variant} (the client's
   * ArrowDeserializer looks for the mark on the metadata field).
   */
  private static Field variant(String name, boolean nullable) {
    java.util.Map<String, String> mark = java.util.Map.of("variant", "true");
    return new Field(name, new FieldType(nullable, ArrowType.Struct.INSTANCE, null, mark), List.of(
        new Field("value", new FieldType(false, ArrowType.Binary.INSTANCE, null), List.of()),
        new Field("metadata", new FieldType(false, ArrowType.Binary.INSTANCE, null, mark), List.of())));
  }

  private static ArrowType atomic(DataType type, String timeZone) {
    if (type instanceof DecimalType decimal) {
      return new ArrowType.Decimal(decimal.precision(), decimal.scale(), 128);
    }
    if (type instanceof dev.ember.plan.types.TimeType) {
      // Spark's ArrowUtils: nanoseconds of the day, whatever the precision
      return new ArrowType.Time(TimeUnit.NANOSECOND, 64);
    }
    if (type instanceof DayTimeIntervalType) {
      return new ArrowType.Duration(TimeUnit.MICROSECOND);
    }
    if (type instanceof YearMonthIntervalType) {
      return new ArrowType.Interval(IntervalUnit.YEAR_MONTH);
    }
    switch ((AtomicType) type) {
      case NULL: return ArrowType.Null.INSTANCE;
      case BOOLEAN: return ArrowType.Bool.INSTANCE;
      case BYTE: return new ArrowType.Int(8, true);
      case SHORT: return new ArrowType.Int(16, true);
      case INTEGER: return new ArrowType.Int(32, true);
      case LONG: return new ArrowType.Int(64, true);
      case FLOAT: return new ArrowType.FloatingPoint(FloatingPointPrecision.SINGLE);
      case DOUBLE: return new ArrowType.FloatingPoint(FloatingPointPrecision.DOUBLE);
      case STRING: return ArrowType.Utf8.INSTANCE;
      case BINARY: return ArrowType.Binary.INSTANCE;
      case DATE: return new ArrowType.Date(DateUnit.DAY);
      case TIMESTAMP: return new ArrowType.Timestamp(TimeUnit.MICROSECOND, timeZone);
      case TIMESTAMP_NTZ: return new ArrowType.Timestamp(TimeUnit.MICROSECOND, null);
      case CALENDAR_INTERVAL: return new ArrowType.Interval(IntervalUnit.MONTH_DAY_NANO);
      default: throw new IllegalArgumentException("no Arrow type for " + type);
    }
  }
}
