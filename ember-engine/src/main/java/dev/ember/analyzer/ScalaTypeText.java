package dev.ember.analyzer;

import dev.ember.plan.types.ArrayType;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.DataType;
import dev.ember.plan.types.DayTimeIntervalType;
import dev.ember.plan.types.DecimalType;
import dev.ember.plan.types.MapType;
import dev.ember.plan.types.StructType;
import dev.ember.plan.types.TimeType;
import dev.ember.plan.types.VariantType;
import dev.ember.plan.types.YearMonthIntervalType;
import java.util.stream.Collectors;

/**
 * A type as Spark's Scala {@code DataType.toString} prints it ({@code ArrayType(IntegerType,true)},
 * {@code StructType(StructField(a,LongType,false))}), which some of Spark's messages show.
 */
final class ScalaTypeText {
  private ScalaTypeText() {
  }

  static String of(DataType type) {
    if (type instanceof AtomicType atomic) {
      return atomic(atomic);
    }
    if (type instanceof DecimalType decimal) {
      return "DecimalType(" + decimal.precision() + "," + decimal.scale() + ")";
    }
    if (type instanceof ArrayType array) {
      return "ArrayType(" + of(array.elementType()) + "," + array.containsNull() + ")";
    }
    if (type instanceof MapType map) {
      return "MapType(" + of(map.keyType()) + "," + of(map.valueType()) + "," + map.valueContainsNull() + ")";
    }
    if (type instanceof StructType struct) {
      return struct.fields().stream()
          .map(field -> "StructField(" + field.name() + "," + of(field.dataType()) + "," + field.nullable() + ")")
          .collect(Collectors.joining(",", "StructType(", ")"));
    }
    if (type instanceof DayTimeIntervalType interval) {
      return "DayTimeIntervalType(" + interval.startField() + "," + interval.endField() + ")";
    }
    if (type instanceof YearMonthIntervalType interval) {
      return "YearMonthIntervalType(" + interval.startField() + "," + interval.endField() + ")";
    }
    if (type instanceof TimeType time) {
      return "TimeType(" + time.precision() + ")";
    }
    if (type instanceof VariantType) {
      return "VariantType";
    }
    return type.simpleString();
  }

  private static String atomic(AtomicType type) {
    return switch (type) {
      case NULL -> "NullType";
      case BOOLEAN -> "BooleanType";
      case BYTE -> "ByteType";
      case SHORT -> "ShortType";
      case INTEGER -> "IntegerType";
      case LONG -> "LongType";
      case FLOAT -> "FloatType";
      case DOUBLE -> "DoubleType";
      case STRING -> "StringType";
      case BINARY -> "BinaryType";
      case DATE -> "DateType";
      case TIMESTAMP -> "TimestampType";
      case TIMESTAMP_NTZ -> "TimestampNTZType";
      case CALENDAR_INTERVAL -> "CalendarIntervalType";
    };
  }
}
