package dev.ember.sqlgen;

import dev.ember.engine.moments.MomentFunction;
import dev.ember.engine.moments.RunningMomentFunction;
import dev.ember.plan.expressions.Literal;
import dev.ember.plan.resolved.Call;
import dev.ember.plan.types.AtomicType;
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
import dev.ember.sqlgen.tree.SqlOrderedAggregate;
import dev.ember.sqlgen.tree.SqlSelect.OrderItem;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Spark's moment statistics (stddev, variance, skewness, kurtosis, corr, covariance, regr_*) as
 * calls of {@link MomentFunction}, which repeats Spark's double arithmetic row by row. An
 * aggregation hands it each group's values in input order (the input is numbered by
 * {@link RowNumbering}: Spark updates its buffer in the order a partition delivers the rows); a
 * window hands it the frame's values in the window's order, which is the order Spark updates in.
 * Only rows whose arguments are all non-null count, as in Spark.
 *
 * <p>Over DISTINCT values Spark aggregates the distinct values of each shuffle partition in its hash
 * table's order and merges the partitions' buffers, which nothing reproduces: the statistics DuckDB
 * has use DuckDB's own algorithm (nearer the exact value, as Spark's merge of small partitions
 * tends to be), the others take the distinct values in ascending order.
 */
final class MomentRenderers {
  /** Resolved statistic names (Spark's canonical aggregate names). */
  private static final Set<String> STATISTICS = MomentFunction.STATISTICS;

  /** Statistics DuckDB computes itself (same name); used over DISTINCT values. */
  private static final Set<String> DUCKDB_NATIVE = Set.of("stddev_samp", "stddev_pop", "var_samp", "var_pop", "corr",
      "covar_pop", "covar_samp");

  /** The largest group whose statistic repeats Spark's arithmetic (a small input is one Spark partition). */
  static final long EXACT_ROWS = 100_000;

  private MomentRenderers() {
  }

  static void register(Map<String, FunctionRenderers.Renderer> renderers) {
    for (String statistic : STATISTICS) {
      renderers.put(statistic, MomentRenderers::inInputOrder);
      renderers.put(statistic + "_distinct", MomentRenderers::overDistinctValues);
      renderers.put(statistic + JoinedMoments.NATIVE, MomentRenderers::natively);
    }
  }

  static boolean isStatistic(String function) {
    return STATISTICS.contains(function) || STATISTICS.contains(function.replaceFirst("_distinct$", ""));
  }

  /** Whether rendering the call needs the input's rows numbered. */
  static boolean ordersByInput(String function) {
    return STATISTICS.contains(function);
  }

  /** Over a window frame: its values in frame order, no partial buffer merged. */
  static SqlExpression overFrame(Call call, List<SqlExpression> args) {
    List<SqlExpression> values = values(call, args);
    SqlExpression complete = complete(values);
    return statistic(call, false, values.stream()
        .map(value -> asText(new SqlFilteredAggregate(SqlCall.of("list", value), complete))).toList());
  }

  /**
   * How many of a frame's rows have every argument non-null: where the frame ends among the complete
   * values. Not a FILTER: DuckDB evaluates a filtered aggregate over a growing frame anew for each row.
   */
  static SqlCall completeCount(Call call, List<SqlExpression> args) {
    List<SqlExpression> values = values(call, args);
    if (values.size() == 1) {
      return SqlCall.of("count", values.get(0));
    }
    return SqlCall.of("count", new SqlCase(List.of(new SqlCase.When(complete(values),
        new SqlLiteral(1, AtomicType.INTEGER))), null));
  }

  /** {@code aggregate(... ORDER BY order)}. */
  static SqlExpression inOrder(SqlCall aggregate, List<OrderItem> order) {
    return new SqlOrderedAggregate(aggregate, order);
  }

  /**
   * Over a window partition (a group): {@link RunningMomentFunction} of its complete values and of
   * each row's {@code count} of them in its frame, all in {@code order}; no partial buffer merged.
   */
  static SqlExpression running(Call call, List<SqlExpression> args, List<OrderItem> order, SqlExpression count) {
    List<SqlExpression> values = values(call, args);
    SqlExpression complete = complete(values);
    List<SqlExpression> texts = values.stream().map(value -> asText(new SqlFilteredAggregate(
        new SqlOrderedAggregate(SqlCall.of("list", value), order), complete))).toList();
    List<SqlExpression> arguments = new java.util.ArrayList<>(arguments(call, false, texts));
    arguments.add(asText(new SqlOrderedAggregate(SqlCall.of("list", count), order)));
    return new SqlCall(RunningMomentFunction.NAME, arguments, false);
  }

