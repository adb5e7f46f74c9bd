package dev.ember.connect;

import dev.ember.plan.errors.SparkErrors;
import dev.ember.plan.types.ArrayType;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.DataType;
import dev.ember.plan.types.DayTimeIntervalType;
import dev.ember.plan.types.DecimalType;
import dev.ember.plan.types.YearMonthIntervalType;
import dev.ember.plan.types.MapType;
import dev.ember.plan.types.SpatialType;
import dev.ember.plan.types.StructField;
import dev.ember.plan.types.StructType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Converts the client library's {@code org.apache.spark.sql.types} objects to Ember's types. */
final class SparkTypes {
  private SparkTypes() {
  }

  /** The type, CHAR(n) and VARCHAR(n) read as strings (what values have). */
  static DataType fromSpark(org.apache.spark.sql.types.DataType type) {
    return dev.ember.plan.types.CharVarcharType.asString(declared(type));
  }

  /** The type as a table's schema declares it: CHAR(n) and VARCHAR(n) kept. */
  static DataType declared(org.apache.spark.sql.types.DataType type) {
    if (type instanceof org.apache.spark.sql.types.StructType struct) {
      List<StructField> fields = new ArrayList<>();
      for (org.apache.spark.sql.types.StructField field : struct.fields()) {
        fields.add(new StructField(field.name(), declared(field.dataType()), field.nullable()));
      }
      return new StructType(fields);
    }
    if (type instanceof org.apache.spark.sql.types.ArrayType array) {
      return new ArrayType(declared(array.elementType()), array.containsNull());
    }
    if (type instanceof org.apache.spark.sql.types.MapType map) {
      return new MapType(declared(map.keyType()), declared(map.valueType()), map.valueContainsNull());
    }
    if (type instanceof org.apache.spark.sql.types.CharType charType) {
      return dev.ember.plan.types.CharVarcharType.ofChar(charType.length());
    }
    if (type instanceof org.apache.spark.sql.types.VarcharType varchar) {
      return dev.ember.plan.types.CharVarcharType.ofVarchar(varchar.length());
    }
    if (type instanceof org.apache.spark.sql.types.DecimalType decimal) {
      return new DecimalType(decimal.precision(), decimal.scale());
    }
    if (type instanceof org.apache.spark.sql.types.VariantType) {
      return dev.ember.plan.types.VariantType.INSTANCE;
    }
    if (type instanceof org.apache.spark.sql.types.GeometryType geometry) {
      return new SpatialType(false, geometry.srid());
    }
    if (type instanceof org.apache.spark.sql.types.GeographyType geography) {
      return new SpatialType(true, geography.srid());
    }
    if (type instanceof org.apache.spark.sql.types.DayTimeIntervalType interval) {
      return new DayTimeIntervalType(interval.startField(), interval.endField());
    }
    if (type instanceof org.apache.spark.sql.types.YearMonthIntervalType interval) {
      return new YearMonthIntervalType(interval.startField(), interval.endField());
    }
    if (type instanceof org.apache.spark.sql.types.TimeType time) {
      return new dev.ember.plan.types.TimeType(time.precision());
    }
    if (type instanceof org.apache.spark.sql.types.CalendarIntervalType) {
      return AtomicType.CALENDAR_INTERVAL;
    }
    if (type.getClass() == org.apache.spark.sql.types.StringType.class) {
      // a string type with a collation written for it (the default one is StringType's object)
      return new dev.ember.plan.types.CollatedStringType(
          ((org.apache.spark.sql.types.StringType) type).collationName());
    }
    String name = type.typeName();
    switch (name) {
      case "void": return AtomicType.NULL;
      case "boolean": return AtomicType.BOOLEAN;
      case "byte": return AtomicType.BYTE;
      case "short": return AtomicType.SHORT;
      case "integer": return AtomicType.INTEGER;
      case "long": return AtomicType.LONG;
      case "float": return AtomicType.FLOAT;
      case "double": return AtomicType.DOUBLE;
      case "string": return AtomicType.STRING;
      case "binary": return AtomicType.BINARY;
      case "date": return AtomicType.DATE;
      case "timestamp": return AtomicType.TIMESTAMP;
      case "timestamp_ntz": return AtomicType.TIMESTAMP_NTZ;
      default:
        if (name.startsWith("char") || name.startsWith("varchar")) {
          return AtomicType.STRING;
        }
        throw SparkErrors.unsupported("UNSUPPORTED_DATATYPE", "0A000", "Unsupported data type " + type.sql() + ".",
            Map.of("typeName", "\"" + type.sql() + "\""));
    }
  }
}
