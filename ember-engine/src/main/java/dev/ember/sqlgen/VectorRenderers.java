package dev.ember.sqlgen;

import dev.ember.sqlgen.FunctionRenderers.Renderer;
import dev.ember.sqlgen.tree.SqlCall;
import dev.ember.sqlgen.tree.SqlCast;
import dev.ember.sqlgen.tree.SqlExpression;
import java.util.List;
import java.util.Map;

/**
 * The vector functions through the Java functions {@code ember_vector} (a float, as a double) and
 * {@code ember_vector_normalize} (the vector's text): vectors go as DuckDB's text of the FLOAT[].
 */
final class VectorRenderers {
  private VectorRenderers() {
  }

  static void register(Map<String, Renderer> renderers) {
    renderers.put("vector", (call, args) -> new SqlCast(new SqlCall("ember_vector", List.of(args.get(0),
        text(args.get(1)), text(args.get(2)), new SqlCast(args.get(3), "DOUBLE", false)), false), "FLOAT", false));
    renderers.put("vector_normalize", (call, args) -> new SqlCast(new SqlCall("ember_vector_normalize", List.of(
        text(args.get(1)), new SqlCast(args.get(3), "DOUBLE", false)), false), "FLOAT[]", false));
    renderers.put("vector_sum", (call, args) -> aggregate("sum", args.get(0)));
    renderers.put("vector_avg", (call, args) -> aggregate("avg", args.get(0)));
  }

  /** The group's vectors in input order (a window's in frame order), folded by {@code ember_vector_aggregate}. */
  private static SqlExpression aggregate(String kind, SqlExpression vector) {
    SqlExpression vectors = new dev.ember.sqlgen.tree.SqlFilteredAggregate(new dev.ember.sqlgen.tree.SqlOrderedAggregate(
        SqlCall.of("list", vector), List.of(RowNumbering.inInputOrder(true))),
        dev.ember.sqlgen.tree.SqlOperator.postfix("IS NOT NULL", vector));
    return new SqlCast(SqlCall.of("ember_vector_aggregate", text(vectors),
        new dev.ember.sqlgen.tree.SqlLiteral(kind, dev.ember.plan.types.AtomicType.STRING)), "FLOAT[]", false);
  }

  private static SqlExpression text(SqlExpression vector) {
    return new SqlCast(vector, "VARCHAR", false);
  }
}
