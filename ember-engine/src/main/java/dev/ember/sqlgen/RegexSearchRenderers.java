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
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * regexp_count, regexp_substr, regexp_instr and regexp_extract_all on DuckDB's RE2 (see
 * {@link RegexRenderers} for the pattern translation). A malformed literal pattern fails when the
 * query runs, naming the function Spark's rewrite of each one reports.
 */
final class RegexSearchRenderers {
  private RegexSearchRenderers() {
  }

  static void register(Map<String, Renderer> renderers) {
    renderers.put("regexp_count", (call, args) -> checked(call, args, "regexp_extract_all",
        pattern -> integer(SqlCall.of("len", SqlCall.of("regexp_extract_all", args.get(0), pattern)))));
    renderers.put("regexp_substr", (call, args) -> checked(call, args, "regexp_extract",
        pattern -> SqlCall.of("nullif", SqlCall.of("regexp_extract", args.get(0), pattern,
            new SqlLiteral(0, AtomicType.INTEGER)), string(""))));
    renderers.put("regexp_instr", (call, args) -> checked(call, args, "regexp_instr",
        pattern -> firstMatchPosition(args.get(0), pattern)));
    renderers.put("regexp_extract_all", (call, args) -> checked(call, args, "regexp_extract_all",
        pattern -> extractAll(call, args, pattern)));
  }

  private interface PatternRendering {
    SqlExpression render(SqlExpression pattern);
  }

  private static SqlExpression checked(Call call, List<SqlExpression> args, String function,
      PatternRendering rendering) {
    Optional<String> literal = RegexRenderers.literalString(call, 1);
    if (literal.isPresent()) {
      try {
        Pattern.compile(literal.get());
      } catch (PatternSyntaxException malformed) {
        return RegexRenderers.invalidPattern(function, literal.get(), args.subList(0, 2));
      }
    }
    SqlExpression rendered = rendering.render(RegexRenderers.pattern(call, 1, args.get(1)));
    if (literal.isPresent()) {
      return rendered;
    }
    // a pattern from the data: java.util.regex's refusal is Spark's error, for a row whose inputs are all there
    SqlExpression refused = SqlOperator.infix("AND", SqlOperator.infix("AND",
        SqlOperator.postfix("IS NOT NULL", args.get(0)), SqlOperator.postfix("IS NOT NULL", args.get(1))),
        SqlOperator.prefix("NOT", SqlCall.of("ember_regex_valid", args.get(1))));
    return new SqlCase(List.of(new SqlCase.When(refused, DatetimeSql.raise(RaisedError.INVALID_REGEX_PATTERN,
        call.dataType(), string(function), string("regexp"), args.get(1)))), rendered);
  }

  /**
   * 1 + the length of the shortest prefix after which the pattern matches (RE2 prefers the shortest
   * lazy prefix, so this is where the leftmost match starts); 0 without a match.
   */
  private static SqlExpression firstMatchPosition(SqlExpression text, SqlExpression pattern) {
    SqlExpression anchored = SqlOperator.infix("||", SqlOperator.infix("||", string("^((?s:.*?))(?:"), pattern),
        string(")"));
    SqlExpression prefix = SqlCall.of("regexp_extract", text, anchored, new SqlLiteral(1, AtomicType.INTEGER));
    return integer(new SqlCase(List.of(
        new SqlCase.When(SqlOperator.infix("OR", SqlOperator.postfix("IS NULL", text),
            SqlOperator.postfix("IS NULL", pattern)), new SqlLiteral(null, AtomicType.INTEGER)),
        new SqlCase.When(SqlCall.of("regexp_matches", text, pattern),
            SqlOperator.infix("+", SqlCall.of("length", prefix), new SqlLiteral(1, AtomicType.INTEGER)))),
        new SqlLiteral(0, AtomicType.INTEGER)));
  }

  /** Every match's group idx; a group that took no part is an empty string; idx beyond the groups fails. */
  private static SqlExpression extractAll(Call call, List<SqlExpression> args, SqlExpression pattern) {
    if (!(call.argument(2) instanceof Literal literal && literal.value() instanceof Integer index)) {
      throw RegexRenderers.unsupported("a group index that is not an int literal");
    }
    Optional<String> literalPattern = RegexRenderers.literalString(call, 1);
    if (literalPattern.isPresent()) {
      int groups = Pattern.compile(literalPattern.get()).matcher("").groupCount();
      if (index < 0 || index > groups) {
        return new SqlCase(List.of(new SqlCase.When(SqlOperator.postfix("IS NULL", args.get(0)),
            new SqlCast(new SqlLiteral(null, AtomicType.NULL), "VARCHAR[]", false))), FunctionRenderers.raise(RaisedError.REGEX_GROUP_INDEX,
            "VARCHAR[]", "regexp_extract_all", Integer.toString(groups), Integer.toString(index)));
      }
    }
    String match = SqlLet.freshName();
    return SqlCall.of("list_transform", SqlCall.of("regexp_extract_all", args.get(0), pattern, args.get(2)),
        new SqlLambda(match, SqlCall.of("coalesce", new SqlColumn(match), string(""))));
  }
}
