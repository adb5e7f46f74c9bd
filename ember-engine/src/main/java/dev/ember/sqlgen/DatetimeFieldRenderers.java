package dev.ember.sqlgen;

import static dev.ember.sqlgen.DatetimeSql.call;
import static dev.ember.sqlgen.DatetimeSql.cast;
import static dev.ember.sqlgen.DatetimeSql.infix;
import static dev.ember.sqlgen.DatetimeSql.number;
import static dev.ember.sqlgen.DatetimeSql.text;

import dev.ember.plan.types.AtomicType;
import dev.ember.sqlgen.FunctionRenderers.Renderer;
import dev.ember.sqlgen.tree.SqlLiteral;
import java.util.Map;

/** The fields extract adds to the named date functions, and weekday, dayname, monthname (English, as Spark). */
final class DatetimeFieldRenderers {
  private DatetimeFieldRenderers() {
  }

  static void register(Map<String, Renderer> renderers) {
    renderers.put("yearofweek", (call, args) -> cast(call("isoyear", args.get(0)), "INTEGER"));
    renderers.put("dayofweek_iso", (call, args) -> cast(call("isodow", args.get(0)), "INTEGER"));
    renderers.put("weekday", (call, args) -> cast(infix("-", call("isodow", args.get(0)), number(1)), "INTEGER"));
    renderers.put("dayname", (call, args) -> call("strftime", args.get(0), text("%a")));
    renderers.put("monthname", (call, args) -> call("strftime", args.get(0), text("%b")));
    // DuckDB's microsecond field counts the seconds too
    renderers.put("second_with_fraction", (call, args) -> cast(infix("/",
        cast(call("microsecond", args.get(0)), "DECIMAL(18,6)"), new SqlLiteral(1_000_000, AtomicType.INTEGER)),
        "DECIMAL(8,6)"));
  }
}
