package dev.ember.sqlgen;

import static dev.ember.sqlgen.DatetimeSql.call;
import static dev.ember.sqlgen.DatetimeSql.cast;
import static dev.ember.sqlgen.DatetimeSql.text;

import dev.ember.plan.errors.RaisedError;
import dev.ember.plan.expressions.Literal;
import dev.ember.plan.resolved.Call;
import dev.ember.plan.types.AtomicType;
import dev.ember.sqlgen.FunctionRenderers.Renderer;
import dev.ember.sqlgen.tree.SqlCase;
import dev.ember.sqlgen.tree.SqlExpression;
import dev.ember.sqlgen.tree.SqlLiteral;
import dev.ember.sqlgen.tree.SqlOperator;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * from_utc_timestamp, to_utc_timestamp, convert_timezone and the session's zone and clock. DuckDB's
 * {@code timezone(zone, TIMESTAMPTZ)} gives the wall clock in a zone, {@code timezone(zone, TIMESTAMP)}
 * reads a wall clock there. A literal zone is read as Spark reads it (java.time, with its short ids)
 * and written as ICU names it; a zone Spark does not know fails per row.
 */
final class TimeZoneRenderers {
  private TimeZoneRenderers() {
  }

  static void register(Map<String, Renderer> renderers) {
    renderers.put("from_utc_timestamp", (call, args) -> withZone(call, 1, args, zone ->
        call("timezone", text("UTC"), call("timezone", zone, args.get(0)))));
    renderers.put("to_utc_timestamp", (call, args) -> withZone(call, 1, args, zone ->
        call("timezone", zone, call("timezone", text("UTC"), args.get(0)))));
    renderers.put("convert_timezone", (call, args) -> withZone(call, 0, args, source -> withZone(call, 1, args,
        target -> call("timezone", target, call("timezone", source, args.get(2))))));
    renderers.put("current_timezone", (call, args) -> call("current_setting", text("TimeZone")));
    renderers.put("localtimestamp", (call, args) -> cast(call("get_current_timestamp"), "TIMESTAMP"));
  }

  private interface ZoneRendering {
    SqlExpression render(SqlExpression zone);
  }

  private static SqlExpression withZone(Call call, int index, List<SqlExpression> args, ZoneRendering rendering) {
    if (!(call.argument(index) instanceof Literal literal) || literal.value() == null) {
      return rendering.render(args.get(index));
    }
    String spelled = (String) literal.value();
    Optional<String> icu = icuName(spelled);
    if (icu.isPresent()) {
      return rendering.render(text(icu.get()));
    }
    SqlExpression time = args.get(args.size() - 1);
    String resultType = DuckDbTypes.of(call.dataType());
    return new SqlCase(List.of(new SqlCase.When(SqlOperator.postfix("IS NULL", time),
        cast(new SqlLiteral(null, AtomicType.NULL), resultType))),
        FunctionRenderers.raise(RaisedError.INVALID_TIMEZONE, resultType, spelled));
  }

  /** The ICU name of the zone Spark reads ({@link dev.ember.engine.SparkZoneIds}). */
  static Optional<String> icuName(String spelled) {
    return dev.ember.engine.SparkZoneIds.parse(spelled).map(zone -> zone.normalized() instanceof ZoneOffset offset
        ? (offset.getTotalSeconds() == 0 ? "UTC" : "GMT" + offset.getId()) : zone.getId());
  }
}
