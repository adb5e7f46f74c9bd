package dev.ember.sqlgen;

import dev.ember.plan.resolved.BoundExpression;
import dev.ember.plan.resolved.BoundExpressions;
import dev.ember.plan.resolved.Call;
import dev.ember.plan.types.AtomicType;
import dev.ember.sqlgen.FunctionRenderers.Renderer;
import dev.ember.sqlgen.tree.SqlCall;
import dev.ember.sqlgen.tree.SqlCast;
import dev.ember.sqlgen.tree.SqlExpression;
import dev.ember.sqlgen.tree.SqlLiteral;
import dev.ember.sqlgen.tree.SqlOperator;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * {@code rand}, {@code randn}, {@code monotonically_increasing_id} and {@code spark_partition_id}
 * over the input's rows numbered by {@link RowNumbering} (an operator whose expressions use them
 * numbers its input): a draw is Spark's, the row's place in XORShiftRandom(seed)'s sequence over one partition
 * (Java functions); the ids (monotonically_increasing_id, zipWithIndex's distributed_sequence_id) are the ordinal
 * from 0 and the partition id 0 (one partition).
 */
final class RowPositionRenderers {
  private static final List<String> CALLS = dev.ember.plan.resolved.RowPositionCalls.NAMES;

  private RowPositionRenderers() {
  }

  static void register(Map<String, Renderer> renderers) {
    // Spark's own sequences (XORShiftRandom of the seed): the row's ordinal says how far along them its draw is
    renderers.put("rand", (call, args) -> sparkDraw("ember_spark_rand", args.get(0)));
    renderers.put("randn", (call, args) -> sparkDraw("ember_spark_randn", args.get(0)));
    Renderer ordinalFromZero = (call, args) -> new SqlCast(
        SqlOperator.infix("-", RowNumbering.ordinal(), new SqlLiteral(1L, AtomicType.LONG)), "BIGINT", false);
    renderers.put("monotonically_increasing_id", ordinalFromZero);
    renderers.put("distributed_sequence_id", ordinalFromZero);
    renderers.put("uniform", (call, args) -> {
      SqlExpression value = SqlOperator.infix("+", args.get(0),
          SqlOperator.infix("*", args.get(2), SqlOperator.infix("-", args.get(1), args.get(0))));
      if (call.dataType() == AtomicType.DOUBLE) {
        return value;
      }
      // integers truncated toward zero, a float or decimal rounded, as Spark's cast of the double
      boolean integral = call.dataType() instanceof AtomicType atomic && atomic.integral();
      return new SqlCast(integral ? SqlCall.of("trunc", value) : value, DuckDbTypes.of(call.dataType()), false);
    });
    // Spark's own sequence: the row's ordinal says how far along it the row's draws are (RandomStrings)
    renderers.put("randstr", (call, args) -> new SqlCall("ember_randstr", List.of(args.get(0), args.get(1),
        SqlOperator.infix("-", RowNumbering.ordinal(), new SqlLiteral(1L, AtomicType.LONG))), false));
    renderers.put("spark_rand", (call, args) -> sparkDraw("ember_spark_rand", args.get(0)));
    renderers.put("spark_partition_id", (call, args) -> new SqlLiteral(0, AtomicType.INTEGER));
  }

  private static SqlExpression sparkDraw(String function, SqlExpression seed) {
    return new SqlCall(function, List.of(seed, SqlOperator.infix("-", RowNumbering.ordinal(),
        new SqlLiteral(1L, AtomicType.LONG))), false);
  }

  /**
   * {@code uuid(seed)}: a version 4 UUID (variant 2) from two 64-bit hashes of the row's ordinal and the
   * seed, written as Spark writes UUIDs (lower-case hex, 8-4-4-4-12).
   */
  static SqlExpression seededUuid(SqlExpression seed) {
    SqlExpression high = SqlOperator.infix("|", SqlOperator.infix("&",
        SqlCall.of("hash", RowNumbering.ordinal(), seed, new SqlLiteral(1, AtomicType.INTEGER)),
        unsigned("18446744073709490175")), unsigned("16384"));
    SqlExpression low = SqlOperator.infix("|", SqlOperator.infix("&",
        SqlCall.of("hash", RowNumbering.ordinal(), seed, new SqlLiteral(2, AtomicType.INTEGER)),
        unsigned("4611686018427387903")), unsigned("9223372036854775808"));
    return SqlCall.of("printf", new SqlLiteral("%08x-%04x-%04x-%04x-%012x", AtomicType.STRING),
        SqlOperator.infix(">>", high, new SqlLiteral(32, AtomicType.INTEGER)),
        SqlOperator.infix("&", SqlOperator.infix(">>", high, new SqlLiteral(16, AtomicType.INTEGER)), unsigned("65535")),
        SqlOperator.infix("&", high, unsigned("65535")),
        SqlOperator.infix(">>", low, new SqlLiteral(48, AtomicType.INTEGER)),
        SqlOperator.infix("&", low, unsigned("281474976710655")));
  }

  private static SqlExpression unsigned(String digits) {
    return new SqlCast(new SqlLiteral(digits, AtomicType.STRING), "UBIGINT", false);
  }

  /**
   * Whether any of the expressions depends on the rows' positions, so that the input must be
   * numbered: the row-position functions, and the moment statistics, which aggregate in input order.
   */
  static boolean usePositions(Collection<? extends BoundExpression> expressions) {
    return expressions.stream().anyMatch(expression -> BoundExpressions.anyMatch(expression,
        part -> part instanceof Call call && (CALLS.contains(call.function())
            || MomentRenderers.ordersByInput(call.function()) || InputOrderedAggregates.contains(call.function()))));
  }
}
