package dev.ember.analyzer;

import dev.ember.plan.resolved.BoundExpression;
import dev.ember.plan.resolved.Call;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.DataType;
import dev.ember.plan.types.DayTimeIntervalType;
import dev.ember.plan.types.TimeType;
import java.util.List;

/**
 * Spark 4.2's arithmetic of TIME values: {@code time ± day-time interval} (TimeAddInterval, a TIME of the
 * finer of both precisions) and {@code time - time} (SubtractTimes, an {@code INTERVAL HOUR TO SECOND}). A NULL or
 * string beside a TIME is taken as a TIME in a difference, a NULL as an interval in a sum.
 */
final class TimeArithmetic {
  private static final DayTimeIntervalType HOUR_TO_SECOND =
      new DayTimeIntervalType(DayTimeIntervalType.HOUR, DayTimeIntervalType.SECOND);

  private TimeArithmetic() {
  }

  /** Whether the operation has a TIME operand that Spark's datetime rewrite takes. */
  static boolean applies(String function, DataType left, DataType right) {
    return (function.equals("add") || function.equals("subtract"))
        && (left instanceof TimeType || right instanceof TimeType);
  }

  /** The TIME goes first in a sum ({@code NULL + TIME '08:30'} is named {@code TIME '08:30:00' + NULL}). */
  static boolean swapsOperands(String function, DataType left, DataType right) {
    return function.equals("add") && !(left instanceof TimeType) && right instanceof TimeType;
  }

  /** Spark names the rewritten operations {@code l op r}, unless they fall back to ordinary arithmetic. */
  static boolean unparenthesized(String function, DataType left, DataType right) {
    DataType time = swapsOperands(function, left, right) ? right : left;
    DataType other = time == left ? right : left;
    return time instanceof TimeType && (other instanceof DayTimeIntervalType || other == AtomicType.NULL)
        || function.equals("subtract") && isTimeLike(left) && isTimeLike(right);
  }

  static BoundExpression bind(String function, String pretty, BoundExpression left, BoundExpression right,
      List<String> sql) {
    if (swapsOperands(function, left.dataType(), right.dataType())) {
      return bind(function, pretty, right, left, List.of(sql.get(1), sql.get(0)));
    }
    DataType l = left.dataType();
    DataType r = right.dataType();
    if (function.equals("subtract") && isTimeLike(l) && isTimeLike(r)) {
      return new Call("time_difference", List.of(TypeCoercion.castTo(left, timeOf(l, r)),
          TypeCoercion.castTo(right, timeOf(r, l))), HOUR_TO_SECOND, true);
    }
    if (function.equals("subtract") && (l == AtomicType.TIMESTAMP || l == AtomicType.TIMESTAMP_NTZ
        || r == AtomicType.TIMESTAMP || r == AtomicType.TIMESTAMP_NTZ)) {
      BoundExpression notTimestamp = l instanceof TimeType ? left : right;
      throw timestampExpected(pretty, l instanceof TimeType ? 0 : 1, sql, notTimestamp.dataType());
    }
    if (l instanceof TimeType time && (r instanceof DayTimeIntervalType || r == AtomicType.NULL)) {
      DayTimeIntervalType interval = r instanceof DayTimeIntervalType dayTime ? dayTime : DayTimeIntervalType.DEFAULT;
      BoundExpression amount = TypeCoercion.castTo(right, interval);
      if (function.equals("subtract")) {
        amount = new Call("negative", List.of(amount), interval, amount.nullable());
      }
      int precision = interval.endField() == DayTimeIntervalType.SECOND ? TimeType.MAX_PRECISION : time.precision();
      return new Call("time_add_interval", List.of(left, amount), new TimeType(precision), true);
    }
    throw ArithmeticFunctions.differentOperandTypes(pretty, l, r);
  }

  /** A TIME, or what a difference reads as one (a string, NULL). */
  private static boolean isTimeLike(DataType type) {
    return type instanceof TimeType || type == AtomicType.STRING || type == AtomicType.NULL;
  }

  private static DataType timeOf(DataType type, DataType other) {
    return type instanceof TimeType ? type : other instanceof TimeType ? other : TimeType.DEFAULT;
  }

  private static RuntimeException timestampExpected(String pretty, int index, List<String> sql, DataType actual) {
    String required = "\"(TIMESTAMP OR TIMESTAMP WITHOUT TIME ZONE)\"";
    String ordinal = index == 0 ? "first" : "second";
    return InputChecks.unexpectedType(pretty, ordinal, sql.get(index), actual, required);
  }
}
