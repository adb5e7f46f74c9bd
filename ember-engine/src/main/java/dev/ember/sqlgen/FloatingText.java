package dev.ember.sqlgen;

import dev.ember.plan.types.AtomicType;
import dev.ember.sqlgen.tree.SqlCall;
import dev.ember.sqlgen.tree.SqlCase;
import dev.ember.sqlgen.tree.SqlExpression;
import dev.ember.sqlgen.tree.SqlLiteral;
import dev.ember.sqlgen.tree.SqlOperator;
import java.util.List;

/**
 * A float or double as Spark writes it ({@code NaN}, {@code Infinity}, {@code -Infinity} where
 * DuckDB writes {@code nan}, {@code inf}); finite values as Java's {@code Double.toString}
 * ({@link JavaNumberText}: {@code 4.000000028E9}, not DuckDB's {@code 4000000028.0}).
 */
final class FloatingText {
  private FloatingText() {
  }

  static SqlExpression of(SqlExpression value) {
    return new SqlCase(List.of(
        new SqlCase.When(SqlCall.of("isnan", value), text("NaN")),
        new SqlCase.When(SqlOperator.infix("AND", SqlCall.of("isinf", value),
            SqlOperator.infix(">", value, new SqlLiteral(0, AtomicType.INTEGER))), text("Infinity")),
        new SqlCase.When(SqlCall.of("isinf", value), text("-Infinity"))),
        JavaNumberText.of(value));
  }

  private static SqlLiteral text(String value) {
    return new SqlLiteral(value, AtomicType.STRING);
  }
}
