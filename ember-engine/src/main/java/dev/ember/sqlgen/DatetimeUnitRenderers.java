package dev.ember.sqlgen;

import static dev.ember.sqlgen.DatetimeSql.call;
import static dev.ember.sqlgen.DatetimeSql.cast;
import static dev.ember.sqlgen.DatetimeSql.infix;
import static dev.ember.sqlgen.DatetimeSql.text;

import dev.ember.plan.expressions.Literal;
import dev.ember.plan.resolved.Call;
import dev.ember.plan.types.AtomicType;
import dev.ember.sqlgen.FunctionRenderers.Renderer;
import dev.ember.sqlgen.tree.SqlExpression;
import dev.ember.sqlgen.tree.SqlLiteral;
import java.util.Map;

/**
 * timestampadd and timestampdiff by unit. Spark adds days, weeks, months and years to the wall clock of the
 * session time zone and smaller units to the instant, as DuckDB's interval arithmetic on a TIMESTAMPTZ does;
 * it counts whole units between the two wall clocks (java.time's {@code ChronoUnit.between}), as DuckDB's
 * {@code date_sub} does on TIMESTAMPs.
 */
final class DatetimeUnitRenderers {
  private DatetimeUnitRenderers() {
  }

  static void register(Map<String, Renderer> renderers) {
    renderers.put("timestampadd", (call, args) -> add(unit(call), args.get(1), args.get(2)));
    renderers.put("timestampdiff", (call, args) -> diff(unit(call), args.get(1), args.get(2)));
  }

  private static String unit(Call call) {
    return (String) ((Literal) call.argument(0)).value();
  }

  private static SqlExpression add(String unit, SqlExpression quantity, SqlExpression time) {
    SqlExpression interval = switch (unit) {
      case "MICROSECOND" -> call("to_microseconds", quantity);
      case "MILLISECOND" -> micros(quantity, 1_000L);
      case "SECOND" -> micros(quantity, 1_000_000L);
      case "MINUTE" -> micros(quantity, 60_000_000L);
      case "HOUR" -> micros(quantity, 3_600_000_000L);
      case "DAY", "DAYOFYEAR" -> call("to_days", cast(quantity, "INTEGER"));
      case "WEEK" -> call("to_days", cast(infix("*", quantity, new SqlLiteral(7L, AtomicType.LONG)), "INTEGER"));
      case "MONTH" -> call("to_months", cast(quantity, "INTEGER"));
      case "QUARTER" -> call("to_months", cast(infix("*", quantity, new SqlLiteral(3L, AtomicType.LONG)), "INTEGER"));
      case "YEAR" -> call("to_months", cast(infix("*", quantity, new SqlLiteral(12L, AtomicType.LONG)), "INTEGER"));
      default -> throw new IllegalStateException("unit not checked by the analyzer: " + unit);
    };
    return infix("+", time, interval);
  }

  private static SqlExpression micros(SqlExpression quantity, long factor) {
    return call("to_microseconds", infix("*", quantity, new SqlLiteral(factor, AtomicType.LONG)));
  }

  private static SqlExpression diff(String unit, SqlExpression start, SqlExpression end) {
    String part = switch (unit) {
      case "MICROSECOND" -> "microseconds";
      case "MILLISECOND" -> "milliseconds";
      default -> unit.toLowerCase(java.util.Locale.ROOT);
    };
    return call("date_sub", text(part), cast(start, "TIMESTAMP"), cast(end, "TIMESTAMP"));
  }
}
