package dev.ember.sqlgen;

import static dev.ember.sqlgen.StringRenderers.integer;
import static dev.ember.sqlgen.StringRenderers.string;

import dev.ember.plan.errors.RaisedError;
import dev.ember.plan.resolved.Call;
import dev.ember.plan.types.AtomicType;
import dev.ember.sqlgen.FunctionRenderers.Renderer;
import dev.ember.sqlgen.tree.SqlCall;
import dev.ember.sqlgen.tree.SqlCase;
import dev.ember.sqlgen.tree.SqlCast;
import dev.ember.sqlgen.tree.SqlColumn;
import dev.ember.sqlgen.tree.SqlExpression;
import dev.ember.sqlgen.tree.SqlLambda;
import dev.ember.sqlgen.tree.SqlList;
import dev.ember.sqlgen.tree.SqlLiteral;
import dev.ember.sqlgen.tree.SqlOperator;
import java.util.List;
import java.util.Map;

/** find_in_set, elt, levenshtein and soundex as Spark computes them. */
final class StringSearchRenderers {
  private static final SqlLiteral ZERO = new SqlLiteral(0, AtomicType.INTEGER);
  private static final SqlLiteral ONE = new SqlLiteral(1, AtomicType.INTEGER);
  /** Soundex codes of A..Z; 7 marks H and W, which do not separate equal codes. */
  private static final String SOUNDEX_CODES = "01230127022455012623017202";

  private StringSearchRenderers() {
  }

  static void register(Map<String, Renderer> renderers) {
    renderers.put("find_in_set", (call, args) -> findInSet(args.get(0), args.get(1)));
    renderers.put("elt", (call, args) -> elt(call, args));
    // without ANSI: an index outside the values is NULL
    renderers.put("lenient_elt", (call, args) -> new SqlCase(List.of(new SqlCase.When(SqlOperator.infix("OR",
        SqlOperator.infix("<", args.get(0), ONE), SqlOperator.infix(">", args.get(0),
            new SqlLiteral(args.size() - 1, AtomicType.INTEGER))), new SqlLiteral(null, call.dataType()))),
        SqlCall.of("list_extract", new SqlList(args.subList(1, args.size())), args.get(0))));
    renderers.put("levenshtein", (call, args) -> levenshtein(args));
    renderers.put("soundex", (call, args) -> soundex(args.get(0)));
  }

  /** The 1-based place of {@code text} in the comma-separated {@code set}; 0 if absent or if it holds a comma. */
  private static SqlExpression findInSet(SqlExpression text, SqlExpression set) {
    SqlExpression place = SqlCall.of("coalesce", SqlCall.of("list_position", SqlCall.of("string_split", set,
        string(",")), text), ZERO);
    return integer(new SqlCase(List.of(
        new SqlCase.When(SqlOperator.infix("OR", SqlOperator.postfix("IS NULL", text),
            SqlOperator.postfix("IS NULL", set)), new SqlLiteral(null, AtomicType.INTEGER)),
        new SqlCase.When(SqlCall.of("contains", text, string(",")), ZERO),
        // DuckDB splits '' into no parts, Spark into one empty part
        new SqlCase.When(SqlOperator.infix("=", set, string("")),
            new SqlCase(List.of(new SqlCase.When(SqlOperator.infix("=", text, string("")), ONE)), ZERO))),
        place));
  }

  /** The n-th input; NULL for a NULL n; an n out of range fails as Spark's ANSI mode does. */
  private static SqlExpression elt(Call call, List<SqlExpression> args) {
    SqlExpression index = args.get(0);
    SqlExpression size = new SqlLiteral(args.size() - 1, AtomicType.INTEGER);
    SqlExpression message = SqlCall.of("concat", string(RaisedError.INVALID_ARRAY_INDEX.marker()
        + RaisedError.ARGUMENT_SEPARATOR), index, string(RaisedError.ARGUMENT_SEPARATOR), size);
    return new SqlCase(List.of(
        new SqlCase.When(SqlOperator.postfix("IS NULL", index), new SqlLiteral(null, call.dataType())),
        new SqlCase.When(SqlOperator.infix("OR", SqlOperator.infix("<", index, ONE), SqlOperator.infix(">", index,
            size)), new SqlCast(SqlCall.of("error", message), DuckDbTypes.of(call.dataType()), false))),
        SqlCall.of("list_extract", new SqlList(args.subList(1, args.size())), index));
  }

  /**
   * Spark counts edits of characters, DuckDB's levenshtein of bytes: ASCII text uses DuckDB's, other
   * text the dynamic programme row by row. With a threshold, a larger distance is -1.
   */
  private static SqlExpression levenshtein(List<SqlExpression> args) {
    SqlExpression left = args.get(0);
    SqlExpression right = args.get(1);
    SqlExpression ascii = SqlCall.of("regexp_full_match", SqlOperator.infix("||", left, right),
        string("[\\x00-\\x7F]*"));
    SqlExpression distance = integer(new SqlCase(List.of(new SqlCase.When(ascii,
        SqlCall.of("levenshtein", left, right))), characterDistance(left, right)));
    if (args.size() < 3) {
      return distance;
    }
    return SqlLet.bind(distance, value -> new SqlCase(List.of(new SqlCase.When(
        SqlOperator.infix(">", value, args.get(2)), new SqlLiteral(-1, AtomicType.INTEGER))), value));
  }

