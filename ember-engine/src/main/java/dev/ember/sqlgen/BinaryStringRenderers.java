package dev.ember.sqlgen;

import static dev.ember.sqlgen.StringRenderers.string;

import dev.ember.sqlgen.FunctionRenderers.Renderer;
import dev.ember.sqlgen.tree.SqlCall;
import dev.ember.sqlgen.tree.SqlExpression;
import dev.ember.sqlgen.tree.SqlOperator;
import java.util.Map;

/**
 * The string functions Spark also applies to BINARY values, on their bytes: concat ({@code concat_binary}) and
 * reverse ({@code binary_reverse}); the analyzer picks these calls when the inputs are binaries.
 */
final class BinaryStringRenderers {
  private BinaryStringRenderers() {
  }

  static void register(Map<String, Renderer> renderers) {
    // DuckDB's || joins blobs into a blob (its concat would read them as text)
    renderers.put("concat_binary", (call, args) -> args.stream()
        .reduce((left, right) -> SqlOperator.infix("||", left, right)).orElseThrow());
    renderers.put("binary_reverse", (call, args) -> reverse(args.get(0)));
  }

  /** The bytes in reverse order: the value's hex digits cut in pairs, the pairs reversed, read back. */
  private static SqlExpression reverse(SqlExpression bytes) {
    SqlExpression pairs = SqlCall.of("regexp_extract_all", SqlCall.of("hex", bytes), string(".."));
    return SqlCall.of("unhex", SqlCall.of("array_to_string", SqlCall.of("list_reverse", pairs), string("")));
  }
}
