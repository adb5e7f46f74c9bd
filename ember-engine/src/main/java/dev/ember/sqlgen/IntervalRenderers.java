package dev.ember.sqlgen;

import static dev.ember.sqlgen.DatetimeSql.call;
import static dev.ember.sqlgen.DatetimeSql.cast;
import static dev.ember.sqlgen.DatetimeSql.infix;
import static dev.ember.sqlgen.DatetimeSql.text;
import static dev.ember.sqlgen.DatetimeSql.when;

import dev.ember.plan.errors.RaisedError;
import dev.ember.plan.resolved.Call;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.DataType;
import dev.ember.plan.types.DayTimeIntervalType;
import dev.ember.plan.types.YearMonthIntervalType;
import dev.ember.sqlgen.tree.SqlCall;
import dev.ember.sqlgen.tree.SqlExpression;
import dev.ember.sqlgen.tree.SqlLiteral;
import dev.ember.sqlgen.tree.SqlOperator;
import java.util.List;
import java.util.Map;

/**
 * Interval arithmetic in DuckDB: day-time intervals are BIGINT microseconds, year-month intervals INTEGER
 * months, calendar intervals DuckDB INTERVALs. Products and quotients round half up as Spark's (Guava's
 * HALF_UP); overflow raises Spark's errors rather than DuckDB's.
 */
final class IntervalRenderers {
  private static final long MICROS_PER_DAY = 86_400_000_000L;

  private IntervalRenderers() {
  }

  /** Whether a calendar interval (DuckDB's INTERVAL) has hours, minutes, seconds or microseconds. */
  private static SqlExpression hasTimePart(SqlExpression interval) {
    SqlExpression zero = number(0);
    return SqlOperator.infix("OR", SqlOperator.infix("OR",
        infix("<>", call("datepart", text("hour"), interval), zero),
        infix("<>", call("datepart", text("minute"), interval), zero)),
        infix("<>", call("datepart", text("microseconds"), interval), zero));
  }

  static void register(Map<String, FunctionRenderers.Renderer> renderers) {
    for (boolean tolerant : new boolean[] {false, true}) {
      // try_add and its kin: NULL where the operation would fail
      String prefix = tolerant ? "try_" : "";
      renderers.put(prefix + "interval_add", (call, args) -> sum(call, "+", "try_add", args, tolerant));
      renderers.put(prefix + "interval_subtract", (call, args) -> sum(call, "-", "try_subtract", args, tolerant));
      renderers.put(prefix + "interval_multiply", (call, args) -> multiply(call, args, tolerant));
      renderers.put(prefix + "interval_divide", (call, args) -> divide(call, args, tolerant));
    }
    renderers.put("interval_number", (call, args) -> cast(args.get(0), DuckDbTypes.of(call.dataType())));
    renderers.put("interval_sum", (call, args) -> inRange(call.dataType(), SqlCall.of("sum",
        cast(args.get(0), "HUGEINT")), RaisedError.INTERVAL_ARITHMETIC_OVERFLOW, "try_add"));
    renderers.put("interval_avg", (call, args) -> cast(halfUpQuotient(SqlCall.of("sum", cast(args.get(0), "HUGEINT")),
        SqlCall.of("count", args.get(0))), DuckDbTypes.of(call.dataType())));
    renderers.put("date_add_months", (call, args) -> cast(infix("+", args.get(0), call("to_months", args.get(1))),
        "DATE"));
    renderers.put("timestamp_add_months", (call, args) -> infix("+", args.get(0), call("to_months", args.get(1))));
    renderers.put("date_add_days", (call, args) -> cast(infix("+", args.get(0), cast(infix("//", args.get(1),
        number(MICROS_PER_DAY)), "INTEGER")), "DATE"));
    renderers.put("timestamp_add_micros", (call, args) -> infix("+", args.get(0), call("to_microseconds",
        args.get(1))));
    renderers.put("timestamp_add_calendar", (call, args) -> infix("+", args.get(0), args.get(1)));
    renderers.put("date_add_calendar", (call, args) -> SqlLet.bind(args.get(1), interval ->
        when(hasTimePart(interval), DatetimeSql.raise(RaisedError.INVALID_INTERVAL_WITH_MICROSECONDS_ADDITION,
            AtomicType.DATE), cast(infix("+", args.get(0), interval), "DATE"))));
    renderers.put("date_add_calendar_legacy", (call, args) -> cast(infix("+", cast(args.get(0), "TIMESTAMP"),
        args.get(1)), "DATE"));
    renderers.put("string_to_calendar_interval", CalendarIntervalStrings::parse);
    // Spark's subtractTimestamps counts microseconds between the wall clocks in the session time zone
    renderers.put("timestamp_difference", (call, args) -> infix("-", call("epoch_us", cast(args.get(0), "TIMESTAMP")),
        call("epoch_us", cast(args.get(1), "TIMESTAMP"))));
    renderers.put("date_difference", (call, args) -> infix("*", cast(infix("-", args.get(0), args.get(1)), "BIGINT"),
        number(MICROS_PER_DAY)));
    IntervalConstructorRenderers.register(renderers);
    renderers.put("interval_years", (call, args) -> cast(infix("//", args.get(0), number(12)), "INTEGER"));
    renderers.put("interval_months", (call, args) -> cast(infix("%", args.get(0), number(12)), "TINYINT"));
    renderers.put("interval_days", (call, args) -> cast(infix("//", args.get(0), number(MICROS_PER_DAY)), "INTEGER"));
    renderers.put("interval_hours", (call, args) -> cast(infix("//", infix("%", args.get(0), number(MICROS_PER_DAY)),
        number(3_600_000_000L)), "TINYINT"));
    renderers.put("interval_minutes", (call, args) -> cast(infix("//", infix("%", args.get(0),
        number(3_600_000_000L)), number(60_000_000L)), "TINYINT"));
    renderers.put("interval_seconds", (call, args) -> cast(infix("/", cast(infix("%", args.get(0),
        number(60_000_000L)), "DECIMAL(18,6)"), number(1_000_000)), "DECIMAL(8,6)"));
  }

