package dev.ember.sqlgen;

import static dev.ember.sqlgen.StringRenderers.bigint;
import static dev.ember.sqlgen.StringRenderers.string;

import dev.ember.plan.errors.RaisedError;
import dev.ember.plan.types.AtomicType;
import dev.ember.sqlgen.FunctionRenderers.Renderer;
import dev.ember.sqlgen.tree.SqlCall;
import dev.ember.sqlgen.tree.SqlCase;
import dev.ember.sqlgen.tree.SqlColumn;
import dev.ember.sqlgen.tree.SqlExpression;
import dev.ember.sqlgen.tree.SqlLambda;
import dev.ember.sqlgen.tree.SqlLiteral;
import dev.ember.sqlgen.tree.SqlOperator;
import java.util.List;
import java.util.Map;

/** left/right, split_part, substring_index, overlay and space with Spark's rules for odd counts and positions. */
final class StringSlicingRenderers {
  private static final SqlLiteral ZERO = new SqlLiteral(0, AtomicType.INTEGER);
  private static final SqlLiteral ONE = new SqlLiteral(1, AtomicType.INTEGER);
  private static final SqlLiteral EMPTY = string("");

  private StringSlicingRenderers() {
  }

  static void register(Map<String, Renderer> renderers) {
    renderers.put("left", (call, args) -> SqlCall.of("left", args.get(0), nonNegative(args.get(1))));
    renderers.put("right", (call, args) -> SqlCall.of("right", args.get(0), nonNegative(args.get(1))));
    renderers.put("replace", (call, args) -> new SqlCall("replace", args, false));
    renderers.put("split_part", (call, args) -> splitPart(args.get(0), args.get(1), args.get(2)));
    // under a collation: Spark's split of the collation (part 0 fails as above)
    renderers.put("collated_split_part", (call, args) -> new SqlCase(List.of(
        new SqlCase.When(SqlOperator.infix("=", args.get(2), ZERO),
            FunctionRenderers.raise(RaisedError.INVALID_INDEX_OF_ZERO, "VARCHAR"))),
        SqlCall.of("ember_collated_split_part", args.toArray(SqlExpression[]::new))));
    renderers.put("substring_index", (call, args) -> substringIndex(args.get(0), args.get(1), args.get(2)));
    renderers.put("overlay", (call, args) -> overlay(args.get(0), args.get(1), args.get(2), args.get(3)));
    renderers.put("space", (call, args) -> SqlCall.of("repeat", string(" "), args.get(0)));
  }

  /** A count below zero counts as zero; NULL stays NULL (DuckDB's greatest would skip it). */
  private static SqlExpression nonNegative(SqlExpression count) {
    return new SqlCase(List.of(new SqlCase.When(SqlOperator.infix("<", count, ZERO), ZERO)), count);
  }

  private static SqlExpression anyNull(SqlExpression... values) {
    return List.of(values).stream().map(value -> SqlOperator.postfix("IS NULL", value))
        .reduce((left, right) -> SqlOperator.infix("OR", left, right)).orElseThrow();
  }

  /**
   * Spark's split_part: part 0 fails, a negative part counts from the end, a part that does not exist
   * is empty, and an empty delimiter leaves the whole text as the only part.
   */
  private static SqlExpression splitPart(SqlExpression text, SqlExpression delimiter, SqlExpression part) {
    SqlExpression wholeText = new SqlCase(List.of(new SqlCase.When(SqlOperator.infix("OR",
        SqlOperator.infix("=", part, ONE), SqlOperator.infix("=", part, new SqlLiteral(-1, AtomicType.INTEGER))),
        text)), EMPTY);
    return new SqlCase(List.of(
        new SqlCase.When(anyNull(text, delimiter, part), StringRenderers.nullString()),
        new SqlCase.When(SqlOperator.infix("=", part, ZERO),
            FunctionRenderers.raise(RaisedError.INVALID_INDEX_OF_ZERO, "VARCHAR")),
        new SqlCase.When(SqlOperator.infix("=", delimiter, EMPTY), wholeText)),
        SqlCall.of("coalesce", SqlCall.of("list_extract", SqlCall.of("string_split", text, delimiter), part), EMPTY));
  }

  /**
   * Spark's substring_index: the text before the count-th delimiter from the left (count > 0) or
   * after the count-th from the right (count < 0), occurrences overlapping as Spark finds them
   * (each search starts one character after the previous match); the whole text when there are fewer.
   */
  private static SqlExpression substringIndex(SqlExpression text, SqlExpression delimiter, SqlExpression count) {
    SqlExpression delimiterLength = SqlCall.of("length", delimiter);
    SqlExpression starts = SqlCall.of("range", bigint(ONE), SqlOperator.infix("+",
        bigint(SqlOperator.infix("-", SqlCall.of("length", text), delimiterLength)), bigint(new SqlLiteral(2,
            AtomicType.INTEGER))));
    String start = SqlLet.freshName();
    SqlExpression occurrences = SqlCall.of("list_filter", starts, new SqlLambda(start, SqlOperator.infix("=",
        SqlCall.of("substring", text, new SqlColumn(start), delimiterLength), delimiter)));
    SqlExpression found = SqlLet.bind(occurrences, positions -> {
      SqlExpression position = SqlCall.of("list_extract", positions, count);
      SqlExpression cut = new SqlCase(List.of(new SqlCase.When(SqlOperator.infix(">", count, ZERO),
          SqlCall.of("left", text, SqlOperator.infix("-", position, ONE)))),
          SqlCall.of("substring", text, SqlOperator.infix("+", position, delimiterLength)));
      return new SqlCase(List.of(new SqlCase.When(SqlOperator.infix("<", SqlCall.of("len", positions),
          SqlCall.of("abs", bigint(count))), text)), cut);
    });
    return new SqlCase(List.of(
        new SqlCase.When(anyNull(text, delimiter, count), StringRenderers.nullString()),
        new SqlCase.When(SqlOperator.infix("OR", SqlOperator.infix("=", count, ZERO),
            SqlOperator.infix("=", delimiter, EMPTY)), EMPTY)), found);
  }

  /** The text before pos, the replacement, then the text after len characters (len < 0: the replacement's length). */
  private static SqlExpression overlay(SqlExpression text, SqlExpression replacement, SqlExpression pos,
      SqlExpression len) {
    SqlExpression replaced = new SqlCase(List.of(new SqlCase.When(SqlOperator.infix(">=", len, ZERO), bigint(len))),
        bigint(SqlCall.of("length", replacement)));
    SqlExpression before = StringRenderers.substring(text, ONE, SqlOperator.infix("-", bigint(pos), ONE));
    SqlExpression after = StringRenderers.substring(text, SqlOperator.infix("+", bigint(pos), replaced),
        new SqlLiteral(Integer.MAX_VALUE, AtomicType.INTEGER));
    return SqlOperator.infix("||", SqlOperator.infix("||", before, replacement), after);
  }
}
