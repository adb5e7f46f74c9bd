package dev.ember.sqlgen;

import dev.ember.plan.resolved.Call;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.DecimalType;
import dev.ember.sqlgen.tree.SqlCall;
import dev.ember.sqlgen.tree.SqlCase;
import dev.ember.sqlgen.tree.SqlCast;
import dev.ember.sqlgen.tree.SqlExpression;
import dev.ember.sqlgen.tree.SqlLiteral;
import dev.ember.sqlgen.tree.SqlOperator;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code try_sum} / {@code try_avg}: DuckDB sums integers in 128 bits and decimals in 38 digits, so the
 * exact sum is at hand and a result outside Spark's type is NULL ({@code TRY_CAST}). Spark's average of
 * non-decimals is its double sum divided by the count; a decimal average is the exact quotient rounded
 * half up, NULL when it has more integral digits than the result type holds.
 */
final class TryAggregateRenderers {
  private TryAggregateRenderers() {
  }

  static void register(Map<String, FunctionRenderers.Renderer> renderers) {
    renderers.put("try_sum", (call, args) -> new SqlCast(SqlCall.of("sum", args.get(0)),
        DuckDbTypes.of(call.dataType()), true));
    renderers.put("try_avg", TryAggregateRenderers::average);
  }

  private static SqlExpression average(Call call, List<SqlExpression> args) {
    SqlExpression value = args.get(0);
    SqlExpression count = SqlCall.of("count", value);
    if (call.dataType().isAnsiInterval()) {
      return intervalAverage(call, value, count);
    }
    if (!(call.dataType() instanceof DecimalType result && call.argument(0).dataType() instanceof DecimalType input)) {
      return SqlOperator.infix("/", SqlCall.of("sum", new SqlCast(value, "DOUBLE", false)),
          new SqlCast(SqlCall.of("nullif", count, new SqlLiteral(0L, AtomicType.LONG)), "DOUBLE", false));
    }
    DecimalType sumType = DecimalType.bounded(input.precision() + 10, input.scale());
    SqlExpression sum = new SqlCast(SqlCall.of("sum", value), DuckDbTypes.of(sumType), true);
    SqlExpression fallback = new SqlCast(SqlCall.of("avg", value), DuckDbTypes.of(result), true);
    Optional<SqlExpression> quotient = DecimalDivision.quotient(sum, sumType, count, new DecimalType(20, 0), result);
    // the average's magnitude reaches 10^(integral digits): it does not fit the result type
    SqlExpression limit = SqlOperator.infix("*", new SqlCast(count, "DOUBLE", false),
        new SqlLiteral(BigDecimal.TEN.pow(result.precision() - result.scale()).doubleValue(), AtomicType.DOUBLE));
    return new SqlCase(List.of(
        new SqlCase.When(SqlOperator.infix("=", count, new SqlLiteral(0L, AtomicType.LONG)),
            new SqlLiteral(null, AtomicType.NULL)),
        new SqlCase.When(SqlOperator.postfix("IS NULL", sum), new SqlLiteral(null, AtomicType.NULL)),
        new SqlCase.When(SqlOperator.infix(">=", SqlCall.of("abs", new SqlCast(sum, "DOUBLE", false)), limit),
            new SqlLiteral(null, AtomicType.NULL))),
        new SqlCast(quotient.orElse(fallback), DuckDbTypes.of(result), true));
  }

  /** Spark divides an interval's sum (NULL when it overflows) by the count, rounding half away from zero. */
  private static SqlExpression intervalAverage(Call call, SqlExpression value, SqlExpression count) {
    SqlExpression sum = new SqlCast(SqlCall.of("sum", value), DuckDbTypes.of(call.dataType()), true);
    SqlExpression total = new SqlCast(sum, "HUGEINT", false);
    SqlExpression doubled = SqlOperator.infix("+", SqlOperator.infix("*", new SqlLiteral(2, AtomicType.INTEGER),
        SqlCall.of("abs", total)), count);
    SqlExpression rounded = SqlOperator.infix("*", SqlCall.of("sign", total), SqlOperator.infix("//", doubled,
        SqlOperator.infix("*", new SqlLiteral(2, AtomicType.INTEGER), count)));
    return new SqlCase(List.of(new SqlCase.When(SqlOperator.infix("=", count, new SqlLiteral(0L, AtomicType.LONG)),
        new SqlLiteral(null, AtomicType.NULL))), new SqlCast(rounded, DuckDbTypes.of(call.dataType()), false));
  }
}
