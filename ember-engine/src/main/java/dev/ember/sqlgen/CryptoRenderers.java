package dev.ember.sqlgen;

import dev.ember.plan.types.AtomicType;
import dev.ember.sqlgen.FunctionRenderers.Renderer;
import dev.ember.sqlgen.tree.SqlCall;
import dev.ember.sqlgen.tree.SqlExpression;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** aes_encrypt / aes_decrypt: the Java function {@code ember_aes}, binaries passed and returned as hex. */
final class CryptoRenderers {
  private CryptoRenderers() {
  }

  static void register(Map<String, Renderer> renderers) {
    renderers.put("aes", (call, args) -> {
      List<SqlExpression> arguments = new ArrayList<>();
      for (int i = 0; i < args.size(); i++) {
        arguments.add(call.argument(i).dataType() == AtomicType.BINARY ? SqlCall.of("hex", args.get(i)) : args.get(i));
      }
      return SqlCall.of("unhex", new SqlCall("ember_aes", arguments, false));
    });
  }
}
