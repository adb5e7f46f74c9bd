package dev.ember.sqlgen;

import static dev.ember.sqlgen.DatetimeSql.call;
import static dev.ember.sqlgen.DatetimeSql.cast;
import static dev.ember.sqlgen.DatetimeSql.infix;

import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.DataType;
import dev.ember.plan.types.DayTimeIntervalType;
import dev.ember.plan.types.DecimalType;
import dev.ember.plan.types.IntervalFields;
import dev.ember.sqlgen.tree.SqlCast;
import dev.ember.sqlgen.tree.SqlExpression;
import dev.ember.sqlgen.tree.SqlLiteral;
import java.util.Optional;

/**
 * Casts between ANSI intervals and integral or decimal numbers, as Spark's IntervalUtils: an interval is a number of
 * its last field's units (whole units towards zero for an integer; seconds exactly for a decimal of a {@code SECOND}
 * interval), and a number is that many units of the target's last field (a decimal rounded half up to microseconds
 * or months). A value the target cannot hold is Spark's {@code CAST_OVERFLOW} (a decimal target's overflow is
 * DuckDB's, read as {@code NUMERIC_VALUE_OUT_OF_RANGE}); a try-cast gives NULL.
 */
final class IntervalNumberCasts {
  private IntervalNumberCasts() {
  }

  static Optional<SqlExpression> render(SqlExpression operand, DataType from, DataType to, boolean tryCast) {
    if (from.isAnsiInterval() && isIntegral(to)) {
      SqlExpression units = infix("//", operand, number(IntervalFields.unit(from)));
      SqlExpression converted = new SqlCast(units, DuckDbTypes.of(to), tryCast);
      return Optional.of(tryCast ? converted
          : CastOverflow.guard(operand, units, from, to, converted).orElse(converted));
    }
    if (from.isAnsiInterval() && to instanceof DecimalType) {
      return Optional.of(new SqlCast(exactUnits(operand, from), DuckDbTypes.of(to), tryCast));
    }
    if ((isIntegral(from) || from instanceof DecimalType) && to.isAnsiInterval()) {
      SqlExpression amount = from instanceof DecimalType decimal
          ? cast(call("round", infix("*", cast(operand, "DECIMAL(38," + decimal.scale() + ")"),
              cast(number(IntervalFields.unit(to)), "DECIMAL(18,0)")), DatetimeSql.number(0)), "HUGEINT")
          : infix("*", cast(operand, "HUGEINT"), number(IntervalFields.unit(to)));
      SqlExpression converted = new SqlCast(amount, DuckDbTypes.of(to), tryCast);
      if (tryCast) {
        return Optional.of(converted);
      }
      boolean months = !(to instanceof DayTimeIntervalType);
      return Optional.of(SqlLet.bind(amount, value -> CastOverflow.outOfRange(operand, from, to, value,
          months ? Integer.MIN_VALUE : Long.MIN_VALUE, months ? Integer.MAX_VALUE : Long.MAX_VALUE,
          new SqlCast(value, DuckDbTypes.of(to), false))));
    }
    return Optional.empty();
  }

  /** The interval as a decimal number of its last field's units: seconds keep their microseconds. */
  private static SqlExpression exactUnits(SqlExpression interval, DataType type) {
    if (type instanceof DayTimeIntervalType dayTime && dayTime.endField() == DayTimeIntervalType.SECOND) {
      return infix("*", cast(interval, "DECIMAL(19,0)"), cast(new SqlLiteral("0.000001", AtomicType.STRING),
          "DECIMAL(7,6)"));
    }
    return infix("//", interval, number(IntervalFields.unit(type)));
  }

  private static boolean isIntegral(DataType type) {
    return type instanceof AtomicType atomic && atomic.integral();
  }

  private static SqlLiteral number(long value) {
    return new SqlLiteral(value, AtomicType.LONG);
  }
}
