package dev.ember.sqlgen;

import dev.ember.plan.types.AtomicType;
import dev.ember.sqlgen.tree.SqlCase;
import dev.ember.sqlgen.tree.SqlCast;
import dev.ember.sqlgen.tree.SqlExpression;
import dev.ember.sqlgen.tree.SqlLiteral;
import dev.ember.sqlgen.tree.SqlOperator;
import java.util.List;

/**
 * A DOUBLE cast to FLOAT as Java's {@code (float)} narrows it, which Spark's cast does even under ANSI (and
 * try_cast too): a magnitude beyond FLOAT's range rounds to the largest FLOAT, or to infinity from halfway to the next
 * power of two on; DuckDB's cast refuses both.
 */
final class FloatNarrowing {
  /** Float.MAX_VALUE, and the least magnitude that rounds to infinity (Float.MAX_VALUE plus half an ulp). */
  private static final double LARGEST = Float.MAX_VALUE;
  private static final double OVERFLOW = 3.4028235677973366E38;

  private FloatNarrowing() {
  }

  static SqlExpression of(SqlExpression value) {
    // NaN first: DuckDB orders NaN above every number
    return SqlLet.bind(value, x -> new SqlCase(List.of(
        when(dev.ember.sqlgen.tree.SqlCall.of("isnan", x), "nan"),
        when(SqlOperator.infix(">=", x, number(OVERFLOW)), "inf"),
        when(SqlOperator.infix("<=", x, number(-OVERFLOW)), "-inf"),
        new SqlCase.When(SqlOperator.infix(">", x, number(LARGEST)), floatOf(number(LARGEST))),
        new SqlCase.When(SqlOperator.infix("<", x, number(-LARGEST)), floatOf(number(-LARGEST)))),
        floatOf(x)));
  }

  private static SqlCase.When when(SqlExpression condition, String infinity) {
    return new SqlCase.When(condition, floatOf(new SqlLiteral(infinity, AtomicType.STRING)));
  }

  private static SqlExpression number(double value) {
    return new SqlLiteral(value, AtomicType.DOUBLE);
  }

  private static SqlExpression floatOf(SqlExpression value) {
    return new SqlCast(value, "FLOAT", false);
  }
}
