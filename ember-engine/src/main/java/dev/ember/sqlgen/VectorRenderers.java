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
  }

  private static SqlExpression text(SqlExpression vector) {
    return new SqlCast(vector, "VARCHAR", false);
  }
}
