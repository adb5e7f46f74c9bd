package dev.ember.sqlgen;

import static dev.ember.sqlgen.DatetimeSql.call;
import static dev.ember.sqlgen.DatetimeSql.cast;
import static dev.ember.sqlgen.DatetimeSql.infix;
import static dev.ember.sqlgen.DatetimeSql.when;
import static dev.ember.sqlgen.IntervalRenderers.inRange;
import static dev.ember.sqlgen.IntervalRenderers.number;

import dev.ember.plan.errors.RaisedError;
import dev.ember.plan.resolved.Call;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.DayTimeIntervalType;
import dev.ember.plan.types.YearMonthIntervalType;
import dev.ember.sqlgen.tree.SqlExpression;
import dev.ember.sqlgen.tree.SqlLiteral;
import java.util.List;
import java.util.Map;

/** make_dt_interval, make_ym_interval and (try_)make_interval: exact sums of the fields, checked for overflow. */
final class IntervalConstructorRenderers {
  private IntervalConstructorRenderers() {
  }

  static void register(Map<String, FunctionRenderers.Renderer> renderers) {
    renderers.put("make_dt_interval", (call, args) -> inRange(DayTimeIntervalType.DEFAULT,
        micros(args.get(0), args.get(1), args.get(2), args.get(3)), RaisedError.INTERVAL_ARITHMETIC_OVERFLOW, ""));
    renderers.put("make_ym_interval", (call, args) -> inRange(YearMonthIntervalType.DEFAULT,
        months(args.get(0), args.get(1)), RaisedError.INTERVAL_ARITHMETIC_OVERFLOW, ""));
    renderers.put("make_interval", IntervalConstructorRenderers::makeInterval);
    renderers.put("try_make_interval", IntervalConstructorRenderers::makeInterval);
  }

  /** days, hours, minutes and decimal seconds as HUGEINT microseconds. */
  private static SqlExpression micros(SqlExpression days, SqlExpression hours, SqlExpression minutes,
      SqlExpression seconds) {
    return infix("+", infix("+", infix("+", infix("*", cast(days, "HUGEINT"), number(86_400_000_000L)),
        infix("*", cast(hours, "HUGEINT"), number(3_600_000_000L))),
        infix("*", cast(minutes, "HUGEINT"), number(60_000_000L))),
        cast(infix("*", seconds, number(1_000_000)), "HUGEINT"));
  }

  private static SqlExpression months(SqlExpression years, SqlExpression months) {
    return infix("+", infix("*", cast(years, "BIGINT"), number(12)), months);
  }

  private static SqlExpression makeInterval(Call call, List<SqlExpression> args) {
    SqlExpression months = months(args.get(0), args.get(1));
    SqlExpression days = infix("+", infix("*", cast(args.get(2), "BIGINT"), number(7)), args.get(3));
    SqlExpression micros = micros(new SqlLiteral(0, AtomicType.INTEGER), args.get(4), args.get(5), args.get(6));
    return SqlLet.bind(months, m -> SqlLet.bind(days, d -> SqlLet.bind(micros, us -> {
      SqlExpression overflow = infix("OR", infix("OR", outside(m, Integer.MIN_VALUE, Integer.MAX_VALUE),
          outside(d, Integer.MIN_VALUE, Integer.MAX_VALUE)), outside(us, Long.MIN_VALUE, Long.MAX_VALUE));
      SqlExpression interval = infix("+", infix("+", call("to_months", cast(m, "INTEGER")),
          call("to_days", cast(d, "INTEGER"))), call("to_microseconds", cast(us, "BIGINT")));
      SqlExpression failure = call.function().equals("try_make_interval")
          ? new SqlLiteral(null, AtomicType.CALENDAR_INTERVAL)
          : DatetimeSql.raise(RaisedError.ARITHMETIC_OVERFLOW, AtomicType.CALENDAR_INTERVAL);
      return when(overflow, failure, interval);
    })));
  }

  private static SqlExpression outside(SqlExpression value, long min, long max) {
    return infix("OR", infix("<", value, number(min)), infix(">", value, number(max)));
  }
}
