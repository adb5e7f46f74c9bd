package dev.ember.conformance.cases;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.corr;
import static org.apache.spark.sql.functions.covar_pop;
import static org.apache.spark.sql.functions.covar_samp;
import static org.apache.spark.sql.functions.kurtosis;
import static org.apache.spark.sql.functions.rank;
import static org.apache.spark.sql.functions.regr_intercept;
import static org.apache.spark.sql.functions.regr_r2;
import static org.apache.spark.sql.functions.regr_slope;
import static org.apache.spark.sql.functions.regr_sxx;
import static org.apache.spark.sql.functions.regr_sxy;
import static org.apache.spark.sql.functions.regr_syy;
import static org.apache.spark.sql.functions.skewness;
import static org.apache.spark.sql.functions.stddev;
import static org.apache.spark.sql.functions.stddev_pop;
import static org.apache.spark.sql.functions.stddev_samp;
import static org.apache.spark.sql.functions.var_pop;
import static org.apache.spark.sql.functions.var_samp;
import static org.apache.spark.sql.functions.variance;
import static org.apache.spark.sql.functions.when;

import dev.ember.conformance.CaseGroup;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Moment statistics over window frames to the last digit: frames growing from the partition's first
 * row (ROWS to the current row or an offset, RANGE with peers, the default frame with ORDER BY), the
 * whole partition, sliding frames, over NULLs, NaN and infinities, with several partitions. Spark
 * updates one buffer row by row in the window's order (ties in input order: every input is in one
 * partition), so each value depends on the order to the last bit.
 */
public final class WindowMomentCases extends CaseGroup {
  private static final StructType ROWS = new StructType()
      .add("id", DataTypes.IntegerType)
      .add("g", DataTypes.IntegerType)
      .add("k", DataTypes.IntegerType)
      .add("x", DataTypes.DoubleType)
      .add("y", DataTypes.DoubleType);

  public WindowMomentCases() {
    super("window_moments");
    query("running_rows_every_statistic", spark -> every(samples(spark, 21, 240),
        Window.partitionBy("g").orderBy("id").rowsBetween(Window.unboundedPreceding(), Window.currentRow())));
    query("default_frame_range_peers", spark -> every(samples(spark, 22, 240), Window.partitionBy("g").orderBy("k")));
    query("range_peers_without_partitions", spark -> every(samples(spark, 23, 150), Window.orderBy("k")));
    query("whole_partition_unordered", spark -> every(samples(spark, 24, 200), Window.partitionBy("g")));
    query("whole_partition_ordered", spark -> every(samples(spark, 25, 200), Window.partitionBy("g").orderBy("k")
        .rowsBetween(Window.unboundedPreceding(), Window.unboundedFollowing())));
    query("rows_to_offsets", spark -> samples(spark, 26, 120).select(col("id"),
        stddev("x").over(Window.partitionBy("g").orderBy("id").rowsBetween(Window.unboundedPreceding(), 2)),
        corr("x", "y").over(Window.partitionBy("g").orderBy("id").rowsBetween(Window.unboundedPreceding(), -2)),
        kurtosis("y").over(Window.orderBy("id").rowsBetween(Window.unboundedPreceding(), -1)),
        regr_slope(col("y"), col("x")).over(Window.orderBy(col("id").desc())
            .rowsBetween(Window.unboundedPreceding(), 3))).orderBy("id"));
    query("range_to_value_offsets", spark -> samples(spark, 27, 160).select(col("id"),
        var_pop("x").over(Window.partitionBy("g").orderBy("k").rangeBetween(Window.unboundedPreceding(), 3)),
        skewness("y").over(Window.orderBy("k").rangeBetween(Window.unboundedPreceding(), -2)),
        covar_samp("x", "y").over(Window.orderBy(col("k").desc()).rangeBetween(Window.unboundedPreceding(), 1)))
        .orderBy("id"));
    query("order_keys_with_nulls_first", spark -> withNullKeys(samples(spark, 28, 160)).select(col("id"),
        stddev_pop("x").over(Window.partitionBy("g").orderBy(col("k").asc_nulls_first())),
        regr_r2(col("y"), col("x")).over(Window.partitionBy("g").orderBy(col("k").asc_nulls_first())))
        .orderBy("id"));
    query("order_keys_with_nulls_last_descending", spark -> withNullKeys(samples(spark, 32, 160)).select(col("id"),
        kurtosis("x").over(Window.partitionBy("g").orderBy(col("k").desc_nulls_last())),
        regr_r2(col("y"), col("x")).over(Window.partitionBy("g").orderBy(col("k").desc_nulls_last())))
        .orderBy("id"));
    query("rows_order_keys_with_nulls", spark -> withNullKeys(samples(spark, 33, 160)).select(col("id"),
        kurtosis("x").over(Window.orderBy(col("k").asc_nulls_last(), col("id").desc())
            .rowsBetween(Window.unboundedPreceding(), Window.currentRow()))).orderBy("id"));
    query("nan_infinity_and_nulls", spark -> every(rows(spark, new Object[][] {
        {1, 0, 1, 1.5, 2.0}, {2, 0, 1, null, 3.0}, {3, 0, 2, Double.NaN, 1.0}, {4, 0, 2, 4.0, null},
        {5, 0, 3, 2.0, 2.5}, {6, 1, 1, null, null}, {7, 1, 1, 3.0, 4.0}, {8, 1, 2, Double.POSITIVE_INFINITY, 1.0},
        {9, 1, 3, 5.0, Double.NEGATIVE_INFINITY}, {10, 1, 3, -0.0, 0.0}, {11, 2, 1, null, 1.0},
        {12, 2, 2, 7.0, 7.0}, {13, 2, 2, 7.5, 8.0}, {14, 2, 3, 7.0, 9.0}}), Window.partitionBy("g").orderBy("k")));
    // several window specifications: Spark sorts for each in turn, peers in the previous sort's order, so every
    // order here is free of ties
    query("running_sliding_and_whole_together", spark -> samples(spark, 29, 200).select(col("id"),
        stddev("x").over(Window.partitionBy("g").orderBy("id")),
        stddev("x").over(Window.partitionBy("g").orderBy("id").rowsBetween(-2, 2)),
        stddev("x").over(Window.partitionBy("g")),
        var_samp("y").over(Window.partitionBy("g").orderBy("id").rowsBetween(Window.currentRow(),
            Window.unboundedFollowing())),
        corr("x", "y").over(Window.orderBy("k", "id")),
        rank().over(Window.partitionBy("g").orderBy("k")))
        .orderBy("id"));
    query("running_over_computed_keys", spark -> samples(spark, 30, 120).select(col("id"),
        variance("x").over(Window.partitionBy(col("g").plus(1)).orderBy(col("id").multiply(2))),
        regr_intercept(col("y"), col("x")).over(Window.partitionBy(col("g").mod(2))
            .orderBy(col("id").plus(col("id"))))).orderBy("id"));
    query("running_empty_input", spark -> every(samples(spark, 31, 20).where(col("x").gt(1.0e30)),
        Window.partitionBy("g").orderBy("id")));
    query("sql_default_and_explicit_frames", spark -> spark.sql("SELECT id,"
        + " stddev(x) OVER (PARTITION BY g ORDER BY k) AS s,"
        + " corr(x, y) OVER (PARTITION BY g ORDER BY k ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS c,"
        + " kurtosis(y) OVER (PARTITION BY g ORDER BY k ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) AS k,"
        + " regr_slope(y, x) OVER (PARTITION BY g ORDER BY k RANGE BETWEEN UNBOUNDED PRECEDING AND 1 FOLLOWING) AS r"
        + " FROM VALUES (1, 0, 1, 0.1D, 2.0D), (2, 0, 1, 0.7D, 3.5D), (3, 1, 1, 1e10D, -2.0D), (4, 0, 2, NULL, 1.0D),"
        + " (5, 1, 2, 3.25D, 4.0D), (6, 0, 2, 2.2D, 2.9D), (7, 1, 2, 1e-3D, NULL), (8, 0, 3, 0.3D, 0.35D),"
        + " (9, 1, 4, -7.5D, 1e5D), (10, 0, 4, 1.1D, 2.2D) AS t(id, g, k, x, y) ORDER BY id"));
    query("running_divide_by_zero", spark -> rows(spark, new Object[][] {{1, 0, 1, 3.0, 1.0}, {2, 0, 2, 3.0, 2.0},
        {3, 0, 3, 4.0, 2.5}}).select(col("id"), corr("x", "y").over(Window.orderBy("id"))));
    check("running_without_ansi", MomentCases.ansiOff(spark -> every(rows(spark, new Object[][] {{1, 0, 1, 3.0, 1.0},
        {2, 0, 2, 3.0, 2.0}, {3, 0, 3, 4.0, 2.5}, {4, 0, 3, 4.0, 2.5}}), Window.orderBy("id"))));
  }

