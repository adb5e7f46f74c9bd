package dev.ember.sqlgen;

import dev.ember.plan.errors.RaisedError;
import dev.ember.plan.expressions.Literal;
import dev.ember.plan.resolved.Call;
import dev.ember.plan.types.AtomicType;
import dev.ember.sqlgen.FunctionRenderers.Renderer;
import dev.ember.sqlgen.tree.SqlCall;
import dev.ember.sqlgen.tree.SqlCase;
import dev.ember.sqlgen.tree.SqlExpression;
import dev.ember.sqlgen.tree.SqlLiteral;
import dev.ember.sqlgen.tree.SqlOperator;
import java.util.List;
import java.util.Map;

/** url_encode / url_decode with java.net.URLEncoder's and URLDecoder's rules, and parse_url. */
final class UrlRenderers {
  /** Text URLDecoder accepts: every {@code %} starts two hex digits. */
  private static final String DECODABLE = "([^%]|%[0-9A-Fa-f]{2})*";

  private UrlRenderers() {
  }

  static void register(Map<String, Renderer> renderers) {
    renderers.put("url_encode", (call, args) -> urlEncode(args.get(0)));
    renderers.put("url_decode", UrlRenderers::urlDecode);
    renderers.put("parse_url", (call, args) -> ParseUrlSql.parse(args.get(0), (String) literal(call, 1),
        args.size() == 4 ? args.get(2) : null, (Boolean) literal(call, call.arguments().size() - 1)));
  }

  private static Object literal(Call call, int index) {
    return ((Literal) call.argument(index)).value();
  }

  /**
   * DuckDB percent-encodes all but {@code A-Z a-z 0-9 - _ . ~}; URLEncoder keeps {@code *} too, encodes
   * {@code ~}, and writes a space as {@code +}.
   */
  private static SqlExpression urlEncode(SqlExpression text) {
    SqlExpression encoded = SqlCall.of("url_encode", text);
    encoded = SqlCall.of("replace", encoded, literal("%20"), literal("+"));
    encoded = SqlCall.of("replace", encoded, literal("~"), literal("%7E"));
    return SqlCall.of("replace", encoded, literal("%2A"), literal("*"));
  }

  /** {@code +} is a space; a malformed escape fails with CANNOT_DECODE_URL (NULL for try_url_decode). */
  private static SqlExpression urlDecode(Call call, List<SqlExpression> args) {
    SqlExpression text = args.get(0);
    boolean lenient = (Boolean) literal(call, 1);
    SqlExpression decoded = SqlCall.of("url_decode", SqlCall.of("replace", text, literal("+"), literal(" ")));
    SqlExpression failure = lenient ? new SqlLiteral(null, AtomicType.STRING)
        : DatetimeSql.raise(RaisedError.CANNOT_DECODE_URL, AtomicType.STRING, text);
    return new SqlCase(List.of(new SqlCase.When(
        SqlOperator.prefix("NOT", SqlCall.of("regexp_full_match", text, literal(DECODABLE))), failure)), decoded);
  }

  private static SqlLiteral literal(String value) {
    return new SqlLiteral(value, AtomicType.STRING);
  }
}
