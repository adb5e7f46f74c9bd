package dev.ember.sqlgen;

import dev.ember.plan.types.AtomicType;
import dev.ember.sqlgen.FunctionRenderers.Renderer;
import dev.ember.sqlgen.tree.SqlCall;
import dev.ember.sqlgen.tree.SqlCase;
import dev.ember.sqlgen.tree.SqlExpression;
import dev.ember.sqlgen.tree.SqlLiteral;
import java.util.List;
import java.util.Map;

/**
 * bin/hex/unhex: DuckDB writes bigints in two's complement without leading zeros and bytes in upper
 * case, as Spark does; unhex gives NULL for text that is not hex digits (DuckDB would fail); conv is
 * the Java function {@code ember_conv} (Spark's unsigned 64-bit arithmetic and overflow checks).
 */
final class RadixRenderers {
  private RadixRenderers() {
  }

  static void register(Map<String, Renderer> renderers) {
    renderers.put("bin", (call, args) -> SqlCall.of("bin", args.get(0)));
    renderers.put("hex", (call, args) -> SqlCall.of("hex", args.get(0)));
    renderers.put("unhex", (call, args) -> unhex(args.get(0)));
    renderers.put("conv", (call, args) -> new SqlCall("ember_conv", args, false));
  }

  private static SqlExpression unhex(SqlExpression text) {
    return new SqlCase(List.of(new SqlCase.When(
        SqlCall.of("regexp_full_match", text, new SqlLiteral("[0-9A-Fa-f]*", AtomicType.STRING)),
        SqlCall.of("unhex", text))), new SqlLiteral(null, AtomicType.BINARY));
  }
}
