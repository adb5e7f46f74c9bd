package dev.ember.sqlgen;

import dev.ember.plan.resolved.Call;
import dev.ember.plan.types.ArrayType;
import dev.ember.plan.types.AtomicType;
import dev.ember.sqlgen.FunctionRenderers.Renderer;
import dev.ember.sqlgen.tree.SqlCall;
import dev.ember.sqlgen.tree.SqlCast;
import dev.ember.sqlgen.tree.SqlExpression;
import dev.ember.sqlgen.tree.SqlLiteral;
import java.util.List;
import java.util.Map;

/**
 * The KLL sketch functions through the engine's Java functions ({@code ember_kll_*}): sketches as hex, the
 * aggregates' values as {@link DataSketchesRenderers#values} tokens, ranks and items as DuckDB's text of the
 * number or list, results read back from text into the function's type.
 */
final class KllSketchRenderers {
  private KllSketchRenderers() {
  }

  static void register(Map<String, Renderer> renderers) {
    for (String kind : List.of("bigint", "float", "double")) {
      SqlLiteral kindLiteral = new SqlLiteral(kind, AtomicType.STRING);
      renderers.put("kll_sketch_agg_" + kind, (call, args) -> unhex(SqlCall.of("ember_kll_sketch_agg",
          DataSketchesRenderers.values(call, args.get(0)), kindLiteral, k(args, 200))));
      renderers.put("kll_merge_agg_" + kind, (call, args) -> unhex(SqlCall.of("ember_kll_merge_agg",
          DataSketchesRenderers.tokens(hex(args.get(0)), args.get(0)), kindLiteral, k(args, null))));
      renderers.put("kll_sketch_get_n_" + kind, (call, args) -> SqlCall.of("ember_kll_get_n", kindLiteral,
          hex(args.get(0))));
      renderers.put("kll_sketch_to_string_" + kind, (call, args) -> SqlCall.of("ember_kll_to_string", kindLiteral,
          hex(args.get(0))));
      renderers.put("kll_sketch_merge_" + kind, (call, args) -> unhex(SqlCall.of("ember_kll_merge", kindLiteral,
          hex(args.get(0)), hex(args.get(1)))));
      renderers.put("kll_sketch_get_quantile_" + kind, (call, args) -> lookup("ember_kll_quantile", call, args,
          kindLiteral));
      renderers.put("kll_sketch_get_rank_" + kind, (call, args) -> lookup("ember_kll_rank", call, args,
          kindLiteral));
    }
  }

  private static SqlExpression lookup(String function, Call call, List<SqlExpression> args, SqlLiteral kind) {
    boolean isArray = call.dataType() instanceof ArrayType;
    SqlExpression text = SqlCall.of(function, kind, hex(args.get(0)), new SqlCast(args.get(1), "VARCHAR", false),
        new SqlLiteral(isArray, AtomicType.BOOLEAN));
    return new SqlCast(text, DuckDbTypes.of(call.dataType()), false);
  }

  /** The k argument, or {@code absent} (NULL: none) when not given. */
  private static SqlExpression k(List<SqlExpression> args, Integer absent) {
    if (args.size() == 2) {
      return new SqlCast(args.get(1), "INTEGER", false);
    }
    return absent == null ? new SqlCast(new SqlLiteral(null, AtomicType.NULL), "INTEGER", false)
        : new SqlLiteral(absent, AtomicType.INTEGER);
  }

  private static SqlExpression hex(SqlExpression binary) {
    return SqlCall.of("hex", binary);
  }

  private static SqlExpression unhex(SqlExpression hex) {
    return SqlCall.of("unhex", hex);
  }
}
