package dev.ember.sqlgen;

import dev.ember.plan.types.AtomicType;
import dev.ember.sqlgen.tree.SqlCall;
import dev.ember.sqlgen.tree.SqlCase;
import dev.ember.sqlgen.tree.SqlCast;
import dev.ember.sqlgen.tree.SqlExpression;
import dev.ember.sqlgen.tree.SqlFilteredAggregate;
import dev.ember.sqlgen.tree.SqlLiteral;
import dev.ember.sqlgen.tree.SqlOperator;
import java.util.List;

/**
 * A moment statistic with DuckDB's own algorithm, for groups far larger than a Spark partition (where
 * Spark's own last digits depend on how its rows were split): Spark's definitions, DuckDB's arithmetic.
 * Spark's skewness is the population skewness (DuckDB's is adjusted for the sample) and its kurtosis
 * the population excess kurtosis ({@code kurtosis_pop}). DuckDB's algorithm refuses infinities (it
 * raises "out of range" even for groups that do not take it), so it reads only the finite values, and a
 * large group holding a NaN or an infinity answers NaN.
 */
final class NativeMoments {
  private NativeMoments() {
  }

  static SqlExpression of(String statistic, List<SqlExpression> values, SqlExpression rows) {
    List<SqlExpression> asDoubles = values.stream().<SqlExpression>map(value -> new SqlCast(value, "DOUBLE", false))
        .toList();
    List<SqlExpression> doubles = asDoubles.stream().<SqlExpression>map(value -> new SqlCase(List.of(
        new SqlCase.When(SqlCall.of("isfinite", value), value)), new SqlLiteral(null, AtomicType.DOUBLE))).toList();
    SqlExpression nonFinite = asDoubles.stream().<SqlExpression>map(value -> SqlOperator.prefix("NOT",
        SqlCall.of("isfinite", value))).reduce((left, right) -> SqlOperator.infix("OR", left, right)).orElseThrow();
    SqlExpression anyNonFinite = SqlOperator.infix(">", new SqlFilteredAggregate(SqlCall.of("count", values.get(0)),
        nonFinite), new SqlLiteral(0L, AtomicType.LONG));
    return new SqlCase(List.of(new SqlCase.When(anyNonFinite, new SqlLiteral(Double.NaN, AtomicType.DOUBLE))),
        finite(statistic, doubles, rows));
  }

  private static SqlExpression finite(String statistic, List<SqlExpression> doubles, SqlExpression rows) {
    return switch (statistic) {
      case "skewness" -> {
        SqlExpression n = new SqlCast(rows, "DOUBLE", false);
        SqlExpression toPopulation = SqlOperator.infix("/", SqlOperator.infix("-", n, two()),
            SqlCall.of("sqrt", SqlOperator.infix("*", n, SqlOperator.infix("-", n, one()))));
        yield SqlOperator.infix("*", SqlCall.of("skewness", doubles.get(0)), toPopulation);
      }
      case "kurtosis" -> SqlCall.of("kurtosis_pop", doubles.get(0));
      default -> new SqlCall(statistic, doubles, false);
    };
  }

  private static SqlExpression one() {
    return new SqlLiteral(1.0, AtomicType.DOUBLE);
  }

  private static SqlExpression two() {
    return new SqlLiteral(2.0, AtomicType.DOUBLE);
  }
}