  /** The last entry of the last row of the edit-distance table, one row per character of {@code left}. */
  private static SqlExpression characterDistance(SqlExpression left, SqlExpression right) {
    String previous = SqlLet.freshName();
    String row = SqlLet.freshName();
    String i = SqlLet.freshName();
    String j = SqlLet.freshName();
    SqlExpression rightLength = SqlCall.of("length", right);
    SqlExpression substitution = SqlOperator.infix("+", SqlCall.of("list_extract", new SqlColumn(previous),
        new SqlColumn(j)), new SqlCast(SqlOperator.infix("<>", SqlCall.of("substring", left, new SqlColumn(i), ONE),
        SqlCall.of("substring", right, new SqlColumn(j), ONE)), "INTEGER", false));
    SqlExpression cell = SqlCall.of("least",
        SqlOperator.infix("+", SqlCall.of("list_extract", new SqlColumn(previous), SqlOperator.infix("+",
            new SqlColumn(j), ONE)), ONE),
        SqlOperator.infix("+", SqlCall.of("list_extract", new SqlColumn(row), new SqlLiteral(-1, AtomicType.INTEGER)),
            ONE),
        substitution);
    SqlExpression nextRow = SqlCall.of("list_reduce", SqlCall.of("range", bigint(ONE),
        SqlOperator.infix("+", bigint(rightLength), bigint(ONE))),
        new SqlLambda(List.of(row, j), SqlCall.of("list_append", new SqlColumn(row), cell)),
        new SqlList(List.of(new SqlColumn(i))));
    SqlExpression lastRow = SqlCall.of("list_reduce", SqlCall.of("range", bigint(ONE),
        SqlOperator.infix("+", bigint(SqlCall.of("length", left)), bigint(ONE))),
        new SqlLambda(List.of(previous, i), nextRow),
        SqlCall.of("range", bigint(ZERO), SqlOperator.infix("+", bigint(rightLength), bigint(ONE))));
    return SqlCall.of("list_extract", lastRow, new SqlLiteral(-1, AtomicType.INTEGER));
  }

  private static SqlExpression bigint(SqlExpression value) {
    return StringRenderers.bigint(value);
  }

  /**
   * Spark's soundex: text not starting with an ASCII letter is returned as it is; otherwise the
   * first letter and the codes of the following letters (other characters skipped), a code kept only
   * when it differs from the previous letter's (H and W do not count as letters between), vowels
   * dropped, cut or padded to three digits.
   */
  private static SqlExpression soundex(SqlExpression text) {
    SqlExpression upper = SqlCall.of("upper", text);
    SqlExpression letters = SqlCall.of("regexp_replace", SqlCall.of("substring", upper,
        new SqlLiteral(2, AtomicType.INTEGER)), string("[^A-Z]"), string(""), string("g"));
    SqlExpression codes = SqlCall.of("replace", SqlCall.of("translate", letters,
        string("ABCDEFGHIJKLMNOPQRSTUVWXYZ"), string(SOUNDEX_CODES)), string("7"), string(""));
    SqlExpression coded = SqlLet.bind(SqlOperator.infix("||", SqlCall.of("translate", SqlCall.of("left", upper, ONE),
        string("ABCDEFGHIJKLMNOPQRSTUVWXYZ"), string(SOUNDEX_CODES)), codes), sequence -> {
          String index = SqlLet.freshName();
          SqlExpression at = SqlCall.of("substring", sequence, new SqlColumn(index), ONE);
          SqlExpression kept = SqlOperator.infix("AND", SqlOperator.infix("<>", at, SqlCall.of("substring", sequence,
              SqlOperator.infix("-", new SqlColumn(index), ONE), ONE)), SqlOperator.infix("<>", at, string("0")));
          SqlExpression places = SqlCall.of("list_filter", SqlCall.of("range", bigint(new SqlLiteral(2,
              AtomicType.INTEGER)), bigint(SqlOperator.infix("+", SqlCall.of("length", sequence), ONE))),
              new SqlLambda(index, kept));
          String place = SqlLet.freshName();
          return SqlCall.of("array_to_string", SqlCall.of("list_transform", places, new SqlLambda(place,
              SqlCall.of("substring", sequence, new SqlColumn(place), ONE))), string(""));
        });
    SqlExpression digits = SqlCall.of("rpad", SqlCall.of("left", coded, new SqlLiteral(3, AtomicType.INTEGER)),
        new SqlLiteral(3, AtomicType.INTEGER), string("0"));
    return new SqlCase(List.of(new SqlCase.When(SqlCall.of("regexp_matches", text, string("^[A-Za-z]")),
        SqlOperator.infix("||", SqlCall.of("left", upper, ONE), digits))), text);
  }
}
