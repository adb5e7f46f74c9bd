package dev.ember.sqlgen;

import static dev.ember.sqlgen.DatetimeSql.call;
import static dev.ember.sqlgen.DatetimeSql.cast;
import static dev.ember.sqlgen.DatetimeSql.infix;
import static dev.ember.sqlgen.DatetimeSql.isNotNull;
import static dev.ember.sqlgen.DatetimeSql.number;
import static dev.ember.sqlgen.DatetimeSql.text;

import dev.ember.plan.errors.RaisedError;
import dev.ember.plan.expressions.Literal;
import dev.ember.plan.resolved.Call;
import dev.ember.plan.types.AtomicType;
import dev.ember.sqlgen.FunctionRenderers.Renderer;
import dev.ember.sqlgen.tree.SqlCase;
import dev.ember.sqlgen.tree.SqlExpression;
import dev.ember.sqlgen.tree.SqlLiteral;
import java.util.List;
import java.util.Map;

/**
 * make_timestamp(year, month, day, hour, minute, seconds, zone, fail): the wall clock is the date
 * plus an interval of microseconds, checked field by field first (60 seconds with no fraction is the
 * next minute, as in Spark); a TIMESTAMP reads it in the zone given or the session's.
 */
final class TimestampConstructorRenderers {
  private TimestampConstructorRenderers() {
  }

  static void register(Map<String, Renderer> renderers) {
    renderers.put("make_timestamp", TimestampConstructorRenderers::makeTimestamp);
    renderers.put("make_timestamp_of_date_time", (call, args) -> {
      SqlExpression wallClock = infix("+", cast(args.get(0), "TIMESTAMP"),
          call("to_microseconds", TimeCasts.micros(args.get(1))));
      if (call.dataType() == AtomicType.TIMESTAMP_NTZ || args.size() < 3) {
        return call.dataType() == AtomicType.TIMESTAMP_NTZ ? wallClock : DatetimeSql.localToInstant(wallClock);
      }
      // a NULL zone makes a NULL timestamp
      return call.argument(2) instanceof Literal zone && zone.value() == null ? new SqlLiteral(null, call.dataType())
          : inZone(call, args, 2, wallClock);
    });
  }

  private static SqlExpression makeTimestamp(Call call, List<SqlExpression> args) {
    SqlExpression year = cast(args.get(0), "BIGINT");
    SqlExpression month = cast(args.get(1), "BIGINT");
    SqlExpression day = cast(args.get(2), "BIGINT");
    SqlExpression hour = cast(args.get(3), "BIGINT");
    SqlExpression minute = cast(args.get(4), "BIGINT");
    SqlExpression micros = cast(infix("*", args.get(5), new SqlLiteral(1_000_000L, AtomicType.LONG)), "BIGINT");
    SqlExpression sixtySeconds = new SqlLiteral(60_000_000L, AtomicType.LONG);
    SqlExpression valid = infix("AND", DatetimeRenderers.validDate(year, month, day), infix("AND",
        infix("AND", between(hour, 23), between(minute, 59)),
        infix("AND", infix(">=", micros, number(0)), infix("<=", micros, sixtySeconds))));
    SqlExpression offset = infix("+", infix("*", infix("+", infix("*", hour, number(60)), minute), sixtySeconds),
        micros);
    SqlExpression local = infix("+", call("make_date", year, month, day), call("to_microseconds", offset));
    SqlExpression wallClock = new SqlCase(List.of(new SqlCase.When(valid, local)), null);
    SqlExpression value = call.dataType() == AtomicType.TIMESTAMP_NTZ ? wallClock : inZone(call, args, 6, wallClock);
    boolean fail = ((Literal) call.argument(7)).value().equals(Boolean.TRUE);
    if (!fail) {
      return value;
    }
    SqlExpression allPresent = args.subList(0, 6).stream().map(DatetimeSql::isNotNull)
        .reduce((left, right) -> infix("AND", left, right)).orElseThrow();
    SqlExpression wholeSeconds = cast(call("floor", args.get(5)), "BIGINT");
    // 60 seconds and a fraction: Spark's own error, before the fields' range
    SqlExpression sixtyAndMore = infix("AND", infix("=", wholeSeconds, number(60)), infix(">", micros, sixtySeconds));
    return DatetimeSql.when(infix("AND", allPresent, sixtyAndMore), DatetimeSql.raise(
        RaisedError.INVALID_FRACTION_OF_SECOND, call.dataType(), cast(args.get(5), "VARCHAR")),
        DatetimeSql.when(infix("AND", allPresent, dev.ember.sqlgen.tree.SqlOperator.prefix("NOT",
        call("coalesce", valid, new SqlLiteral(false, AtomicType.BOOLEAN)))),
        DatetimeSql.raise(RaisedError.INVALID_TIMESTAMP, call.dataType(), args.get(0), args.get(1), args.get(2),
            args.get(3), args.get(4), wholeSeconds), value));
  }

  private static SqlExpression between(SqlExpression field, int max) {
    return infix("AND", infix(">=", field, number(0)), infix("<=", field, number(max)));
  }

  /** The wall clock read in the call's zone (a literal as Spark reads it), or the session's when there is none. */
  private static SqlExpression inZone(Call call, List<SqlExpression> args, int index, SqlExpression wallClock) {
    if (call.argument(index) instanceof Literal literal && literal.value() == null) {
      return DatetimeSql.localToInstant(wallClock);
    }
    SqlExpression zone = call.argument(index) instanceof Literal literal
        ? text(TimeZoneRenderers.icuName((String) literal.value()).orElse((String) literal.value())) : args.get(index);
    return call("timezone", zone, wallClock);
  }
}
