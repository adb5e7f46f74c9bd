package dev.ember.sqlgen;

import dev.ember.plan.types.AtomicType;
import dev.ember.sqlgen.FunctionRenderers.Renderer;
import dev.ember.sqlgen.tree.SqlCall;
import dev.ember.sqlgen.tree.SqlExpression;
import dev.ember.sqlgen.tree.SqlLiteral;
import java.util.Map;

/**
 * json_tuple's fields, json_array_length and json_object_keys: the Java functions {@code ember_json_*}
 * (Jackson, as Spark); a list of strings comes back as a JSON array, read with {@code json_transform}.
 */
final class JsonDocumentRenderers {
  private JsonDocumentRenderers() {
  }

  static void register(Map<String, Renderer> renderers) {
    renderers.put("json_tuple_field", (call, args) -> new SqlCall("ember_json_tuple", args, false));
    renderers.put("json_array_length", (call, args) -> new SqlCall("ember_json_array_length", args, false));
    renderers.put("json_object_keys", (call, args) ->
        stringList(new SqlCall("ember_json_object_keys", args, false)));
  }

  /** A JSON array of strings (or NULL) as a VARCHAR[]. */
  static SqlExpression stringList(SqlExpression jsonArray) {
    return SqlCall.of("json_transform", jsonArray, new SqlLiteral("[\"VARCHAR\"]", AtomicType.STRING));
  }
}
