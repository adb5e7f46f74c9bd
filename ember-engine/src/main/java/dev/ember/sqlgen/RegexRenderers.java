package dev.ember.sqlgen;

import static dev.ember.sqlgen.StringRenderers.string;

import dev.ember.plan.errors.RaisedError;
import dev.ember.plan.errors.SparkErrors;
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
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * regexp_replace, regexp_extract and split. Spark uses java.util.regex, DuckDB RE2: the common
 * syntax agrees; Java replacement strings ({@code $1}) are rewritten for RE2 ({@code \1}), and the
 * errors Spark raises while evaluating (bad pattern, group index out of range) are raised at run time.
 */
final class RegexRenderers {
  private static final SqlLiteral ONE = new SqlLiteral(1, AtomicType.INTEGER);

  private RegexRenderers() {
  }

  static void register(Map<String, Renderer> renderers) {
    renderers.put("regexp_replace", RegexRenderers::replace);
    renderers.put("regexp_extract", RegexRenderers::extract);
    renderers.put("split", (call, args) -> split(args.get(0), pattern(call, 1, args.get(1)), args.get(2)));
    renderers.put("rlike", (call, args) -> SqlCall.of("regexp_matches", args.get(0), pattern(call, 1, args.get(1))));
  }

  private static final Map<String, String> POSIX_CLASSES = Map.ofEntries(
      Map.entry("Lower", "lower"), Map.entry("Upper", "upper"), Map.entry("Alpha", "alpha"),
      Map.entry("Digit", "digit"), Map.entry("Alnum", "alnum"), Map.entry("Punct", "punct"),
      Map.entry("Graph", "graph"), Map.entry("Print", "print"), Map.entry("Blank", "blank"),
      Map.entry("Cntrl", "cntrl"), Map.entry("XDigit", "xdigit"), Map.entry("Space", "space"),
      Map.entry("ASCII", "ascii"));

  /**
   * The pattern argument for DuckDB: a literal Java pattern has its ASCII POSIX classes
   * ({@code \p{Upper}}) rewritten as RE2 writes them ({@code [[:upper:]]}).
   */
  static SqlExpression pattern(Call call, int index, SqlExpression rendered) {
    return literalString(call, index).<SqlExpression>map(java -> string(re2Pattern(java))).orElse(rendered);
  }

  static String re2Pattern(String java) {
    StringBuilder re2 = new StringBuilder();
    int classDepth = 0;
    for (int i = 0; i < java.length(); i++) {
      char c = java.charAt(i);
      if (c == '\\' && i + 1 < java.length()) {
        char next = java.charAt(i + 1);
        int close = java.indexOf('}', i);
        if ((next == 'p' || next == 'P') && i + 2 < java.length() && java.charAt(i + 2) == '{' && close > 0) {
          String posix = POSIX_CLASSES.get(java.substring(i + 3, close));
          if (posix != null) {
            String bracket = "[:" + (next == 'P' ? "^" : "") + posix + ":]";
            re2.append(classDepth > 0 ? bracket : "[" + bracket + "]");
            i = close;
            continue;
          }
        }
        re2.append(c).append(next);
        i++;
      } else {
        if (c == '[') {
          classDepth++;
        } else if (c == ']' && classDepth > 0) {
          classDepth--;
        }
        re2.append(c);
      }
    }
    return re2.toString();
  }

  static Optional<String> literalString(Call call, int index) {
    return call.argument(index) instanceof Literal literal && literal.value() instanceof String text
        ? Optional.of(text) : Optional.empty();
  }

  /** Java's compiled pattern, or empty when the pattern is not a literal. */
  private static Optional<Pattern> compile(Call call) throws PatternSyntaxException {
    return literalString(call, 1).map(Pattern::compile);
  }

  /** Spark raises on a malformed pattern for each row whose inputs are all non-NULL. */
  static SqlExpression invalidPattern(String function, String pattern, List<SqlExpression> inputs) {
    SqlExpression anyNull = inputs.stream().<SqlExpression>map(input -> SqlOperator.postfix("IS NULL", input))
        .reduce((left, right) -> SqlOperator.infix("OR", left, right)).orElseThrow();
    return new SqlCase(List.of(new SqlCase.When(anyNull, StringRenderers.nullString())),
        FunctionRenderers.raise(RaisedError.INVALID_REGEX_PATTERN, "VARCHAR", function, "regexp", pattern));
  }

  private static SqlExpression replace(Call call, List<SqlExpression> args) {
    try {
      compile(call);
    } catch (PatternSyntaxException malformed) {
      return invalidPattern("regexp_replace", literalString(call, 1).orElseThrow(), args);
    }
    String replacement = literalString(call, 2).orElseThrow(() -> unsupported("a replacement that is not a literal"));
    if (nullConstant(call.argument(3))) {
      return StringRenderers.nullString(); // a NULL position: NULL, as Spark's RegExpReplace
    }
    if (!(call.argument(3) instanceof Literal position && position.value() instanceof Integer start && start >= 1)) {
      throw unsupported("a position that is not a positive int literal");
    }
    SqlExpression text = args.get(0);
    SqlLiteral re2Replacement = string(re2Replacement(replacement));
    if (start == 1) {
      return SqlCall.of("regexp_replace", text, pattern(call, 1, args.get(1)), re2Replacement, string("g"));
    }
    // Spark keeps the first pos - 1 characters and replaces in the rest.
    return SqlOperator.infix("||", SqlCall.of("substring", text, ONE, new SqlLiteral(start - 1, AtomicType.INTEGER)),
        SqlCall.of("regexp_replace", SqlCall.of("substring", text, args.get(3)), pattern(call, 1, args.get(1)),
            re2Replacement,
            string("g")));
  }

