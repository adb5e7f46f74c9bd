package dev.ember.sqlgen;

import static dev.ember.sqlgen.StringRenderers.string;

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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** quote, luhn_check, mask and the UTF-8 checks (see {@code TextCheckFunctions}). */
final class TextCheckRenderers {
  /** The Unicode categories mask replaces, in its argument order. */
  private static final List<String> MASKED_CATEGORIES = List.of("\\p{Lu}", "\\p{Ll}", "\\p{Nd}");

  private TextCheckRenderers() {
  }

  static void register(Map<String, Renderer> renderers) {
    renderers.put("quote", (call, args) -> SqlOperator.infix("||", SqlOperator.infix("||", string("'"),
        SqlCall.of("replace", args.get(0), string("'"), string("\\'"))), string("'")));
    renderers.put("luhn_check", (call, args) -> luhnCheck(args.get(0)));
    renderers.put("is_valid_utf8", (call, args) -> new SqlCase(List.of(new SqlCase.When(
        SqlOperator.postfix("IS NULL", args.get(0)), new SqlLiteral(null, AtomicType.BOOLEAN))),
        new SqlLiteral(true, AtomicType.BOOLEAN)));
    renderers.put("valid_utf8_text", (call, args) -> args.get(0));
    // a binary's bytes: DuckDB's decode refuses malformed UTF-8, try turns that into NULL
    renderers.put("is_valid_utf8_bytes", (call, args) -> SqlLet.bind(args.get(0), bytes -> new SqlCase(List.of(
        new SqlCase.When(SqlOperator.postfix("IS NULL", bytes), new SqlLiteral(null, AtomicType.BOOLEAN))),
        SqlOperator.postfix("IS NOT NULL", strictText(bytes)))));
    renderers.put("try_validate_utf8_bytes", (call, args) -> strictText(args.get(0)));
    // Spark's INVALID_UTF8_STRING names every byte as \xHH
    renderers.put("validate_utf8_bytes", (call, args) -> SqlLet.bind(args.get(0), bytes -> new SqlCase(List.of(
        new SqlCase.When(SqlOperator.postfix("IS NULL", bytes), new SqlLiteral(null, AtomicType.STRING)),
        new SqlCase.When(SqlOperator.postfix("IS NULL", strictText(bytes)), DatetimeSql.raise(
            dev.ember.plan.errors.RaisedError.INVALID_UTF8_STRING, AtomicType.STRING, SqlCall.of("regexp_replace",
                SqlCall.of("hex", bytes), string("(..)"), string("\\\\x\\1"), string("g"))))),
        SqlCall.of("decode", bytes))));
    renderers.put("make_valid_utf8_bytes", (call, args) -> FileContent.utf8Text(args.get(0)));
    renderers.put("collate", (call, args) -> args.get(0));
    // Spark's collation-aware string functions (CollationSupport), the collation's id last
    for (String function : List.of("contains", "startswith", "endswith", "instr", "locate", "find_in_set", "replace",
        "substring_index", "trim", "ltrim", "rtrim", "translate")) {
      renderers.put("collated_" + function, (call, args) -> SqlCall.of("ember_collated_" + function,
          args.toArray(SqlExpression[]::new)));
    }
    // a string's collation key for equality and for order (Spark's key bytes as hex text)
    renderers.put("collation_key", (call, args) -> SqlCall.of("ember_collation_key", args.get(0), args.get(1)));
    renderers.put("collation_sort_key", (call, args) -> SqlCall.of("ember_collation_sort_key", args.get(0),
        args.get(1)));
    renderers.put("mask", TextCheckRenderers::mask);
  }

  private static SqlExpression strictText(SqlExpression bytes) {
    return SqlCall.of("try", SqlCall.of("decode", bytes));
  }

  /** Digits only, not empty, and the Luhn sum (every second digit from the right doubled) divisible by 10. */
  private static SqlExpression luhnCheck(SqlExpression text) {
    String index = SqlLet.freshName();
    SqlExpression position = SqlOperator.infix("-", SqlCall.of("length", text), new SqlColumn(index));
    SqlExpression digit = new SqlCast(SqlCall.of("substring", text, position, new SqlLiteral(1, AtomicType.INTEGER)),
        "INTEGER", false);
    SqlExpression doubled = SqlOperator.infix("*", digit, new SqlLiteral(2, AtomicType.INTEGER));
    SqlExpression term = new SqlCase(List.of(new SqlCase.When(SqlOperator.infix("=", SqlOperator.infix("%",
        new SqlColumn(index), new SqlLiteral(2, AtomicType.INTEGER)), new SqlLiteral(1, AtomicType.INTEGER)),
        new SqlCase(List.of(new SqlCase.When(SqlOperator.infix(">", doubled, new SqlLiteral(9, AtomicType.INTEGER)),
            SqlOperator.infix("-", doubled, new SqlLiteral(9, AtomicType.INTEGER)))), doubled))), digit);
    SqlExpression sum = SqlCall.of("list_sum", SqlCall.of("list_transform", SqlCall.of("range",
        SqlCall.of("length", text)), new SqlLambda(index, term)));
    return new SqlCase(List.of(
        new SqlCase.When(SqlOperator.postfix("IS NULL", text), new SqlLiteral(null, AtomicType.BOOLEAN)),
        new SqlCase.When(SqlCall.of("regexp_full_match", text, string("[0-9]+")),
            SqlOperator.infix("=", SqlOperator.infix("%", sum, new SqlLiteral(10, AtomicType.INTEGER)),
                new SqlLiteral(0, AtomicType.INTEGER)))), new SqlLiteral(false, AtomicType.BOOLEAN));
  }

  /** Each character by its Unicode category: upper, lower, digit, other; a NULL replacement keeps it. */
  private static SqlExpression mask(Call call, List<SqlExpression> args) {
    String character = SqlLet.freshName();
    SqlExpression current = new SqlColumn(character);
    List<SqlCase.When> whens = new ArrayList<>();
    for (int i = 0; i < MASKED_CATEGORIES.size(); i++) {
      whens.add(new SqlCase.When(SqlCall.of("regexp_full_match", current, string(MASKED_CATEGORIES.get(i))),
          replacement(call, args, i + 1, current)));
    }
    SqlExpression masked = new SqlCase(whens, replacement(call, args, 4, current));
    return SqlCall.of("array_to_string", SqlCall.of("list_transform", SqlCall.of("string_split", args.get(0),
        string("")), new SqlLambda(character, masked)), string(""));
  }

  private static SqlExpression replacement(Call call, List<SqlExpression> args, int index, SqlExpression character) {
    return call.argument(index) instanceof Literal literal && literal.value() == null ? character
        : SqlCall.of("coalesce", args.get(index), character);
  }
}
