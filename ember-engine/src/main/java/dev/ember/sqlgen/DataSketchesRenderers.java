package dev.ember.sqlgen;

import dev.ember.plan.errors.RaisedError;
import dev.ember.plan.expressions.Literal;
import dev.ember.plan.resolved.BoundCast;
import dev.ember.plan.resolved.BoundExpression;
import dev.ember.plan.resolved.Call;
import dev.ember.plan.types.ArrayType;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.DataType;
import dev.ember.sqlgen.FunctionRenderers.Renderer;
import dev.ember.sqlgen.tree.SqlCall;
import dev.ember.sqlgen.tree.SqlCast;
import dev.ember.sqlgen.tree.SqlColumn;
import dev.ember.sqlgen.tree.SqlExpression;
import dev.ember.sqlgen.tree.SqlFilteredAggregate;
import dev.ember.sqlgen.tree.SqlLambda;
import dev.ember.sqlgen.tree.SqlLiteral;
import dev.ember.sqlgen.tree.SqlOperator;
import dev.ember.sqlgen.tree.SqlOrderedAggregate;
import java.util.List;
import java.util.Map;

/**
 * The HLL and Theta sketch functions through the engine's Java functions ({@code ember_hll_*},
 * {@code ember_theta_*}), which use the DataSketches library as Spark does. Sketches go to them as hex and come
 * back as hex ({@code unhex}); an aggregate hands over its group's non-NULL values in input order as tokens, each
 * led by {@code x} and joined by commas: whole numbers and doubles as DuckDB writes them, strings and binaries as
 * the hex of their bytes, arrays as their numbers separated by spaces (a NULL element as 0, as Spark reads it).
 */
final class DataSketchesRenderers {
  private DataSketchesRenderers() {
  }

  static void register(Map<String, Renderer> renderers) {
    renderers.put("hll_sketch_agg", (call, args) -> sketch("ember_hll_sketch_agg", values(call, args.get(0)),
        kind(call.argument(0).dataType()), constantOption(call, args, "HLL_K_MUST_BE_CONSTANT")));
    renderers.put("theta_sketch_agg", (call, args) -> sketch("ember_theta_sketch_agg", values(call, args.get(0)),
        kind(call.argument(0).dataType()), constantOption(call, args, "THETA_LG_NOM_ENTRIES_MUST_BE_CONSTANT")));
    renderers.put("hll_union_agg", (call, args) -> unhex(SqlCall.of("ember_hll_union_agg",
        tokens(SqlCall.of("hex", args.get(0)), args.get(0)), args.get(1))));
    renderers.put("theta_union_agg", (call, args) -> setAggregate("union", args));
    renderers.put("theta_intersection_agg", (call, args) -> setAggregate("intersection", args));
    renderers.put("hll_sketch_estimate", (call, args) -> SqlCall.of("ember_hll_sketch_estimate",
        SqlCall.of("hex", args.get(0))));
    renderers.put("theta_sketch_estimate", (call, args) -> SqlCall.of("ember_theta_sketch_estimate",
        SqlCall.of("hex", args.get(0))));
    renderers.put("hll_union", (call, args) -> unhex(SqlCall.of("ember_hll_union", SqlCall.of("hex", args.get(0)),
        SqlCall.of("hex", args.get(1)), args.get(2))));
    for (String operation : List.of("union", "intersection", "difference")) {
      renderers.put("theta_" + operation, (call, args) -> unhex(SqlCall.of("ember_theta_set",
          new SqlLiteral(operation, AtomicType.STRING), SqlCall.of("hex", args.get(0)), SqlCall.of("hex", args.get(1)),
          integer(args.get(2)))));
    }
  }

  private static SqlExpression sketch(String function, SqlExpression values, String kind, SqlExpression option) {
    return unhex(SqlCall.of(function, values, new SqlLiteral(kind, AtomicType.STRING), integer(option)));
  }

  private static SqlExpression setAggregate(String operation, List<SqlExpression> args) {
    return unhex(SqlCall.of("ember_theta_set_agg", tokens(SqlCall.of("hex", args.get(0)), args.get(0)),
        new SqlLiteral(operation, AtomicType.STRING), integer(args.get(1))));
  }

  /**
   * The size argument, which Spark evaluates when it creates the aggregation buffer: one that is not constant
   * fails then, with {@code errorClass}; a constant NULL reads as 0 (out of range).
   */
  private static SqlExpression constantOption(Call call, List<SqlExpression> args, String errorClass) {
    BoundExpression option = call.argument(1);
    while (option instanceof BoundCast cast) {
      option = cast.child();
    }
    if (!(option instanceof Literal literal)) {
      return SqlCall.of("error", new SqlLiteral(RaisedError.SKETCH.marker(errorClass, "function",
          "`" + call.function() + "`"), AtomicType.STRING));
    }
    return literal.value() == null ? new SqlLiteral(0, AtomicType.INTEGER) : args.get(1);
  }

  /** How the Java functions read a value of {@code type}. */
  static String kind(DataType type) {
    if (type instanceof AtomicType atomic && atomic.integral()) {
      return "long";
    }
    if (type == AtomicType.FLOAT || type == AtomicType.DOUBLE) {
      return "double";
    }
    if (type == AtomicType.STRING) {
      return "string";
    }
    if (type == AtomicType.BINARY) {
      return "bytes";
    }
    if (type instanceof ArrayType array) {
      return array.elementType() == AtomicType.INTEGER ? "ints" : "longs";
    }
    throw new IllegalArgumentException("no sketch input of type " + type);
  }

  static SqlExpression values(Call call, SqlExpression value) {
    return tokens(token(call.argument(0).dataType(), value), value);
  }

  /** The token of one value of {@code type}. */
  static SqlExpression token(DataType type, SqlExpression value) {
    return switch (kind(type)) {
      case "long" -> new SqlCast(value, "VARCHAR", false);
      case "double" -> new SqlCast(new SqlCast(value, "DOUBLE", false), "VARCHAR", false);
      case "string", "bytes" -> SqlCall.of("hex", value);
      default -> {
        String element = SqlLet.freshName();
        yield SqlCall.of("array_to_string", SqlCall.of("list_transform", value, new SqlLambda(element,
            SqlCall.of("coalesce", new SqlColumn(element), new SqlLiteral(0, AtomicType.INTEGER)))),
            new SqlLiteral(" ", AtomicType.STRING));
      }
    };
  }

  /** The tokens of the group's non-NULL values in input order, joined by commas (NULL without values). */
  static SqlExpression tokens(SqlExpression token, SqlExpression value) {
    SqlExpression marked = SqlOperator.infix("||", new SqlLiteral("x", AtomicType.STRING), token);
    SqlExpression list = new SqlFilteredAggregate(new SqlOrderedAggregate(SqlCall.of("list", marked),
        List.of(RowNumbering.inInputOrder(true))), SqlOperator.postfix("IS NOT NULL", value));
    return SqlCall.of("array_to_string", list, new SqlLiteral(",", AtomicType.STRING));
  }

  static SqlExpression integer(SqlExpression value) {
    return new SqlCast(value, "INTEGER", false);
  }

  static SqlExpression unhex(SqlExpression hex) {
    return SqlCall.of("unhex", hex);
  }
}
