package dev.ember.analyzer;

import dev.ember.plan.errors.SparkErrors;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.DataType;
import dev.ember.plan.types.DayTimeIntervalType;
import dev.ember.plan.types.DecimalType;
import dev.ember.plan.types.SpatialType;
import dev.ember.plan.types.TimeType;
import dev.ember.plan.types.YearMonthIntervalType;
import java.util.Map;

/** Spark's ANSI {@code Cast.canAnsiCast} refusals for dates, timestamps, intervals and binary, with Spark's suggestions. */
final class CastChecks {
  private CastChecks() {
  }

  /** Throws Spark's DATATYPE_MISMATCH error if {@code from} cannot be cast to {@code to} in ANSI mode. */
  static void check(String castName, DataType from, DataType to) {
    if (from instanceof SpatialType || to instanceof SpatialType) {
      if (!spatialCastable(from, to)) {
        throw without(castName, from, to);
      }
      return;
    }
    if (complex(from) && scalar(to) && to != AtomicType.STRING
        || scalar(from) && from != AtomicType.NULL && from != AtomicType.STRING && complex(to)) {
      // an array, map or struct becomes text only, and no number, date or the like becomes one
      throw without(castName, from, to);
    }
    if (isInterval(from) || isInterval(to)) {
      checkInterval(castName, from, to);
      return;
    }
    if (from instanceof TimeType || to instanceof TimeType) {
      checkTime(castName, from, to);
      return;
    }
    if (from == AtomicType.DATE && to.isNumeric()) {
      throw withFunction(castName, from, to, "`UNIX_DATE`");
    }
    if (from.isNumeric() && to == AtomicType.DATE) {
      throw withFunction(castName, from, to, "`DATE_FROM_UNIX_DATE`");
    }
    boolean datetimeAndBoolean = TypeCoercion.isDatetime(from) && to == AtomicType.BOOLEAN
        || from == AtomicType.BOOLEAN && TypeCoercion.isDatetime(to);
    // without ANSI Spark casts an integer to its bytes
    boolean integralToBinary = to == AtomicType.BINARY && from instanceof AtomicType atomic && atomic.integral()
        && TypeCoercion.ansi();
    if (datetimeAndBoolean || integralToBinary) {
      String source = SparkErrors.toSqlType(from);
      String target = SparkErrors.toSqlType(to);
      throw SparkErrors.dataTypeMismatch("CAST_WITH_CONF_SUGGESTION", "\"" + castName + "\"",
          "cannot cast " + source + " to " + target + " with ANSI mode on. If you have to cast " + source + " to "
              + target + ", you can set \"spark.sql.ansi.enabled\" as 'false'.",
          Map.of("srcType", source, "targetType", target, "config", "\"spark.sql.ansi.enabled\"",
              "configVal", "'false'"));
    }
    // only strings (and binary, NULL) become binary
    if (to == AtomicType.BINARY && from != AtomicType.BINARY && from != AtomicType.STRING && from != AtomicType.NULL
        && !(from instanceof AtomicType atomic && atomic.integral())) {
      throw without(castName, from, to);
    }
  }

  /**
   * Spark's casts of GEOMETRY and GEOGRAPHY values: to the same kind of ANY SRID, and between the two kinds of one SRID
   * (ANY included); nothing else becomes one, nor do they become anything else.
   */
  private static boolean spatialCastable(DataType from, DataType to) {
    if (from.equals(to) || from == AtomicType.NULL) {
      return true;
    }
    if (from instanceof SpatialType source && to instanceof SpatialType target) {
      return source.geography() == target.geography() ? !source.mixedSrid() && target.mixedSrid()
          : source.srid() == target.srid();
    }
    return false;
  }

  private static boolean complex(DataType type) {
    return type instanceof dev.ember.plan.types.ArrayType || type instanceof dev.ember.plan.types.MapType
        || type instanceof dev.ember.plan.types.StructType;
  }

  private static boolean scalar(DataType type) {
    return type instanceof AtomicType || type instanceof DecimalType;
  }

  private static boolean isInterval(DataType type) {
    return type.isAnsiInterval() || type == AtomicType.CALENDAR_INTERVAL;
  }

  /** Spark's interval casts: to and from strings, within a kind, and between ANSI intervals and exact numbers. */
  private static void checkInterval(String castName, DataType from, DataType to) {
    boolean allowed = from == AtomicType.NULL || from.equals(to) || to == AtomicType.STRING
        || from == AtomicType.STRING && (to.isAnsiInterval() || to == AtomicType.CALENDAR_INTERVAL)
        || from instanceof DayTimeIntervalType && to instanceof DayTimeIntervalType
        || from instanceof YearMonthIntervalType && to instanceof YearMonthIntervalType
        || from.isAnsiInterval() && isExactNumber(to)
        || isExactNumber(from) && to.isAnsiInterval();
    if (!allowed) {
      throw without(castName, from, to);
    }
  }

  /** An integral or decimal number. */
  private static boolean isExactNumber(DataType type) {
    return type instanceof DecimalType || type instanceof AtomicType atomic && atomic.integral();
  }

  /** Spark 4.2 casts a TIME to and from strings, between precisions, and to integral and decimal seconds. */
  private static void checkTime(String castName, DataType from, DataType to) {
    boolean allowed = from == AtomicType.NULL || from == AtomicType.STRING || from instanceof TimeType
        && (to == AtomicType.STRING || to instanceof TimeType || to instanceof DecimalType
        || to instanceof AtomicType atomic && atomic.integral());
    if (!allowed) {
      throw without(castName, from, to);
    }
  }

  private static RuntimeException without(String castName, DataType from, DataType to) {
    String source = SparkErrors.toSqlType(from);
    String target = SparkErrors.toSqlType(to);
    return SparkErrors.dataTypeMismatch("CAST_WITHOUT_SUGGESTION", "\"" + castName + "\"",
        "cannot cast " + source + " to " + target + ".", Map.of("srcType", source, "targetType", target));
  }

  private static RuntimeException withFunction(String castName, DataType from, DataType to, String functions) {
    String source = SparkErrors.toSqlType(from);
    String target = SparkErrors.toSqlType(to);
    return SparkErrors.dataTypeMismatch("CAST_WITH_FUNC_SUGGESTION", "\"" + castName + "\"",
        "cannot cast " + source + " to " + target + ". To convert values from " + source + " to " + target
            + ", you can use the functions " + functions + " instead.",
        Map.of("srcType", source, "targetType", target, "functionNames", functions));
  }
}