  /**
   * Spark's arithmetic in input order for a group of up to {@link #EXACT_ROWS} rows; DuckDB's own
   * algorithm beyond, where Spark's rows span partitions and its last digits depend on their split
   * (CASE computes the exact statistic only for the groups that take it).
   */
  private static SqlExpression inInputOrder(Call call, List<SqlExpression> args) {
    List<SqlExpression> values = values(call, args);
    SqlExpression complete = complete(values);
    List<OrderItem> inputOrder = List.of(RowNumbering.inInputOrder(true));
    SqlExpression exact = statistic(call, true, values.stream().map(value -> asText(new SqlFilteredAggregate(
        new SqlOrderedAggregate(SqlCall.of("list", value), inputOrder), complete))).toList());
    SqlExpression rows = new SqlFilteredAggregate(SqlCall.of("count", values.get(0)), complete);
    return new SqlCase(List.of(new SqlCase.When(SqlOperator.infix("<=", rows,
        new SqlLiteral(EXACT_ROWS, AtomicType.LONG)), exact)), NativeMoments.of(call.function(), values, rows));
  }

  /** DuckDB's algorithm for every group ({@link JoinedMoments}). */
  private static SqlExpression natively(Call call, List<SqlExpression> args) {
    List<SqlExpression> values = values(call, args);
    return NativeMoments.of(statisticName(call), values,
        new SqlFilteredAggregate(SqlCall.of("count", values.get(0)), complete(values)));
  }

  /** The statistic a call computes, without the suffix of its rendering. */
  private static String statisticName(Call call) {
    return call.function().replaceFirst("(_distinct|" + JoinedMoments.NATIVE + ")$", "");
  }

  private static SqlExpression overDistinctValues(Call call, List<SqlExpression> args) {
    List<SqlExpression> values = values(call, args);
    String function = call.function().replaceFirst("_distinct$", "");
    if (DUCKDB_NATIVE.contains(function)) {
      return new SqlCall(function, values, true);
    }
    SqlExpression complete = complete(values);
    if (values.size() == 1) {
      SqlExpression distinct = new SqlFilteredAggregate(new SqlOrderedAggregate(
          new SqlCall("list", values, true), List.of(new OrderItem(values.get(0), true, false))), complete);
      return statistic(call, true, List.of(asText(distinct)));
    }
    SqlExpression pair = new SqlList(values);
    SqlExpression pairs = new SqlFilteredAggregate(new SqlOrderedAggregate(
        new SqlCall("list", List.of(pair), true), List.of(new OrderItem(pair, true, false))), complete);
    return statistic(call, true, List.of(element(pairs, 1), element(pairs, 2)));
  }

  /** The i-th value (1-based) of every pair, as text. */
  private static SqlExpression element(SqlExpression pairs, int index) {
    String pair = SqlLet.freshName();
    return asText(SqlCall.of("list_transform", pairs, new SqlLambda(pair,
        SqlCall.of("list_extract", new SqlColumn(pair), new SqlLiteral(index, AtomicType.INTEGER)))));
  }

  private static SqlExpression statistic(Call call, boolean merged, List<SqlExpression> valueTexts) {
    return SqlCall.of(MomentFunction.NAME, arguments(call, merged, valueTexts).toArray(SqlExpression[]::new));
  }

  /** The statistic's name, its options and its values' texts (NULL for a second one it does not take). */
  private static List<SqlExpression> arguments(Call call, boolean merged, List<SqlExpression> valueTexts) {
    String function = statisticName(call);
    int options = ((Number) ((Literal) call.argument(call.arguments().size() - 1)).value()).intValue()
        | (merged ? MomentFunction.MERGED : 0);
    SqlExpression second = valueTexts.size() > 1 ? valueTexts.get(1) : new SqlLiteral(null, AtomicType.STRING);
    return List.of(new SqlLiteral(function, AtomicType.STRING), new SqlLiteral(options, AtomicType.INTEGER),
        valueTexts.get(0), second);
  }

  /** The statistic's inputs, without the trailing options argument. */
  private static List<SqlExpression> values(Call call, List<SqlExpression> args) {
    return args.subList(0, call.arguments().size() - 1);
  }

  private static SqlExpression complete(List<SqlExpression> values) {
    return values.stream().<SqlExpression>map(value -> SqlOperator.postfix("IS NOT NULL", value))
        .reduce((left, right) -> SqlOperator.infix("AND", left, right)).orElseThrow();
  }

  private static SqlExpression asText(SqlExpression list) {
    return new SqlCast(list, "VARCHAR", false);
  }
}
