package dev.ember.sqlgen;

import static dev.ember.sqlgen.StringRenderers.integer;
import static dev.ember.sqlgen.StringRenderers.string;

import dev.ember.plan.errors.RaisedError;
import dev.ember.plan.expressions.Literal;
import dev.ember.plan.resolved.Call;
import dev.ember.plan.types.AtomicType;
import dev.ember.sqlgen.FunctionRenderers.Renderer;
import dev.ember.sqlgen.tree.SqlCall;
import dev.ember.sqlgen.tree.SqlCase;
import dev.ember.sqlgen.tree.SqlCast;
import dev.ember.sqlgen.tree.SqlColumn;
import dev.ember.sqlgen.tree.SqlExpression;
import dev.ember.sqlgen.tree.SqlLambda;
import dev.ember.sqlgen.tree.SqlLiteral;
import dev.ember.sqlgen.tree.SqlOperator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * ascii, chr, base64, unbase64, encode, decode and the byte lengths. A string where Spark takes
 * bytes is its UTF-8 encoding ({@code encode}); DuckDB's cast to BLOB would read escapes in it.
 */
final class EncodingRenderers {
  private static final SqlLiteral ZERO = new SqlLiteral(0, AtomicType.INTEGER);
  /** The charsets Spark knows (UTF-16 and UTF-32 in {@link WideCharsets}). */
  private static final Set<String> SPARK_CHARSETS = Set.of(dev.ember.plan.errors.FunctionErrors.CHARSETS.split(", "));
  private static final Set<String> SINGLE_BYTE_CHARSETS = Set.of("iso-8859-1", "us-ascii");

  private EncodingRenderers() {
  }

  static void register(Map<String, Renderer> renderers) {
    renderers.put("ascii", (call, args) -> integer(new SqlCase(List.of(new SqlCase.When(
        SqlOperator.infix("=", args.get(0), string("")), ZERO)), SqlCall.of("unicode", args.get(0)))));
    renderers.put("chr", (call, args) -> new SqlCase(List.of(new SqlCase.When(SqlOperator.infix("<", args.get(0),
        ZERO), string(""))), SqlCall.of("chr", integer(SqlOperator.infix("%", args.get(0),
        new SqlLiteral(256, AtomicType.INTEGER))))));
    renderers.put("base64", (call, args) -> Base64Sql.encode(bytes(call, 0, args.get(0))));
    renderers.put("unbase64", (call, args) -> Base64Sql.decode(args.get(0)));
    renderers.put("encode", (call, args) -> withCharset(call, args, "encode"));
    renderers.put("decode", (call, args) -> withCharset(call, args, "decode"));
    // Spark's CharsetProvider on the JVM (its legacy charset confs); binaries travel as hex
    renderers.put("legacy_encode", (call, args) -> SqlCall.of("unhex", SqlCall.of("ember_legacy_encode", args.get(0),
        args.get(1), args.get(2), args.get(3))));
    renderers.put("legacy_decode", (call, args) -> SqlCall.of("ember_legacy_decode", SqlCall.of("hex",
        bytes(call, 0, args.get(0))), args.get(1), args.get(2), args.get(3)));
    renderers.put("octet_length", (call, args) -> byteLength(call, args.get(0)));
    renderers.put("bit_length", (call, args) -> integer(SqlOperator.infix("*", byteLength(call, args.get(0)),
        new SqlLiteral(8, AtomicType.INTEGER))));
    renderers.put("char_length", (call, args) -> call.argument(0).dataType() == AtomicType.BINARY
        ? byteLength(call, args.get(0)) : integer(SqlCall.of("length", args.get(0))));
  }

  static SqlExpression bytes(Call call, int index, SqlExpression value) {
    return call.argument(index).dataType() == AtomicType.STRING ? SqlCall.of("encode", value) : value;
  }

  private static SqlExpression byteLength(Call call, SqlExpression value) {
    return integer(call.argument(0).dataType() == AtomicType.BINARY ? SqlCall.of("octet_length", value)
        : SqlCall.of("strlen", value));
  }

