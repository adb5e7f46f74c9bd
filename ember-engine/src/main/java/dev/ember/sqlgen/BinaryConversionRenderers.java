package dev.ember.sqlgen;

import static dev.ember.sqlgen.StringRenderers.string;

import dev.ember.plan.errors.RaisedError;
import dev.ember.plan.expressions.Literal;
import dev.ember.plan.resolved.Call;
import dev.ember.plan.types.AtomicType;
import dev.ember.sqlgen.FunctionRenderers.Renderer;
import dev.ember.sqlgen.tree.SqlCall;
import dev.ember.sqlgen.tree.SqlCase;
import dev.ember.sqlgen.tree.SqlCast;
import dev.ember.sqlgen.tree.SqlExpression;
import dev.ember.sqlgen.tree.SqlLiteral;
import dev.ember.sqlgen.tree.SqlOperator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * to_binary(str, format, fail): hex (an odd count of digits reads as if led by a 0), UTF-8, or
 * strict base64 (groups of four symbols, a last group of two or three with its padding, white space
 * ignored), which java.util.Base64's MIME decoder then reads.
 */
final class BinaryConversionRenderers {
  private static final String BASE64_GROUPS =
      "([A-Za-z0-9+/]{4})*([A-Za-z0-9+/]{2}(==)?|[A-Za-z0-9+/]{3}=?)?";

  private BinaryConversionRenderers() {
  }

  static void register(Map<String, Renderer> renderers) {
    renderers.put("to_binary", BinaryConversionRenderers::toBinary);
  }

  private static SqlExpression toBinary(Call call, List<SqlExpression> args) {
    String format = (String) ((Literal) call.argument(1)).value();
    boolean fail = Boolean.TRUE.equals(((Literal) call.argument(2)).value());
    SqlExpression text = args.get(0);
    if (format.startsWith("utf")) {
      return SqlCall.of("encode", text);
    }
    SqlExpression valid;
    SqlExpression bytes;
    if (format.equals("hex")) {
      valid = SqlCall.of("regexp_full_match", text, string("[0-9A-Fa-f]*"));
      SqlExpression even = new SqlCase(List.of(new SqlCase.When(SqlOperator.infix("=", SqlOperator.infix("%",
          SqlCall.of("length", text), new SqlLiteral(2, AtomicType.INTEGER)), new SqlLiteral(1, AtomicType.INTEGER)),
          SqlOperator.infix("||", string("0"), text))), text);
      bytes = SqlCall.of("unhex", even);
    } else {
      SqlExpression symbols = SqlCall.of("regexp_replace", text, string("\\s"), string(""), string("g"));
      // Spark's UnBase64.isValidBase64: whitespace is skipped before the padding, nothing but '=' follows it
      valid = SqlOperator.infix("AND", SqlCall.of("regexp_full_match", text, string("[A-Za-z0-9+/\\s]*={0,2}")),
          SqlCall.of("regexp_full_match", symbols, string(BASE64_GROUPS)));
      bytes = Base64Sql.decode(symbols);
    }
    SqlExpression invalid = fail ? DatetimeSql.raise(RaisedError.CONVERSION_INVALID_INPUT, AtomicType.BINARY, text,
        string(format.toUpperCase(Locale.ROOT)), string("try_to_binary"))
        : new SqlCast(new SqlLiteral(null, AtomicType.NULL), "BLOB", false);
    return new SqlCase(List.of(
        new SqlCase.When(SqlOperator.postfix("IS NULL", text), new SqlCast(new SqlLiteral(null, AtomicType.NULL),
            "BLOB", false)),
        new SqlCase.When(valid, bytes)), invalid);
  }
}
