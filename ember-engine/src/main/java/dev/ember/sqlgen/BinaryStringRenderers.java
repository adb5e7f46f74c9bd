package dev.ember.sqlgen;

import static dev.ember.sqlgen.StringRenderers.string;

import dev.ember.plan.types.AtomicType;
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
 * The string functions Spark also applies to BINARY values, on their bytes: concat ({@code concat_binary}) and
 * reverse ({@code binary_reverse}); the analyzer picks these calls when the inputs are binaries. And a binary's text
 * in a binary output style ({@code binary_output_text}, the binary fields of to_xml and to_csv).
 */
final class BinaryStringRenderers {
  private BinaryStringRenderers() {
  }

  static void register(Map<String, Renderer> renderers) {
    // DuckDB's || joins blobs into a blob (its concat would read them as text)
    renderers.put("concat_binary", (call, args) -> args.stream()
        .reduce((left, right) -> SqlOperator.infix("||", left, right)).orElseThrow());
    renderers.put("binary_reverse", (call, args) -> reverse(args.get(0)));
    renderers.put("binary_output_text", (call, args) -> outputText(args.get(0),
        (String) ((dev.ember.plan.expressions.Literal) call.argument(1)).value()));
  }

  /**
   * A binary's text in a {@code spark.sql.binaryOutputStyle} other than UTF-8 (a cast): BASIC {@code [69, -1]} (the
   * signed bytes), BASE64 without padding, HEX {@code 45FF}, HEX_DISCRETE {@code [45 FF]}; NULL for NULL.
   */
  private static SqlExpression outputText(SqlExpression bytes, String style) {
    SqlExpression hex = SqlCall.of("hex", bytes);
    return switch (style) {
      case "BASE64" -> SqlCall.of("rtrim", SqlCall.of("to_base64", bytes), string("="));
      case "HEX" -> hex;
      case "HEX_DISCRETE" -> bracketed(SqlCall.of("rtrim", SqlCall.of("regexp_replace", hex, string("(..)"),
          string("\\1 "), string("g"))));
      case "BASIC" -> {
        // each byte's two hex digits read as a number, then signed as Java's bytes are
        SqlExpression unsigned = new SqlCast(SqlOperator.infix("||", string("0x"), new SqlColumn("x#b")), "INTEGER",
            false);
        SqlExpression signed = SqlOperator.infix("-", SqlOperator.infix("%", SqlOperator.infix("+", unsigned,
            new SqlLiteral(128, AtomicType.INTEGER)), new SqlLiteral(256, AtomicType.INTEGER)),
            new SqlLiteral(128, AtomicType.INTEGER));
        yield bracketed(SqlCall.of("array_to_string", SqlCall.of("list_transform", bytePairs(bytes),
            new SqlLambda(List.of("x#b"), signed)), string(", ")));
      }
      default -> throw new IllegalArgumentException("binary output style " + style);
    };
  }

  private static SqlExpression bracketed(SqlExpression text) {
    return SqlOperator.infix("||", SqlOperator.infix("||", string("["), text), string("]"));
  }

  /** The bytes in reverse order: the value's hex digits cut in pairs, the pairs reversed, read back. */
  private static SqlExpression reverse(SqlExpression bytes) {
    return SqlCall.of("unhex", SqlCall.of("array_to_string", SqlCall.of("list_reverse", bytePairs(bytes)),
        string("")));
  }

  /** Each byte's two hex digits, in order. */
  private static SqlExpression bytePairs(SqlExpression bytes) {
    return SqlCall.of("regexp_extract_all", SqlCall.of("hex", bytes), string(".."));
  }
}
