package dev.ember.sqlgen;

import dev.ember.plan.types.AtomicType;
import dev.ember.sqlgen.tree.SqlCall;
import dev.ember.sqlgen.tree.SqlCase;
import dev.ember.sqlgen.tree.SqlCast;
import dev.ember.sqlgen.tree.SqlExpression;
import dev.ember.sqlgen.tree.SqlLiteral;
import dev.ember.sqlgen.tree.SqlOperator;
import java.util.List;

/** Spark's WidthBucket.computeBucketNumber as a CASE: buckets 1..n between the bounds, 0 and n + 1 outside. */
final class WidthBucket {
  private WidthBucket() {
  }

  static SqlExpression bucket(SqlExpression value, SqlExpression min, SqlExpression max, SqlExpression count) {
    SqlExpression invalid = anyOf(
        SqlOperator.infix("<=", count, new SqlLiteral(0L, AtomicType.LONG)),
        SqlOperator.infix("=", count, new SqlLiteral(Long.MAX_VALUE, AtomicType.LONG)),
        SqlCall.of("isnan", value),
        SqlOperator.infix("=", min, max),
        SqlCall.of("isnan", min), SqlCall.of("isinf", min),
        SqlCall.of("isnan", max), SqlCall.of("isinf", max));
    SqlExpression ascending = new SqlCase(List.of(
        new SqlCase.When(SqlOperator.infix("<", value, min), new SqlLiteral(0L, AtomicType.LONG)),
        new SqlCase.When(SqlOperator.infix(">=", value, max), SqlOperator.infix("+", count,
            new SqlLiteral(1L, AtomicType.LONG)))),
        position(count, SqlOperator.infix("-", value, min), SqlOperator.infix("-", max, min)));
    SqlExpression descending = new SqlCase(List.of(
        new SqlCase.When(SqlOperator.infix(">", value, min), new SqlLiteral(0L, AtomicType.LONG)),
        new SqlCase.When(SqlOperator.infix("<=", value, max), SqlOperator.infix("+", count,
            new SqlLiteral(1L, AtomicType.LONG)))),
        position(count, SqlOperator.infix("-", min, value), SqlOperator.infix("-", min, max)));
    return new SqlCase(List.of(
        new SqlCase.When(invalid, new SqlLiteral(null, AtomicType.LONG)),
        new SqlCase.When(SqlOperator.infix("<", min, max), ascending)), descending);
  }

  /** {@code (long) (n * offset / width) + 1}, truncating as Java's double-to-long cast. */
  private static SqlExpression position(SqlExpression count, SqlExpression offset, SqlExpression width) {
    SqlExpression fraction = SqlOperator.infix("/", SqlOperator.infix("*", new SqlCast(count, "DOUBLE", false), offset),
        width);
    return SqlOperator.infix("+", new SqlCast(SqlCall.of("trunc", fraction), "BIGINT", false),
        new SqlLiteral(1L, AtomicType.LONG));
  }

  private static SqlExpression anyOf(SqlExpression... conditions) {
    SqlExpression result = conditions[0];
    for (int i = 1; i < conditions.length; i++) {
      result = SqlOperator.infix("OR", result, conditions[i]);
    }
    return result;
  }
}