  private static SqlExpression sum(Call call, String operator, String suggestion, List<SqlExpression> args,
      boolean tolerant) {
    if (call.dataType().isAnsiInterval()) {
      return inRange(call.dataType(), infix(operator, cast(args.get(0), "HUGEINT"), args.get(1)),
          failure(call.dataType(), tolerant, RaisedError.INTERVAL_ARITHMETIC_OVERFLOW, text(suggestion)));
    }
    return infix(operator, args.get(0), args.get(1));
  }

  /** Spark's error for a value out of range, or NULL (try_ functions). */
  private static SqlExpression failure(DataType type, boolean tolerant, RaisedError error, SqlExpression payload) {
    return tolerant ? new SqlLiteral(null, type instanceof YearMonthIntervalType ? AtomicType.INTEGER
        : AtomicType.LONG) : DatetimeSql.raise(error, type, payload);
  }

  /** {@code -i}: the smallest interval has no opposite (Spark's negateExact). */
  static SqlExpression negate(Call call, List<SqlExpression> args) {
    return inRange(call.dataType(), SqlOperator.prefix("-", cast(args.get(0), "HUGEINT")),
        failure(call.dataType(), false, RaisedError.INTERVAL_ARITHMETIC_OVERFLOW, text("")));
  }

  private static SqlExpression multiply(Call call, List<SqlExpression> args, boolean tolerant) {
    DataType type = call.dataType();
    if (type == AtomicType.CALENDAR_INTERVAL) {
      return infix("*", args.get(0), cast(args.get(1), "DOUBLE"));
    }
    if (isIntegral(call.argument(1).dataType())) {
      String overflow = type instanceof DayTimeIntervalType ? "long overflow" : "integer overflow";
      return inRange(type, infix("*", cast(args.get(0), "HUGEINT"), args.get(1)),
          failure(type, tolerant, RaisedError.JAVA_ARITHMETIC, text(overflow)));
    }
    return roundedInRange(type, call.argument(1).dataType(), infix("*", cast(args.get(0), "DOUBLE"),
        cast(args.get(1), "DOUBLE")), tolerant);
  }

