package dev.ember.sqlgen;

import dev.ember.plan.types.ArrayType;
import dev.ember.sqlgen.FunctionRenderers.Renderer;
import dev.ember.sqlgen.tree.SqlCall;
import dev.ember.sqlgen.tree.SqlCast;
import dev.ember.sqlgen.tree.SqlExpression;
import java.util.Map;

/**
 * The xpath functions through the Java function {@code ember_xpath}: its text is the value Java computed (a
 * number already narrowed as Spark narrows it), cast to the result type; a node list is a JSON array.
 */
final class XPathRenderers {
  private XPathRenderers() {
  }

  static void register(Map<String, Renderer> renderers) {
    renderers.put("xpath", (call, args) -> {
      SqlExpression text = new SqlCall("ember_xpath", args, false);
      return call.dataType() instanceof ArrayType ? JsonDocumentRenderers.stringList(text)
          : new SqlCast(text, DuckDbTypes.of(call.dataType()), false);
    });
  }
}
