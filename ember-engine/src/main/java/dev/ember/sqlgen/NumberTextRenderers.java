package dev.ember.sqlgen;

import dev.ember.sqlgen.FunctionRenderers.Renderer;
import dev.ember.sqlgen.tree.SqlCall;
import dev.ember.sqlgen.tree.SqlCast;
import java.util.Map;

/**
 * to_number and to_char by a number format: the Java functions {@code ember_to_number} (the number's
 * text, cast here to the format's decimal type) and {@code ember_to_char} (of the decimal's text).
 */
final class NumberTextRenderers {
  private NumberTextRenderers() {
  }

  static void register(Map<String, Renderer> renderers) {
    renderers.put("to_number", (call, args) -> new SqlCast(new SqlCall("ember_to_number", args, false),
        DuckDbTypes.of(call.dataType()), false));
    renderers.put("to_char", (call, args) -> SqlCall.of("ember_to_char",
        new SqlCast(args.get(0), "VARCHAR", false), args.get(1)));
  }
}
