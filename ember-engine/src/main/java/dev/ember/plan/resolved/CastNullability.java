package dev.ember.plan.resolved;

import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.DataType;
import dev.ember.plan.types.DecimalType;

/** Spark's {@code Cast.forceNullable}: casts that can produce NULL from a non-null value. */
public final class CastNullability {
  private CastNullability() {
  }

  public static boolean forceNullable(DataType from, DataType to) {
    if (from == AtomicType.NULL || from.equals(to)) {
      return false;
    }
    if (from == AtomicType.STRING) {
      return to != AtomicType.BINARY;
    }
    if (to == AtomicType.STRING) {
      return false;
    }
    if ((from == AtomicType.FLOAT || from == AtomicType.DOUBLE) && to == AtomicType.TIMESTAMP) {
      return true;
    }
    if (to == AtomicType.DATE) {
      return from != AtomicType.TIMESTAMP && from != AtomicType.DATE;
    }
    if (from == AtomicType.DATE) {
      return !(to == AtomicType.TIMESTAMP || to == AtomicType.TIMESTAMP_NTZ);
    }
    if (to instanceof DecimalType decimal && !canNullSafeCastToDecimal(from, decimal)) {
      return true;
    }
    boolean fractional = from == AtomicType.FLOAT || from == AtomicType.DOUBLE || from instanceof DecimalType;
    return fractional && to instanceof AtomicType atomic && atomic.integral();
  }

  private static boolean canNullSafeCastToDecimal(DataType from, DecimalType to) {
    if (from == AtomicType.BOOLEAN) {
      return to.precision() - to.scale() >= 1;
    }
    if (from instanceof AtomicType atomic && atomic.integral()) {
      DecimalType exact = DecimalType.forIntegral(atomic);
      return to.precision() - to.scale() >= exact.precision() - exact.scale();
    }
    if (from instanceof DecimalType decimal) {
      return to.precision() - to.scale() >= decimal.precision() - decimal.scale() && to.scale() >= decimal.scale();
    }
    return false;
  }
}