  private static boolean nullConstant(dev.ember.plan.resolved.BoundExpression argument) {
    return argument instanceof Literal literal ? literal.value() == null
        : argument instanceof dev.ember.plan.resolved.BoundCast cast && nullConstant(cast.child());
  }

  /** Java's {@code $n} group references and {@code \x} escapes as RE2 writes them ({@code \n}, {@code x}). */
  static String re2Replacement(String java) {
    StringBuilder re2 = new StringBuilder();
    for (int i = 0; i < java.length(); i++) {
      char c = java.charAt(i);
      if (c == '\\' && i + 1 < java.length()) {
        char escaped = java.charAt(++i);
        re2.append(escaped == '\\' ? "\\\\" : String.valueOf(escaped));
      } else if (c == '$' && i + 1 < java.length() && Character.isDigit(java.charAt(i + 1))) {
        re2.append('\\').append(java.charAt(++i));
      } else if (c == '$') {
        throw unsupported("a replacement with a named group or a lone '$'");
      } else {
        re2.append(c);
      }
    }
    return re2.toString();
  }

  private static SqlExpression extract(Call call, List<SqlExpression> args) {
    Optional<Pattern> pattern;
    try {
      pattern = compile(call);
    } catch (PatternSyntaxException malformed) {
      return invalidPattern("regexp_extract", literalString(call, 1).orElseThrow(), args);
    }
    if (!(call.argument(2) instanceof Literal literal && literal.value() instanceof Integer index)) {
      throw unsupported("a group index that is not an int literal");
    }
    int groups = pattern.orElseThrow(() -> unsupported("a pattern that is not a literal")).matcher("").groupCount();
    if (index < 0 || index > groups) {
      // Spark checks the index only when the pattern matches; without a match the result is "".
      return new SqlCase(List.of(
          new SqlCase.When(SqlOperator.postfix("IS NULL", args.get(0)), StringRenderers.nullString()),
          new SqlCase.When(SqlCall.of("regexp_matches", args.get(0), pattern(call, 1, args.get(1))),
              FunctionRenderers.raise(RaisedError.REGEX_GROUP_INDEX, "VARCHAR", "regexp_extract",
                  Integer.toString(groups), Integer.toString(index)))),
          string(""));
    }
    return SqlCall.of("regexp_extract", args.get(0), pattern(call, 1, args.get(1)), args.get(2));
  }

  /**
   * Java's String.split(regex, limit) as Spark uses it: limit <= 0 splits everywhere and keeps
   * trailing empty strings; limit n > 0 gives at most n parts, the last holding the rest of the text.
   */
  private static SqlExpression split(SqlExpression text, SqlExpression pattern, SqlExpression limit) {
    SqlExpression parts = SqlCall.of("regexp_split_to_array", text, pattern);
    SqlExpression kept = SqlOperator.infix("-", limit, ONE);
    SqlExpression head = SqlCall.of("list_slice", parts, ONE, kept);
    SqlExpression delimiters = SqlCall.of("list_slice", SqlCall.of("regexp_extract_all", text, pattern), ONE, kept);
    SqlExpression consumed = SqlOperator.infix("+",
        SqlCall.of("length", SqlCall.of("array_to_string", head, string(""))),
        SqlCall.of("length", SqlCall.of("array_to_string", delimiters, string(""))));
    SqlExpression rest = SqlCall.of("substring", text, SqlOperator.infix("+", consumed, ONE));
    // DuckDB splits by a NULL pattern into the whole text; Spark's split of it is NULL
    return new SqlCase(List.of(new SqlCase.When(SqlOperator.postfix("IS NULL", pattern),
        new dev.ember.sqlgen.tree.SqlCast(new SqlLiteral(null, AtomicType.STRING), "VARCHAR[]", false)), new SqlCase.When(
        SqlOperator.infix("OR", SqlOperator.infix("<=", limit, new SqlLiteral(0, AtomicType.INTEGER)),
            SqlOperator.infix("<=", SqlCall.of("len", parts), limit)), parts)),
        SqlCall.of("list_concat", head, SqlCall.of("list_value", rest)));
  }

  static RuntimeException unsupported(String what) {
    return SparkErrors.unsupported("UNSUPPORTED_CALL.WITHOUT_SUGGESTION", "0A000",
        "Cannot call the method \"regular expression functions with " + what + "\" of the class \"Ember\": "
            + "it is not supported yet.",
        Map.of("methodName", "regular expression functions with " + what, "className", "Ember"));
  }
}
