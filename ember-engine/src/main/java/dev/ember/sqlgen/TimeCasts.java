package dev.ember.sqlgen;

import static dev.ember.sqlgen.DatetimeSql.call;
import static dev.ember.sqlgen.DatetimeSql.cast;
import static dev.ember.sqlgen.DatetimeSql.failIfNull;
import static dev.ember.sqlgen.DatetimeSql.infix;
import static dev.ember.sqlgen.DatetimeSql.raise;
import static dev.ember.sqlgen.DatetimeSql.text;
import static dev.ember.sqlgen.DatetimeSql.when;

import dev.ember.plan.errors.RaisedError;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.DataType;
import dev.ember.plan.types.TimeType;
import dev.ember.sqlgen.tree.SqlExpression;
import dev.ember.sqlgen.tree.SqlLiteral;
import java.util.Optional;

/**
 * Casts to and from {@code TIME(p)} with Spark's rules: Spark's time text (see {@code TimeText}), a TIME's
 * fraction cut to the target precision, and a TIME's seconds of the day as a number. A TIME is computed on as its
 * microseconds of the day ({@link #micros}, {@link #fromMicros}).
 */
final class TimeCasts {
  /** Groups: hour, minute, second, fraction, AM/PM (as {@code TimeText}). */
  private static final String SYNTAX =
      "^\\s*T?(\\d{1,2}):(\\d{1,2})(?::(\\d{1,2})(?:\\.(\\d{0,9}))?)?\\s*([AaPp][Mm])?\\s*$";
  static final long MICROS_PER_DAY = 86_400_000_000L;

  private TimeCasts() {
  }

  /** The rendering of a cast to or from a TIME, if it is one. */
  static Optional<SqlExpression> render(SqlExpression operand, DataType from, DataType to, boolean tryCast) {
    if (to instanceof TimeType time) {
      if (from == AtomicType.STRING) {
        // as Spark 4.2: the text's fraction is kept whatever the precision (a TIME cast to TIME(p) is cut)
        SqlExpression parsed = stringToTime(operand);
        return Optional.of(tryCast ? parsed
            : failIfNull(parsed, operand, raise(RaisedError.CAST_INVALID_INPUT, to, text(to.sql()), operand)));
      }
      if (from instanceof TimeType) {
        return Optional.of(truncate(operand, time.precision()));
      }
      if (from == AtomicType.NULL) {
        return Optional.of(new SqlLiteral(null, to));
      }
    }
    if (from instanceof TimeType && to == AtomicType.STRING) {
      return Optional.of(cast(operand, "VARCHAR"));
    }
    if (from instanceof TimeType && to instanceof dev.ember.plan.types.DecimalType) {
      return Optional.of(cast(infix("/", cast(micros(operand), "DECIMAL(18,6)"), bigint(1_000_000L)),
          DuckDbTypes.of(to)));
    }
    if (from instanceof TimeType && to instanceof AtomicType atomic && atomic.integral()) {
      // whole seconds of the day, which may not fit a narrow type
      SqlExpression seconds = infix("//", micros(operand), bigint(1_000_000L));
      SqlExpression converted = new dev.ember.sqlgen.tree.SqlCast(seconds, DuckDbTypes.of(to), tryCast);
      return Optional.of(tryCast ? converted
          : CastOverflow.guard(seconds, seconds, AtomicType.LONG, to, converted).orElse(converted));
    }
    return Optional.empty();
  }

  /** A TIME's microseconds of the day, a BIGINT. */
  static SqlExpression micros(SqlExpression time) {
    return call("epoch_us", time);
  }

  /** The TIME of microseconds of the day (which must lie in the day). */
  static SqlExpression fromMicros(SqlExpression micros) {
    return infix("+", cast(text("00:00:00"), "TIME"), call("to_microseconds", cast(micros, "BIGINT")));
  }

  static SqlLiteral bigint(long value) {
    return new SqlLiteral(value, AtomicType.LONG);
  }

  /** The time with its fraction cut to {@code precision} digits. */
  static SqlExpression truncate(SqlExpression time, int precision) {
    if (precision >= TimeType.MAX_PRECISION) {
      return time;
    }
    long unit = (long) Math.pow(10, TimeType.MAX_PRECISION - precision);
    SqlExpression micros = micros(time);
    return fromMicros(infix("-", micros, infix("%", micros, bigint(unit))));
  }

  /** Spark's time text; NULL when it names no time of day. */
  static SqlExpression stringToTime(SqlExpression input) {
    SqlExpression hour = number(group(input, 1));
    SqlExpression minute = number(group(input, 2));
    SqlExpression second = number(call("coalesce", call("nullif", group(input, 3), text("")), text("0")));
    SqlExpression fraction = number(call("rpad", call("left", group(input, 4), DatetimeSql.number(6)),
        DatetimeSql.number(6), text("0")));
    SqlExpression meridiem = call("upper", group(input, 5));
    SqlExpression twelveHour = infix("<>", meridiem, text(""));
    SqlExpression hourValid = when(twelveHour, infix("AND", infix(">=", hour, bigint(1)), infix("<=", hour, bigint(12))),
        infix("<=", hour, bigint(23)));
    SqlExpression valid = infix("AND", call("regexp_matches", input, text(SYNTAX)), infix("AND", hourValid,
        infix("AND", infix("<=", minute, bigint(59)), infix("<=", second, bigint(59)))));
    SqlExpression hour24 = when(twelveHour, infix("+", infix("%", hour, bigint(12)),
        when(infix("=", meridiem, text("PM")), bigint(12), bigint(0))), hour);
    SqlExpression micros = infix("+", infix("+", infix("*", hour24, bigint(3_600_000_000L)),
        infix("*", minute, bigint(60_000_000L))), infix("+", infix("*", second, bigint(1_000_000L)), fraction));
    return when(valid, fromMicros(micros), null);
  }

  private static SqlExpression group(SqlExpression input, int group) {
    return call("regexp_extract", input, text(SYNTAX), DatetimeSql.number(group));
  }

  /** Digits as a BIGINT; empty text (a group that did not match) as NULL. */
  private static SqlExpression number(SqlExpression digits) {
    return DatetimeSql.tryCast(call("nullif", digits, text("")), "BIGINT");
  }
}