  /** encode(text, charset) / decode(bytes, charset); an unknown charset fails per row. */
  private static SqlExpression withCharset(Call call, List<SqlExpression> args, String function) {
    String resultType = function.equals("encode") ? "BLOB" : "VARCHAR";
    SqlExpression nullResult = new SqlCast(new SqlLiteral(null, AtomicType.NULL), resultType, false);
    if (!(call.argument(1) instanceof Literal literal)) {
      // a charset from the data: each charset Spark knows, chosen per row
      return SqlLet.bind(SqlCall.of("lower", args.get(1)), charset -> {
        List<SqlCase.When> known = new java.util.ArrayList<>();
        known.add(new SqlCase.When(SqlOperator.infix("OR", SqlOperator.postfix("IS NULL", args.get(0)),
            SqlOperator.postfix("IS NULL", charset)), nullResult));
        for (String name : new java.util.TreeSet<>(SPARK_CHARSETS)) {
          known.add(new SqlCase.When(SqlOperator.infix("=", charset, string(name)),
              withCharset(call, args, function, name, args.get(1))));
        }
        return new SqlCase(known, DatetimeSql.raise(RaisedError.INVALID_CHARSET, call.dataType(), string(function),
            args.get(1)));
      });
    }
    if (literal.value() == null) {
      return nullResult;
    }
    String charset = ((String) literal.value()).toLowerCase(Locale.ROOT);
    if (!SPARK_CHARSETS.contains(charset)) {
      return new SqlCase(List.of(new SqlCase.When(SqlOperator.postfix("IS NULL", args.get(0)), nullResult)),
          FunctionRenderers.raise(RaisedError.INVALID_CHARSET, resultType, function, (String) literal.value()));
    }
    return withCharset(call, args, function, charset, string((String) literal.value()));
  }

  /** encode / decode with one charset Spark knows ({@code given}: as the query wrote it, for errors). */
  private static SqlExpression withCharset(Call call, List<SqlExpression> args, String function, String charset,
      SqlExpression given) {
    String resultType = function.equals("encode") ? "BLOB" : "VARCHAR";
    if (WideCharsets.CHARSETS.contains(charset)) {
      return function.equals("encode") ? WideCharsets.encode(args.get(0), charset)
          : WideCharsets.decode(bytes(call, 0, args.get(0)), charset);
    }
    boolean singleByte = SINGLE_BYTE_CHARSETS.contains(charset);
    if (!singleByte && !charset.equals("utf-8")) {
      throw unsupported(function + " with charset " + charset);
    }
    if (!singleByte) {
      return function.equals("encode") ? SqlCall.of("encode", args.get(0))
          : SqlCall.of("decode", bytes(call, 0, args.get(0)));
    }
    // Spark reports a character the charset lacks (US-ASCII: above 127, ISO-8859-1: above 255)
    boolean ascii = charset.equals("us-ascii");
    SqlExpression malformed = DatetimeSql.raise(RaisedError.MALFORMED_CHARACTER_CODING, call.dataType(),
        string(function), given);
    if (function.equals("encode")) {
      return new SqlCase(List.of(new SqlCase.When(SqlCall.of("regexp_matches", args.get(0),
          string(ascii ? "[^\\x{0}-\\x{7F}]" : "[^\\x{0}-\\x{FF}]")), malformed)), singleByteEncode(args.get(0)));
    }
    SqlExpression bytes = bytes(call, 0, args.get(0));
    return ascii ? new SqlCase(List.of(new SqlCase.When(SqlCall.of("regexp_matches", SqlCall.of("hex", bytes),
        string("^(?:..)*[89A-F]")), malformed)), singleByteDecode(bytes)) : singleByteDecode(bytes);
  }

  /** Each character's code as one byte (the caller has checked that every code fits). */
  private static SqlExpression singleByteEncode(SqlExpression text) {
    String character = SqlLet.freshName();
    return SqlCall.of("unhex", SqlCall.of("array_to_string", SqlCall.of("list_transform",
        SqlCall.of("string_split", text, string("")), new SqlLambda(character, SqlCall.of("printf", string("%02X"),
            SqlCall.of("unicode", new SqlColumn(character))))), string("")));
  }

  /** Each byte as the character of that code. */
  private static SqlExpression singleByteDecode(SqlExpression bytes) {
    String index = SqlLet.freshName();
    SqlExpression hexDigits = SqlCall.of("substring", SqlCall.of("hex", bytes), SqlOperator.infix("+",
        SqlOperator.infix("*", new SqlColumn(index), new SqlLiteral(2, AtomicType.INTEGER)),
        new SqlLiteral(1, AtomicType.INTEGER)), new SqlLiteral(2, AtomicType.INTEGER));
    SqlExpression code = new SqlCast(SqlOperator.infix("||", string("0x"), hexDigits), "INTEGER", false);
    return SqlCall.of("array_to_string", SqlCall.of("list_transform", SqlCall.of("range",
        SqlCall.of("octet_length", bytes)), new SqlLambda(index, SqlCall.of("chr", code))), string(""));
  }

  private static RuntimeException unsupported(String what) {
    return dev.ember.plan.errors.SparkErrors.unsupported("UNSUPPORTED_CALL.WITHOUT_SUGGESTION", "0A000",
        "Cannot call the method \"" + what + "\" of the class \"Ember\": it is not supported yet.",
        Map.of("methodName", what, "className", "Ember"));
  }
}
