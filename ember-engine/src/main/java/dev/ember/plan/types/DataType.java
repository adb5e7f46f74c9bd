package dev.ember.plan.types;

/**
 * A Spark SQL data type. {@link #simpleString()} is Spark's {@code DataType.simpleString} (used in
 * output names and error messages, e.g. {@code bigint}, {@code decimal(10,2)}, {@code array<int>}).
 */
public sealed interface DataType permits AtomicType, DecimalType, ArrayType, MapType, StructType, SpatialType,
    DayTimeIntervalType, YearMonthIntervalType, TimeType, VariantType, CollatedStringType, CharVarcharType {

  String simpleString();

  /** Spark's {@code DataType.sql}: upper-case, as in {@code CAST(x AS BIGINT)}. */
  String sql();

  /** A day-time or year-month interval (ANSI intervals; not the calendar {@code interval}). */
  default boolean isAnsiInterval() {
    return this instanceof DayTimeIntervalType || this instanceof YearMonthIntervalType;
  }

  default boolean isNumeric() {
    return this instanceof DecimalType
        || this instanceof AtomicType atomic && atomic.numeric();
  }
}
