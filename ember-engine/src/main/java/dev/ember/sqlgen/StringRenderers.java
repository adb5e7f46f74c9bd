package dev.ember.sqlgen;

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
import java.util.Map;

/** DuckDB renderings of Spark's string functions, with Spark's position, padding and NULL rules spelled out. */
final class StringRenderers {
  private static final SqlLiteral EMPTY = string("");
  private static final SqlLiteral ZERO = new SqlLiteral(0, AtomicType.INTEGER);
  private static final SqlLiteral ONE = new SqlLiteral(1, AtomicType.INTEGER);

  private StringRenderers() {
  }

  static void register(Map<String, Renderer> renderers) {
    renderers.put("trim", (call, args) -> new SqlCall("trim", args, false));
    renderers.put("ltrim", (call, args) -> new SqlCall("ltrim", args, false));
    renderers.put("rtrim", (call, args) -> new SqlCall("rtrim", args, false));
    renderers.put("length", (call, args) -> integer(SqlCall.of("length", args.get(0))));
    renderers.put("concat", (call, args) -> args.stream()
        .reduce((left, right) -> SqlOperator.infix("||", left, right)).orElse(EMPTY));
    renderers.put("concat_ws", (call, args) -> args.size() == 1
        ? new SqlCase(List.of(new SqlCase.When(SqlOperator.postfix("IS NULL", args.get(0)), nullString())), EMPTY)
        : new SqlCall("concat_ws", args, false));
    renderers.put("substring", (call, args) -> substring(call, args.get(0), args.get(1), args.get(2)));
    renderers.put("lpad", (call, args) -> pad("lpad", args));
    renderers.put("rpad", (call, args) -> pad("rpad", args));
    renderers.put("binary_lpad", (call, args) -> bytePad("lpad", args));
    renderers.put("binary_rpad", (call, args) -> bytePad("rpad", args));
    renderers.put("initcap", (call, args) -> CaseMappings.initcap(args, initcap(args.get(0))));
    renderers.put("reverse", (call, args) -> SqlCall.of("reverse", args.get(0)));
    renderers.put("instr", (call, args) -> integer(SqlCall.of("instr", args.get(0), args.get(1))));
    renderers.put("locate", (call, args) -> locate(args.get(0), args.get(1), args.get(2)));
    renderers.put("translate", (call, args) -> new SqlCall("translate", args, false));
    renderers.put("repeat", (call, args) -> SqlCall.of("repeat", args.get(0), args.get(1)));
    RegexRenderers.register(renderers);
    StringSlicingRenderers.register(renderers);
    StringSearchRenderers.register(renderers);
    BinaryStringRenderers.register(renderers);
    RegexSearchRenderers.register(renderers);
    EncodingRenderers.register(renderers);
    TextCheckRenderers.register(renderers);
    CollatedArrayRenderers.register(renderers);
    BinaryConversionRenderers.register(renderers);
    FormatRenderers.register(renderers);
    CharVarcharRenderers.register(renderers);
  }

  static SqlLiteral string(String value) {
    return new SqlLiteral(value, AtomicType.STRING);
  }

  static SqlLiteral nullString() {
    return new SqlLiteral(null, AtomicType.STRING);
  }

  static SqlExpression integer(SqlExpression expression) {
    return new SqlCast(expression, "INTEGER", false);
  }

  static SqlExpression bigint(SqlExpression expression) {
    return new SqlCast(expression, "BIGINT", false);
  }

  /**
   * Spark's substring: a positive pos counts from 1, 0 is the start, a negative pos counts back from
   * the end; the characters in [start, start + len) that exist are returned.
   */
  private static SqlExpression substring(Call call, SqlExpression text, SqlExpression pos, SqlExpression len) {
    if (call.argument(1) instanceof Literal p && p.value() instanceof Integer start && start > 0
        && call.argument(2) instanceof Literal l && l.value() instanceof Integer length && length >= 0) {
      return SqlCall.of("substring", text, pos, len);
    }
    return substring(text, pos, len);
  }

