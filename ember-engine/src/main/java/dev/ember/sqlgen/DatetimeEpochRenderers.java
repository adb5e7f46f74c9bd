package dev.ember.sqlgen;

import static dev.ember.sqlgen.DatetimeSql.call;
import static dev.ember.sqlgen.DatetimeSql.cast;
import static dev.ember.sqlgen.DatetimeSql.infix;
import static dev.ember.sqlgen.DatetimeSql.text;
import static dev.ember.sqlgen.DatetimeSql.when;

import dev.ember.plan.resolved.Call;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.DataType;
import dev.ember.sqlgen.FunctionRenderers.Renderer;
import dev.ember.sqlgen.tree.SqlExpression;
import dev.ember.sqlgen.tree.SqlLiteral;
import dev.ember.sqlgen.tree.SqlStruct;
import java.util.List;
import java.util.Map;

/**
 * Timestamps and dates from and to counts since the epoch. Instants are built as the epoch plus an
 * interval of microseconds, which no time zone affects; counts of coarser units divide by flooring,
 * as Spark's Math.floorDiv does (a moment before 1970 belongs to the second before it).
 */
final class DatetimeEpochRenderers {
  private static final long MICROS_PER_SECOND = 1_000_000L;
  private static final long MICROS_PER_MILLI = 1_000L;

  private DatetimeEpochRenderers() {
  }

  static void register(Map<String, Renderer> renderers) {
    renderers.put("timestamp_seconds", (call, args) -> fromMicros(secondsToMicros(call, args.get(0))));
    renderers.put("timestamp_millis", (call, args) -> fromMicros(exactMicros(args.get(0), MICROS_PER_MILLI)));
    renderers.put("timestamp_micros", (call, args) -> fromMicros(args.get(0)));
    renderers.put("unix_seconds", (call, args) -> floorDivide(call("epoch_us", args.get(0)), MICROS_PER_SECOND));
    renderers.put("unix_millis", (call, args) -> floorDivide(call("epoch_us", args.get(0)), MICROS_PER_MILLI));
    renderers.put("unix_micros", (call, args) -> call("epoch_us", args.get(0)));
    renderers.put("unix_date", (call, args) -> cast(infix("-", args.get(0), epochDate()), "INTEGER"));
    renderers.put("time_window", DatetimeEpochRenderers::timeWindow);
    renderers.put("window_time", (call, args) -> infix("-", call("struct_extract", args.get(0), text("end")),
        call("to_microseconds", bigint(1))));
    renderers.put("date_from_unix_date", (call, args) -> cast(infix("+", epochDate(), args.get(0)), "DATE"));
  }

  private static SqlExpression bigint(long value) {
    return new SqlLiteral(value, AtomicType.LONG);
  }

  private static SqlExpression epochDate() {
    return cast(text("1970-01-01"), "DATE");
  }

  static SqlExpression fromMicros(SqlExpression micros) {
    return infix("+", cast(text("1970-01-01 00:00:00+00"), "TIMESTAMPTZ"), call("to_microseconds", micros));
  }

  /** Whole numbers multiply exactly; fractions are cut towards zero; NaN and infinities give NULL. */
  private static SqlExpression secondsToMicros(Call call, SqlExpression seconds) {
    DataType type = call.argument(0).dataType();
    if (type instanceof AtomicType atomic && atomic.integral()) {
      return exactMicros(cast(seconds, "BIGINT"), MICROS_PER_SECOND);
    }
    if (type instanceof dev.ember.plan.types.DecimalType) {
      // Spark's BigDecimal.longValueExact of the microseconds: a finer fraction or a count beyond a long fails
      SqlExpression exact = cast(infix("*", cast(seconds, "DECIMAL(38, 6)"), bigint(MICROS_PER_SECOND)), "HUGEINT");
      SqlExpression fine = infix("<>", cast(seconds, "DECIMAL(38, 6)"), seconds);
      SqlExpression beyond = infix("OR", infix(">", exact, bigint(Long.MAX_VALUE)), infix("<", exact,
          bigint(Long.MIN_VALUE)));
      return new dev.ember.sqlgen.tree.SqlCase(List.of(
          new dev.ember.sqlgen.tree.SqlCase.When(fine, DatetimeSql.raise(dev.ember.plan.errors.RaisedError.JAVA_ARITHMETIC,
              AtomicType.LONG, text("Rounding necessary"))),
          new dev.ember.sqlgen.tree.SqlCase.When(beyond, DatetimeSql.raise(
              dev.ember.plan.errors.RaisedError.JAVA_ARITHMETIC, AtomicType.LONG, text("Overflow")))),
          cast(when(beyond, new SqlLiteral(0L, AtomicType.LONG), exact), "BIGINT"));
    }
    SqlExpression micros = cast(call("trunc", infix("*", seconds, bigint(MICROS_PER_SECOND))), "BIGINT");
    if (type == AtomicType.FLOAT || type == AtomicType.DOUBLE) {
      return when(infix("OR", call("isnan", seconds), call("isinf", seconds)), new SqlLiteral(null, AtomicType.LONG),
          micros);
    }
    return micros;
  }

  /** A count times its microseconds, failing as Java's {@code Math.multiplyExact} ("long overflow") beyond a long. */
  private static SqlExpression exactMicros(SqlExpression count, long factor) {
    SqlExpression outside = infix("OR", infix(">", count, bigint(Long.MAX_VALUE / factor)),
        infix("<", count, bigint(Long.MIN_VALUE / factor)));
    // the product of a count beyond the bound is never computed (DuckDB folds constants, and would overflow)
    return when(outside, DatetimeSql.raise(dev.ember.plan.errors.RaisedError.JAVA_ARITHMETIC, AtomicType.LONG,
        text("long overflow")), infix("*", when(outside, bigint(0), count), bigint(factor)));
  }

  /** {@code floor(value / divisor)} in integers. */
  private static SqlExpression floorDivide(SqlExpression value, long divisor) {
    SqlExpression remainder = infix("%", infix("+", infix("%", value, bigint(divisor)), bigint(divisor)),
        bigint(divisor));
    return infix("//", infix("-", value, remainder), bigint(divisor));
  }

  /**
   * A window holding the time, as Spark's TimeWindowing computes it from (time, duration, slide, start offset[,
   * index]): the last start at or before the time (start offset plus whole slides), moved back by index slides
   * (none for a tumbling window), and that start plus the duration.
   */
  private static SqlExpression timeWindow(Call call, List<SqlExpression> args) {
    SqlExpression slide = args.get(2);
    SqlExpression micros = call("epoch_us", args.get(0));
    SqlExpression remainder = infix("%", infix("-", micros, args.get(3)), slide);
    SqlExpression lastStart = infix("-", micros, when(infix("<", remainder, bigint(0)), infix("+", remainder, slide),
        remainder));
    SqlExpression start = args.size() > 4 ? infix("-", lastStart, infix("*", args.get(4), slide)) : lastStart;
    boolean local = call.argument(0).dataType() == AtomicType.TIMESTAMP_NTZ;
    // written out twice rather than bound with SqlLet: DuckDB matches a grouping key with its select
    // expression only when neither holds a lambda
    SqlExpression end = infix("+", start, args.get(1));
    return new SqlStruct(List.of(new SqlStruct.Field("start", local ? call("make_timestamp", start) : fromMicros(start)),
        new SqlStruct.Field("end", local ? call("make_timestamp", end) : fromMicros(end))));
  }
}
