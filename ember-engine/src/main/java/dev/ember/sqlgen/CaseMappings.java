package dev.ember.sqlgen;

import dev.ember.plan.types.AtomicType;
import dev.ember.sqlgen.tree.SqlCall;
import dev.ember.sqlgen.tree.SqlCase;
import dev.ember.sqlgen.tree.SqlExpression;
import dev.ember.sqlgen.tree.SqlLiteral;
import dev.ember.sqlgen.tree.SqlOperator;
import java.util.List;

/**
 * lower, upper and initcap as Spark maps cases: DuckDB's mapping for ASCII text (the same), Spark's own
 * (CollationSupport: ICU's full case mappings, {@code İ} lower-cased to {@code i̇}, a collation's locale) for any
 * other text or under a collation other than UTF8_BINARY (whose id is the call's second argument).
 */
final class CaseMappings {
  private CaseMappings() {
  }

  static SqlExpression render(String function, List<SqlExpression> args) {
    return mapped(function, args, SqlCall.of(function, args.get(0)));
  }

  static SqlExpression initcap(List<SqlExpression> args, SqlExpression ascii) {
    return mapped("initcap", args, ascii);
  }

  private static SqlExpression mapped(String function, List<SqlExpression> args, SqlExpression ascii) {
    if (args.size() > 1) {
      return SqlCall.of("ember_collated_" + function, args.get(0), args.get(1));
    }
    return SqlLet.bind(args.get(0), text -> {
      SqlExpression asciiOnly = SqlOperator.infix("=", SqlCall.of("strlen", text), SqlCall.of("length", text));
      SqlExpression spark = SqlCall.of("ember_collated_" + function, text, new SqlLiteral(0, AtomicType.INTEGER));
      return new SqlCase(List.of(new SqlCase.When(asciiOnly, ascii(function, text, ascii, args.get(0)))), spark);
    });
  }

  /** The ASCII rendering over the bound text. */
  private static SqlExpression ascii(String function, SqlExpression text, SqlExpression rendered,
      SqlExpression original) {
    return function.equals("initcap") ? rendered : SqlCall.of(function, text);
  }
}
