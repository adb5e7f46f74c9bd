package dev.ember.sqlgen;

import dev.ember.plan.resolved.Call;
import dev.ember.plan.types.AtomicType;
import dev.ember.sqlgen.FunctionRenderers.Renderer;
import dev.ember.sqlgen.tree.SqlCall;
import dev.ember.sqlgen.tree.SqlCast;
import dev.ember.sqlgen.tree.SqlExpression;
import dev.ember.sqlgen.tree.SqlLiteral;
import dev.ember.sqlgen.tree.SqlOperator;
import java.util.List;
import java.util.Map;

/**
 * The Tuple sketch functions through the engine's Java functions ({@code ember_tuple_*}), which use the
 * DataSketches library as Spark does; sketches travel as hex, and the functions learn their summary type from
 * the Spark function's name they are handed. tuple_sketch_agg hands over its group's rows with a key and a summary
 * in input order, each as {@code summary:key} (the key's token as {@link DataSketchesRenderers} writes it).
 */
final class TupleSketchRenderers {
  private TupleSketchRenderers() {
  }

  static void register(Map<String, Renderer> renderers) {
    for (String summary : List.of("double", "integer")) {
      renderers.put("tuple_sketch_agg_" + summary, (call, args) -> DataSketchesRenderers.unhex(SqlCall.of(
          "ember_tuple_sketch_agg", pairs(call, args), text(DataSketchesRenderers.kind(call.argument(0).dataType())),
          text(call.function()), DataSketchesRenderers.integer(args.get(2)), args.get(3))));
      renderers.put("tuple_union_agg_" + summary, (call, args) -> DataSketchesRenderers.unhex(SqlCall.of(
          "ember_tuple_union_agg", sketches(args), text(call.function()), DataSketchesRenderers.integer(args.get(1)),
          args.get(2))));
      renderers.put("tuple_intersection_agg_" + summary, (call, args) -> DataSketchesRenderers.unhex(SqlCall.of(
          "ember_tuple_intersection_agg", sketches(args), text(call.function()), args.get(1))));
      for (String reader : List.of("estimate", "theta")) {
        renderers.put("tuple_sketch_" + reader + "_" + summary, (call, args) -> SqlCall.of(
            "ember_tuple_sketch_" + reader, SqlCall.of("hex", args.get(0)), text(call.function())));
      }
      renderers.put("tuple_sketch_summary_" + summary, (call, args) -> SqlCall.of(
          "ember_tuple_sketch_summary_" + summary, SqlCall.of("hex", args.get(0)), args.get(1)));
      for (String operation : List.of("union_", "union_theta_", "intersection_", "intersection_theta_",
          "difference_", "difference_theta_")) {
        renderers.put("tuple_" + operation + summary, TupleSketchRenderers::set);
      }
    }
  }

  /** {@code ember_tuple_set(function, a, b, lgNomEntries, mode)}; the options the function lacks as defaults. */
  private static SqlExpression set(Call call, List<SqlExpression> args) {
    String function = call.function();
    boolean sized = function.startsWith("tuple_union");
    boolean moded = !function.startsWith("tuple_difference");
    SqlExpression size = sized ? DataSketchesRenderers.integer(args.get(2)) : new SqlLiteral(12, AtomicType.INTEGER);
    SqlExpression mode = moded ? args.get(sized ? 3 : 2) : text("sum");
    return DataSketchesRenderers.unhex(SqlCall.of("ember_tuple_set", text(function), SqlCall.of("hex", args.get(0)),
        SqlCall.of("hex", args.get(1)), size, mode));
  }

  private static SqlExpression pairs(Call call, List<SqlExpression> args) {
    SqlExpression key = DataSketchesRenderers.token(call.argument(0).dataType(), args.get(0));
    SqlExpression summary = new SqlCast(args.get(1), "VARCHAR", false);
    SqlExpression pair = SqlOperator.infix("||", SqlOperator.infix("||", summary, text(":")), key);
    return DataSketchesRenderers.tokens(pair, pair);
  }

  private static SqlExpression sketches(List<SqlExpression> args) {
    return DataSketchesRenderers.tokens(SqlCall.of("hex", args.get(0)), args.get(0));
  }

  private static SqlExpression text(String value) {
    return new SqlLiteral(value, AtomicType.STRING);
  }
}
