package dev.ember.sqlgen;

import dev.ember.plan.resolved.Call;
import dev.ember.plan.types.ArrayType;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.DataType;
import dev.ember.plan.types.StructField;
import dev.ember.plan.types.StructType;
import dev.ember.sqlgen.FunctionRenderers.Renderer;
import dev.ember.sqlgen.tree.SqlCall;
import dev.ember.sqlgen.tree.SqlCast;
import dev.ember.sqlgen.tree.SqlColumn;
import dev.ember.sqlgen.tree.SqlExpression;
import dev.ember.sqlgen.tree.SqlLambda;
import dev.ember.sqlgen.tree.SqlLiteral;
import dev.ember.sqlgen.tree.SqlOperator;
import java.util.List;
import java.util.Map;

/**
 * {@code approx_top_k} through the engine's {@code ember_approx_top_k}: the group's non-NULL values in input order
 * as tokens (booleans and numbers as DuckDB writes them, a date as its day number, a timestamp as its microseconds, a string as the hex of its
 * bytes) and the number of NULLs; the entries come back as text read as a list of (item, count) structs, a
 * string's item decoded from hex and a date's from its day number.
 */
final class ApproxTopKRenderer {
  private ApproxTopKRenderer() {
  }

  static void register(Map<String, Renderer> renderers) {
    renderers.put("approx_top_k", ApproxTopKRenderer::render);
  }

  private static SqlExpression render(Call call, List<SqlExpression> args) {
    SqlExpression value = args.get(0);
    DataType type = call.argument(0).dataType();
    SqlExpression token;
    if (type == AtomicType.STRING) {
      token = SqlCall.of("hex", value);
    } else if (type == AtomicType.DATE) {
      token = new SqlCast(SqlOperator.infix("-", value, epoch()), "VARCHAR", false);
    } else if (type == AtomicType.TIMESTAMP || type == AtomicType.TIMESTAMP_NTZ) {
      token = new SqlCast(SqlCall.of("epoch_us", value), "VARCHAR", false);
    } else if (type == AtomicType.FLOAT || type == AtomicType.DOUBLE) {
      token = new SqlCast(new SqlCast(value, "DOUBLE", false), "VARCHAR", false);
    } else {
      token = new SqlCast(value, "VARCHAR", false);
    }
    SqlExpression nulls = SqlOperator.infix("-", SqlCall.of("count_star"), SqlCall.of("count", value));
    SqlExpression text = SqlCall.of("ember_approx_top_k", DataSketchesRenderers.tokens(token, value),
        new SqlLiteral(kind(type), AtomicType.STRING), nulls, new SqlCast(args.get(1), "INTEGER", false),
        new SqlCast(args.get(2), "INTEGER", false));
    boolean timestamp = type == AtomicType.TIMESTAMP || type == AtomicType.TIMESTAMP_NTZ;
    DataType carried = type == AtomicType.DATE ? AtomicType.INTEGER : timestamp ? AtomicType.LONG : type;
    DataType entries = new ArrayType(new StructType(List.of(new StructField("item", carried, true),
        new StructField("count", AtomicType.LONG, false))), false);
    SqlExpression parsed = new SqlCast(text, DuckDbTypes.of(entries), false);
    if (type != AtomicType.STRING && type != AtomicType.DATE && !timestamp) {
      return parsed;
    }
    String entry = SqlLet.freshName();
    SqlExpression item = field(new SqlColumn(entry), "item");
    SqlExpression decoded;
    if (type == AtomicType.STRING) {
      decoded = SqlCall.of("decode", SqlCall.of("unhex", item));
    } else if (type == AtomicType.DATE) {
      decoded = SqlOperator.infix("+", epoch(), item);
    } else if (type == AtomicType.TIMESTAMP) {
      decoded = DatetimeEpochRenderers.fromMicros(item);
    } else {
      decoded = SqlCall.of("make_timestamp", item);
    }
    return new SqlCast(SqlCall.of("list_transform", parsed, new SqlLambda(entry, SqlCall.of("row", decoded,
        field(new SqlColumn(entry), "count")))), DuckDbTypes.of(call.dataType()), false);
  }

  private static String kind(DataType type) {
    if (type == AtomicType.BOOLEAN) {
      return "boolean";
    }
    if (type == AtomicType.BYTE) {
      return "byte";
    }
    if (type == AtomicType.SHORT) {
      return "short";
    }
    if (type == AtomicType.INTEGER || type == AtomicType.DATE) {
      return "int";
    }
    if (type == AtomicType.LONG || type == AtomicType.TIMESTAMP || type == AtomicType.TIMESTAMP_NTZ) {
      return "long";
    }
    if (type == AtomicType.FLOAT) {
      return "float";
    }
    return type == AtomicType.DOUBLE ? "double" : "string";
  }

  private static SqlExpression epoch() {
    return new SqlCast(new SqlLiteral("1970-01-01", AtomicType.STRING), "DATE", false);
  }

  private static SqlExpression field(SqlExpression struct, String name) {
    return SqlCall.of("struct_extract", struct, new SqlLiteral(name, AtomicType.STRING));
  }
}
