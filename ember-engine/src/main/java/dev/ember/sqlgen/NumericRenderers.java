package dev.ember.sqlgen;

import dev.ember.plan.errors.RaisedError;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.DecimalType;
import dev.ember.sqlgen.FunctionRenderers.Renderer;
import dev.ember.sqlgen.tree.SqlCall;
import dev.ember.sqlgen.tree.SqlCase;
import dev.ember.sqlgen.tree.SqlCast;
import dev.ember.sqlgen.tree.SqlExpression;
import dev.ember.sqlgen.tree.SqlLiteral;
import dev.ember.sqlgen.tree.SqlOperator;
import java.util.List;
import java.util.Map;

/** DuckDB renderings of cbrt, expm1, log1p, rint, factorial, width_bucket, unary plus and {@code div}. */
final class NumericRenderers {
  private static final SqlLiteral ONE = new SqlLiteral(1.0, AtomicType.DOUBLE);
  private static final SqlLiteral ZERO = new SqlLiteral(0.0, AtomicType.DOUBLE);
  private static final SqlLiteral NULL_LONG = new SqlLiteral(null, AtomicType.LONG);

  private NumericRenderers() {
  }

  static void register(Map<String, Renderer> renderers) {
    renderers.put("cbrt", (call, args) -> cbrt(args.get(0)));
    renderers.put("expm1", (call, args) -> expm1(args.get(0)));
    renderers.put("log1p", (call, args) -> log1p(args.get(0)));
    renderers.put("rint", (call, args) -> SqlCall.of("round_even", args.get(0), new SqlLiteral(0, AtomicType.INTEGER)));
    renderers.put("factorial", (call, args) -> new SqlCase(List.of(new SqlCase.When(
        SqlOperator.infix("AND", SqlOperator.infix(">=", args.get(0), new SqlLiteral(0, AtomicType.INTEGER)),
            SqlOperator.infix("<=", args.get(0), new SqlLiteral(20, AtomicType.INTEGER))),
        new SqlCast(SqlCall.of("factorial", args.get(0)), "BIGINT", false))), NULL_LONG));
    renderers.put("width_bucket", (call, args) -> WidthBucket.bucket(args.get(0), args.get(1), args.get(2),
        args.get(3)));
    renderers.put("positive", (call, args) -> args.get(0));
    renderers.put("div", (call, args) -> FunctionRenderers.guardZero(args.get(1), integralQuotient(call, args),
        RaisedError.DIVIDE_BY_ZERO));
  }

  /**
   * DuckDB's cbrt is a power of 1/3 (cbrt(27) is 3.0000000000000004); one Newton step brings it to the
   * cube root java.lang.Math gives in nearly every case, perfect cubes included.
   */
  private static SqlExpression cbrt(SqlExpression value) {
    SqlExpression root = SqlCall.of("cbrt", value);
    SqlExpression square = SqlOperator.infix("*", root, root);
    SqlExpression step = SqlOperator.infix("/", SqlOperator.infix("-", SqlOperator.infix("*", square, root), value),
        SqlOperator.infix("*", new SqlLiteral(3.0, AtomicType.DOUBLE), square));
    return new SqlCase(List.of(new SqlCase.When(SqlOperator.infix("OR", SqlOperator.infix("=", root, ZERO),
        SqlOperator.infix("OR", SqlCall.of("isinf", root), SqlCall.of("isnan", root))), root)),
        SqlOperator.infix("-", root, step));
  }

  /** Kahan's exact-near-zero form: {@code (e^x - 1) * x / ln(e^x)}, x itself where e^x rounds to 1. */
  private static SqlExpression expm1(SqlExpression value) {
    SqlExpression power = SqlCall.of("exp", value);
    SqlExpression lessOne = SqlOperator.infix("-", power, ONE);
    return new SqlCase(List.of(
        new SqlCase.When(SqlOperator.infix("=", power, ONE), value),
        new SqlCase.When(SqlOperator.infix("=", lessOne, new SqlLiteral(-1.0, AtomicType.DOUBLE)), lessOne),
        new SqlCase.When(SqlOperator.infix("OR", SqlCall.of("isinf", power), SqlCall.of("isnan", power)), power)),
        SqlOperator.infix("/", SqlOperator.infix("*", lessOne, value), SqlCall.of("ln", power)));
  }

  /** Spark's log1p is NULL at or below -1; otherwise Kahan's {@code ln(1 + x) * x / ((1 + x) - 1)}. */
  private static SqlExpression log1p(SqlExpression value) {
    SqlExpression sum = SqlOperator.infix("+", ONE, value);
    return new SqlCase(List.of(
        new SqlCase.When(SqlOperator.infix("<=", value, new SqlLiteral(-1.0, AtomicType.DOUBLE)),
            new SqlLiteral(null, AtomicType.DOUBLE)),
        new SqlCase.When(SqlOperator.infix("=", sum, ONE), value),
        new SqlCase.When(SqlOperator.infix("OR", SqlCall.of("isinf", sum), SqlCall.of("isnan", sum)), sum)),
        SqlOperator.infix("/", SqlOperator.infix("*", SqlCall.of("ln", sum), value), SqlOperator.infix("-", sum, ONE)));
  }

  /** Bigints divide with DuckDB's truncating {@code //}; decimals divide, then truncate to a bigint. */
  private static SqlExpression integralQuotient(dev.ember.plan.resolved.Call call, List<SqlExpression> args) {
    if (call.argument(0).dataType() instanceof DecimalType || call.argument(1).dataType() instanceof DecimalType) {
      return new SqlCast(SqlCall.of("trunc", SqlOperator.infix("/", new SqlCast(args.get(0), "DOUBLE", false),
          new SqlCast(args.get(1), "DOUBLE", false))), "BIGINT", false);
    }
    return SqlOperator.infix("//", args.get(0), args.get(1));
  }
}
