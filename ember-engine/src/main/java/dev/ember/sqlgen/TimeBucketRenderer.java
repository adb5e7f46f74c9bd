package dev.ember.sqlgen;

import static dev.ember.sqlgen.DatetimeSql.call;
import static dev.ember.sqlgen.DatetimeSql.cast;
import static dev.ember.sqlgen.DatetimeSql.infix;
import static dev.ember.sqlgen.DatetimeSql.when;

import dev.ember.plan.expressions.Literal;
import dev.ember.plan.resolved.Call;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.YearMonthIntervalType;
import dev.ember.sqlgen.FunctionRenderers.Renderer;
import dev.ember.sqlgen.tree.SqlExpression;
import dev.ember.sqlgen.tree.SqlLiteral;
import java.util.List;
import java.util.Map;

/**
 * time_bucket(size, ts, origin) on wall clocks (a TIMESTAMP's in the session time zone, so that days and months
 * begin at local midnight across daylight-saving changes): a day-time size steps whole microseconds from the
 * origin, a year-month size whole months (a day past the month's end capped, one step back when that overshoots).
 */
final class TimeBucketRenderer {
  private TimeBucketRenderer() {
  }

  static void register(Map<String, Renderer> renderers) {
    renderers.put("time_bucket", TimeBucketRenderer::render);
  }

  private static SqlExpression render(Call call, List<SqlExpression> args) {
    if (call.argument(0) instanceof Literal literal && literal.value() == null) {
      return new SqlLiteral(null, call.dataType());
    }
    // a day-time interval is a BIGINT of microseconds, a year-month one an INTEGER of months
    SqlExpression size = cast(args.get(0), "BIGINT");
    SqlExpression time = wallClock(args.get(1));
    SqlExpression origin = wallClock(args.get(2));
    SqlExpression bucket = call.argument(0).dataType() instanceof YearMonthIntervalType
        ? byMonths(size, time, origin) : byMicros(size, time, origin);
    return call.dataType() == AtomicType.TIMESTAMP_NTZ ? bucket : DatetimeSql.localToInstant(bucket);
  }

  /** A TIMESTAMPTZ's wall clock in the session time zone; a TIMESTAMP (NTZ) is one. */
  private static SqlExpression wallClock(SqlExpression timestamp) {
    return cast(timestamp, "TIMESTAMP");
  }

  /** origin + (ts - origin) rounded down to a multiple of the size, in microseconds. */
  private static SqlExpression byMicros(SqlExpression size, SqlExpression time, SqlExpression origin) {
    SqlExpression difference = infix("-", call("epoch_us", time), call("epoch_us", origin));
    SqlExpression remainder = floorMod(difference, size);
    return call("make_timestamp", infix("-", call("epoch_us", time), remainder));
  }

  private static SqlExpression byMonths(SqlExpression size, SqlExpression time, SqlExpression origin) {
    SqlExpression months = infix("+", infix("*", infix("-", call("year", time), call("year", origin)), big(12)),
        infix("-", call("month", time), call("month", origin)));
    SqlExpression steps = infix("-", months, floorMod(months, size));
    SqlExpression candidate = infix("+", origin, call("to_months", cast(steps, "INTEGER")));
    SqlExpression earlier = infix("+", origin, call("to_months", cast(infix("-", steps, size), "INTEGER")));
    return when(infix(">", candidate, time), earlier, candidate);
  }

  private static SqlExpression floorMod(SqlExpression value, SqlExpression divisor) {
    return infix("%", infix("+", infix("%", value, divisor), divisor), divisor);
  }

  private static SqlExpression big(long value) {
    return new SqlLiteral(value, AtomicType.LONG);
  }
}