  /** Every moment statistic over {@code window}, by id. */
  private static Dataset<Row> every(Dataset<Row> input, WindowSpec window) {
    Column[] statistics = {stddev("x"), stddev_samp("y"), stddev_pop("x"), variance("y"), var_samp("x"),
        var_pop("y"), skewness("x"), kurtosis("y"), corr("x", "y"), covar_pop("x", "y"), covar_samp("y", "x"),
        regr_sxx(col("y"), col("x")), regr_syy(col("y"), col("x")), regr_sxy(col("y"), col("x")),
        regr_slope(col("y"), col("x")), regr_intercept(col("y"), col("x")), regr_r2(col("y"), col("x"))};
    List<Column> columns = new ArrayList<>(List.of(col("id")));
    for (Column statistic : statistics) {
      columns.add(statistic.over(window));
    }
    return input.select(columns.toArray(Column[]::new)).orderBy("id");
  }

  /** Every fifth order key NULL. */
  private static Dataset<Row> withNullKeys(Dataset<Row> input) {
    return input.withColumn("k", when(col("id").mod(5).equalTo(0), null).otherwise(col("k")));
  }

  /**
   * Seeded random doubles over twelve orders of magnitude with some NULLs, in one partition: ids
   * unique and in input order, three groups, order keys {@code k} with many ties.
   */
  private static Dataset<Row> samples(SparkSession spark, long seed, int count) {
    Random random = new Random(seed);
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Double[] pair = MomentCases.randomPair(random, true);
      rows.add(RowFactory.create(i, random.nextInt(3), random.nextInt(count / 4), pair[0], pair[1]));
    }
    return spark.createDataFrame(rows, ROWS).coalesce(1);
  }

  private static Dataset<Row> rows(SparkSession spark, Object[][] values) {
    List<Row> rows = new ArrayList<>();
    for (Object[] row : values) {
      rows.add(RowFactory.create(row));
    }
    return spark.createDataFrame(rows, ROWS).coalesce(1);
  }
}