  private static SqlExpression divide(Call call, List<SqlExpression> args, boolean tolerant) {
    DataType type = call.dataType();
    return SqlLet.bind(args.get(1), divisor -> {
      SqlExpression quotient = type == AtomicType.CALENDAR_INTERVAL
          ? infix("/", args.get(0), cast(divisor, "DOUBLE"))
          : isIntegral(call.argument(1).dataType())
          ? inRange(type, halfUpQuotient(cast(args.get(0), "HUGEINT"), cast(divisor, "HUGEINT")),
              failure(type, tolerant, RaisedError.INTERVAL_ARITHMETIC_OVERFLOW, text("try_divide")))
          : roundedInRange(type, call.argument(1).dataType(), infix("/", cast(args.get(0), "DOUBLE"),
              cast(divisor, "DOUBLE")), tolerant);
      return when(infix("=", divisor, new SqlLiteral(0, AtomicType.INTEGER)),
          failure(type, tolerant, RaisedError.INTERVAL_DIVIDED_BY_ZERO, text("")), quotient);
    });
  }

  /** {@code dividend / divisor} rounded half away from zero, exactly (integers); NULL when the divisor is 0. */
  static SqlExpression halfUpQuotient(SqlExpression dividend, SqlExpression divisor) {
    return SqlLet.bind(dividend, a -> SqlLet.bind(divisor, b -> {
      SqlExpression truncated = infix("//", a, call("nullif", b, number(0)));
      SqlExpression remainder = infix("%", a, call("nullif", b, number(0)));
      SqlExpression roundsAway = infix(">=", infix("*", number(2), call("abs", remainder)), call("abs", b));
      return when(roundsAway, infix("+", truncated, infix("*", call("sign", a), call("sign", b))), truncated);
    }));
  }

  /** The value (a wider integer) as the interval type's integer, or Spark's error when it does not fit. */
  static SqlExpression inRange(DataType type, SqlExpression value, RaisedError error, String argument) {
    return inRange(type, value, DatetimeSql.raise(error, type, text(argument)));
  }

  /** The value (a wider integer) as the interval type's integer, or {@code outside} when it does not fit. */
  private static SqlExpression inRange(DataType type, SqlExpression value, SqlExpression outside) {
    boolean months = type instanceof YearMonthIntervalType;
    long min = months ? Integer.MIN_VALUE : Long.MIN_VALUE;
    long max = months ? Integer.MAX_VALUE : Long.MAX_VALUE;
    return SqlLet.bind(value, v -> when(infix("OR", infix("<", v, number(min)), infix(">", v, number(max))),
        outside, cast(v, months ? "INTEGER" : "BIGINT")));
  }

  /**
   * A product or quotient by a fractional number, rounded half up, as the interval type's integer; out of its range
   * Spark's plain ArithmeticException: BigDecimal's {@code Overflow} (decimal factor) or Guava's rounding message
   * (floating-point factor).
   */
  private static SqlExpression roundedInRange(DataType type, DataType factor, SqlExpression value,
      boolean tolerant) {
    boolean months = type instanceof YearMonthIntervalType;
    double above = months ? 2_147_483_648.0 : 9_223_372_036_854_775_808.0;
    return SqlLet.bind(call("round", value), v -> {
      SqlExpression message = factor instanceof dev.ember.plan.types.DecimalType ? text("Overflow")
          : new SqlCall("concat", List.of(text("rounded value is out of range for input "), cast(value, "VARCHAR"),
              text(" and rounding mode HALF_UP")), false);
      SqlExpression outside = infix("OR", infix(">=", v, new SqlLiteral(above, AtomicType.DOUBLE)),
          infix("<", v, new SqlLiteral(-above, AtomicType.DOUBLE)));
      return when(outside, failure(type, tolerant, RaisedError.JAVA_ARITHMETIC, message),
          cast(v, months ? "INTEGER" : "BIGINT"));
    });
  }

  private static boolean isIntegral(DataType type) {
    return type instanceof AtomicType atomic && (atomic.integral() || atomic == AtomicType.NULL);
  }

  static SqlLiteral number(long value) {
    return new SqlLiteral(value, AtomicType.LONG);
  }
}
