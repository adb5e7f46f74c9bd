package dev.ember.sqlgen;

import dev.ember.plan.expressions.Literal;
import dev.ember.plan.resolved.Call;
import dev.ember.plan.types.ArrayType;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.DataType;
import dev.ember.sqlgen.tree.SqlCall;
import dev.ember.sqlgen.tree.SqlCase;
import dev.ember.sqlgen.tree.SqlCast;
import dev.ember.sqlgen.tree.SqlColumn;
import dev.ember.sqlgen.tree.SqlExpression;
import dev.ember.sqlgen.tree.SqlFilteredAggregate;
import dev.ember.sqlgen.tree.SqlLambda;
import dev.ember.sqlgen.tree.SqlList;
import dev.ember.sqlgen.tree.SqlLiteral;
import dev.ember.sqlgen.tree.SqlOperator;
import java.util.List;
import java.util.Map;

/**
 * Percentiles: the exact {@code percentile} (and median) hands the group's values and frequencies to
 * the engine's Java function {@code ember_percentile}, which repeats Spark's count-sort-interpolate;
 * {@code percentile_approx} is the smallest value whose rank reaches {@code percentage * count}, which is
 * what Spark's quantile summary answers at its default accuracy for inputs it holds uncompressed.
 */
final class PercentileRenderers {
  private PercentileRenderers() {
  }

  static void register(Map<String, FunctionRenderers.Renderer> renderers) {
    renderers.put("percentile", PercentileRenderers::exact);
    renderers.put("percentile_approx", (call, args) -> approximate(call, args, false));
    renderers.put("percentile_approx_distinct", (call, args) -> approximate(call, args, true));
  }

  /** Rows whose value or frequency is NULL do not count, as in Spark. */
  private static SqlExpression exact(Call call, List<SqlExpression> args) {
    SqlExpression value = args.get(0);
    SqlExpression frequency = args.get(1);
    SqlExpression counted = SqlOperator.infix("AND", SqlOperator.postfix("IS NOT NULL", value),
        SqlOperator.postfix("IS NOT NULL", frequency));
    SqlExpression values = asText(new SqlFilteredAggregate(SqlCall.of("list", new SqlCast(value, "DOUBLE", false)),
        counted));
    boolean unitFrequency = call.argument(1) instanceof Literal literal && Long.valueOf(1L).equals(literal.value());
    SqlExpression frequencies = unitFrequency ? new SqlLiteral(null, AtomicType.STRING)
        : asText(new SqlFilteredAggregate(SqlCall.of("list", frequency), counted));
    SqlExpression percentiles = SqlCall.of("ember_percentile", values, frequencies, args.get(2), args.get(3),
        args.get(4));
    boolean array = call.dataType() instanceof ArrayType;
    DataType element = array ? ((ArrayType) call.dataType()).elementType() : call.dataType();
    if (element == AtomicType.DOUBLE) {
      return new SqlCast(percentiles, DuckDbTypes.of(call.dataType()), false);
    }
    if (!array) {
      return truncated(new SqlCast(percentiles, "DOUBLE", false), element);
    }
    String percentile = SqlLet.freshName();
    return SqlCall.of("list_transform", new SqlCast(percentiles, "DOUBLE[]", false),
        new SqlLambda(percentile, truncated(new SqlColumn(percentile), element)));
  }

  /** An interval's percentile: the double truncated to whole months or microseconds, as Spark converts it. */
  private static SqlExpression truncated(SqlExpression percentile, DataType interval) {
    return new SqlCast(SqlCall.of("trunc", percentile), DuckDbTypes.of(interval), false);
  }

  private static SqlExpression approximate(Call call, List<SqlExpression> args, boolean distinct) {
    SqlExpression value = args.get(0);
    SqlExpression sorted = SqlCall.of("list_sort", new SqlFilteredAggregate(
        new SqlCall("list", List.of(value), distinct), SqlOperator.postfix("IS NOT NULL", value)));
    SqlExpression count = new SqlCall("count", List.of(value), distinct);
    List<SqlExpression> picked = args.subList(1, args.size()).stream().map(percentage -> {
      SqlExpression rank = SqlCall.of("greatest", new SqlCast(SqlCall.of("ceil", SqlOperator.infix("*", percentage,
          count)), "BIGINT", false), new SqlLiteral(1L, AtomicType.LONG));
      return (SqlExpression) SqlCall.of("list_extract", sorted, rank);
    }).toList();
    if (call.dataType() instanceof ArrayType) {
      // no rows: NULL, not a list of NULLs
      return nullWithoutRows(count, new SqlCast(new SqlList(picked), DuckDbTypes.of(call.dataType()), false));
    }
    return new SqlCast(picked.get(0), DuckDbTypes.of(call.dataType()), false);
  }

  private static SqlExpression nullWithoutRows(SqlExpression count, SqlExpression result) {
    return new SqlCase(List.of(new SqlCase.When(
        SqlOperator.infix(">", count, new SqlLiteral(0L, AtomicType.LONG)), result)), null);
  }

  private static SqlExpression asText(SqlExpression list) {
    return new SqlCast(list, "VARCHAR", false);
  }
}