  /** Spark's substring of {@code text} with positions and length computed at run time. */
  static SqlExpression substring(SqlExpression text, SqlExpression pos, SqlExpression len) {
    SqlExpression start = new SqlCase(List.of(
        new SqlCase.When(SqlOperator.infix(">", pos, ZERO), SqlOperator.infix("-", bigint(pos), ONE)),
        new SqlCase.When(SqlOperator.infix("<", pos, ZERO),
            SqlOperator.infix("+", bigint(SqlCall.of("length", text)), bigint(pos)))),
        bigint(ZERO));
    SqlExpression end = SqlOperator.infix("+", start, bigint(len));
    SqlExpression from = SqlCall.of("greatest", start, bigint(ZERO));
    return new SqlCase(List.of(new SqlCase.When(SqlOperator.infix("<=", end, from), EMPTY)),
        SqlCall.of("substring", text, SqlOperator.infix("+", from, ONE), SqlOperator.infix("-", end, from)));
  }

  /** Spark pads only when the string is shorter and the pad non-empty; otherwise it keeps the first len characters. */
  private static SqlExpression pad(String function, List<SqlExpression> args) {
    SqlExpression text = args.get(0);
    SqlExpression length = args.get(1);
    SqlExpression padding = args.get(2);
    SqlExpression nonNegative = new SqlCase(List.of(new SqlCase.When(SqlOperator.infix("<", length, ZERO), ZERO)),
        length);
    return new SqlCase(List.of(new SqlCase.When(
        SqlOperator.infix("OR", SqlOperator.infix("<=", length, SqlCall.of("length", text)),
            SqlOperator.infix("=", padding, EMPTY)),
        SqlCall.of("left", text, nonNegative))), SqlCall.of(function, text, length, padding));
  }

  /** A binary padded as its hex text, two digits a byte. */
  private static SqlExpression bytePad(String function, List<SqlExpression> args) {
    // DuckDB's pads take an INTEGER length: a length past 2^30 bytes (a result Spark cannot build either) is capped
    // (not DuckDB's least, which skips a NULL length)
    SqlLiteral cap = new SqlLiteral((1 << 30) - 1, AtomicType.INTEGER);
    SqlExpression capped = new SqlCase(List.of(new SqlCase.When(SqlOperator.infix(">", args.get(1), cap), cap)),
        args.get(1));
    SqlExpression digits = SqlOperator.infix("*", capped, new SqlLiteral(2, AtomicType.INTEGER));
    return SqlCall.of("unhex", pad(function, List.of(SqlCall.of("hex", args.get(0)), digits,
        SqlCall.of("hex", args.get(2)))));
  }

  /** Spark's initcap: lower-case everything, then upper-case the first letter after each space. */
  private static SqlExpression initcap(SqlExpression text) {
    SqlColumn word = new SqlColumn("w");
    SqlExpression capitalized = SqlOperator.infix("||", SqlCall.of("upper", SqlCall.of("substring", word, ONE, ONE)),
        SqlCall.of("substring", word, new SqlLiteral(2, AtomicType.INTEGER)));
    return SqlCall.of("array_to_string", SqlCall.of("list_transform",
        SqlCall.of("string_split", SqlCall.of("lower", text), string(" ")), new SqlLambda("w", capitalized)),
        string(" "));
  }

  /**
   * Spark's locate(substr, str, pos): 0 for a NULL or non-positive pos, NULL for a NULL string, 1
   * for an empty substring, else the 1-based position of the first match at or after pos (0 if none).
   */
  private static SqlExpression locate(SqlExpression needle, SqlExpression haystack, SqlExpression pos) {
    SqlExpression found = SqlCall.of("instr", SqlCall.of("substring", haystack, pos), needle);
    return integer(new SqlCase(List.of(
        new SqlCase.When(SqlOperator.postfix("IS NULL", pos), ZERO),
        new SqlCase.When(SqlOperator.infix("OR", SqlOperator.postfix("IS NULL", needle),
            SqlOperator.postfix("IS NULL", haystack)), new SqlLiteral(null, AtomicType.INTEGER)),
        new SqlCase.When(SqlOperator.infix("<", pos, ONE), ZERO),
        new SqlCase.When(SqlOperator.infix("=", needle, EMPTY), ONE),
        new SqlCase.When(SqlOperator.infix("=", found, ZERO), ZERO)),
        SqlOperator.infix("-", SqlOperator.infix("+", found, pos), ONE)));
  }
}
