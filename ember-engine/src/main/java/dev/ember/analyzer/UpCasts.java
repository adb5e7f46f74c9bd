package dev.ember.analyzer;

import dev.ember.plan.types.ArrayType;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.CollatedStringType;
import dev.ember.plan.types.DataType;
import dev.ember.plan.types.DayTimeIntervalType;
import dev.ember.plan.types.DecimalType;
import dev.ember.plan.types.MapType;
import dev.ember.plan.types.StructType;
import dev.ember.plan.types.YearMonthIntervalType;
import java.util.List;

/** Spark's {@code Cast.canUpCast}: the casts that lose nothing (a wider number, a date to a timestamp, any to text). */
final class UpCasts {
  /** Spark's numeric precedence: a number up-casts to any later one. */
  private static final List<AtomicType> NUMERIC_PRECEDENCE = List.of(AtomicType.BYTE, AtomicType.SHORT,
      AtomicType.INTEGER, AtomicType.LONG, AtomicType.FLOAT, AtomicType.DOUBLE);

  private UpCasts() {
  }

  static boolean canUpCast(DataType from, DataType to) {
    if (from.equals(to) || from == AtomicType.NULL) {
      return true;
    }
    if (to instanceof DecimalType decimal && from.isNumeric()) {
      return from instanceof DecimalType source ? wider(decimal, source)
          : from instanceof AtomicType atomic && atomic.integral() && wider(decimal, DecimalType.forIntegral(atomic));
    }
    if (from instanceof DecimalType decimal && to.isNumeric()) {
      return to instanceof AtomicType atomic && atomic.integral() && wider(DecimalType.forIntegral(atomic), decimal);
    }
    int fromRank = NUMERIC_PRECEDENCE.indexOf(from);
    int toRank = NUMERIC_PRECEDENCE.indexOf(to);
    if (fromRank >= 0 && toRank >= 0) {
      return fromRank < toRank;
    }
    if (from == AtomicType.DATE && (to == AtomicType.TIMESTAMP || to == AtomicType.TIMESTAMP_NTZ)
        || from == AtomicType.TIMESTAMP && (to == AtomicType.TIMESTAMP_NTZ || to == AtomicType.LONG)
        || from == AtomicType.TIMESTAMP_NTZ && to == AtomicType.TIMESTAMP
        || from == AtomicType.LONG && to == AtomicType.TIMESTAMP) {
      return true;
    }
    if (to == AtomicType.STRING || to instanceof CollatedStringType) {
      return from instanceof AtomicType || from instanceof DecimalType || from instanceof CollatedStringType
          || from.isAnsiInterval();
    }
    if (from instanceof ArrayType source && to instanceof ArrayType target) {
      return (!source.containsNull() || target.containsNull()) && canUpCast(source.elementType(), target.elementType());
    }
    if (from instanceof MapType source && to instanceof MapType target) {
      return (!source.valueContainsNull() || target.valueContainsNull())
          && canUpCast(source.keyType(), target.keyType()) && canUpCast(source.valueType(), target.valueType());
    }
    if (from instanceof StructType source && to instanceof StructType target) {
      if (source.fields().size() != target.fields().size()) {
        return false;
      }
      for (int i = 0; i < source.fields().size(); i++) {
        var field = source.fields().get(i);
        var targetField = target.fields().get(i);
        if (field.nullable() && !targetField.nullable() || !canUpCast(field.dataType(), targetField.dataType())) {
          return false;
        }
      }
      return true;
    }
    return from instanceof DayTimeIntervalType && to instanceof DayTimeIntervalType
        || from instanceof YearMonthIntervalType && to instanceof YearMonthIntervalType;
  }

  /** Spark's DecimalType.isWiderThan: as many integral and fractional digits at least. */
  private static boolean wider(DecimalType wide, DecimalType narrow) {
    return wide.precision() - wide.scale() >= narrow.precision() - narrow.scale() && wide.scale() >= narrow.scale();
  }
}
