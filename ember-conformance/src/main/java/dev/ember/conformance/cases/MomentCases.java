package dev.ember.conformance.cases;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.corr;
import static org.apache.spark.sql.functions.covar_pop;
import static org.apache.spark.sql.functions.covar_samp;
import static org.apache.spark.sql.functions.kurtosis;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.regr_avgx;
import static org.apache.spark.sql.functions.regr_avgy;
import static org.apache.spark.sql.functions.regr_count;
import static org.apache.spark.sql.functions.regr_intercept;
import static org.apache.spark.sql.functions.regr_r2;
import static org.apache.spark.sql.functions.regr_slope;
import static org.apache.spark.sql.functions.regr_sxx;
import static org.apache.spark.sql.functions.regr_sxy;
import static org.apache.spark.sql.functions.regr_syy;
import static org.apache.spark.sql.functions.skewness;
import static org.apache.spark.sql.functions.std;
import static org.apache.spark.sql.functions.stddev;
import static org.apache.spark.sql.functions.stddev_pop;
import static org.apache.spark.sql.functions.stddev_samp;
import static org.apache.spark.sql.functions.var_pop;
import static org.apache.spark.sql.functions.var_samp;
import static org.apache.spark.sql.functions.variance;

import dev.ember.conformance.CaseBody;
import dev.ember.conformance.CaseGroup;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Statistics over central moments and co-moments (stddev, variance, skewness, kurtosis, corr,
 * covariance, regr_*) to the last digit: Spark updates its buffers row by row within a partition,
 * so every input here is in one partition (coalesce(1), or a range of one partition), where Spark's
 * result does not depend on how rows are split. Random inputs come from seeded generators.
 */
public final class MomentCases extends CaseGroup {
  private static final StructType SAMPLES = new StructType()
      .add("g", DataTypes.IntegerType)
      .add("x", DataTypes.DoubleType)
      .add("y", DataTypes.DoubleType);

  public MomentCases() {
    super("moments");
    query("random_single_statistics", spark -> samples(spark, 11, 300, false).agg(stddev("x"), stddev_samp("x"),
        std(col("x")), stddev_pop("x"), variance("x"), var_samp("x"), var_pop("x"), skewness("x"), kurtosis("x")));
    query("random_pair_statistics", spark -> aggregate(samples(spark, 12, 300, false), pairStatistics()));
    query("random_regressions", spark -> aggregate(samples(spark, 13, 300, false), regressions()));
    unordered("random_grouped", spark -> samples(spark, 14, 400, false).groupBy("g").agg(stddev("x"), var_pop("y"),
        skewness("y"), kurtosis("x"), corr("x", "y"), covar_samp("x", "y"), regr_slope(col("y"), col("x")),
        regr_intercept(col("y"), col("x")), regr_r2(col("y"), col("x"))));
    query("random_with_nulls", spark -> samples(spark, 15, 300, true).agg(stddev("x"), var_pop("y"), skewness("x"),
        kurtosis("y"), corr("x", "y"), covar_pop("x", "y"), regr_count(col("y"), col("x")),
        regr_sxx(col("y"), col("x")), regr_syy(col("y"), col("x")), regr_sxy(col("y"), col("x")),
        regr_avgx(col("y"), col("x")), regr_avgy(col("y"), col("x")), regr_intercept(col("y"), col("x"))));
    query("large_mean_small_spread", spark -> spark.range(0, 500, 1, 1)
        .select(col("id").multiply(1.0e-3).plus(1.0e9).as("x"), col("id").multiply(col("id")).as("y"))
        .agg(stddev("x"), var_pop("x"), skewness("x"), kurtosis("x"), corr("x", "y"), regr_slope(col("y"), col("x"))));
    query("range_one_partition", spark -> spark.range(0, 1000, 1, 1)
        .select(col("id").divide(7).as("x"), col("id").mod(13).as("y"))
        .agg(stddev("x"), stddev_pop("y"), skewness("x"), kurtosis("y"), corr("x", "y"), covar_samp("x", "y"),
            regr_sxy(col("y"), col("x")), regr_r2(col("y"), col("x"))));
    unordered("range_grouped", spark -> spark.range(0, 1000, 1, 1)
        .select(col("id").mod(3).as("g"), col("id").divide(3).as("x"), col("id").multiply(0.37).as("y"))
        .groupBy("g").agg(stddev("x"), variance("y"), kurtosis("y"), skewness("x"), covar_pop("x", "y")));
    query("input_types", spark -> spark.range(0, 200, 1, 1)
        .select(col("id").cast("int").as("i"), col("id").multiply(1000000007L).as("l"),
            col("id").divide(3).cast("decimal(10,2)").as("d"), col("id").divide(7).cast("float").as("f"),
            col("id").cast("short").as("s"), col("id").mod(7).cast("string").as("t"))
        .agg(stddev("i"), var_samp("l"), stddev_pop("d"), variance("f"), skewness("s"), kurtosis("d"),
            stddev("t"), corr("i", "d"), covar_samp("l", "f"), regr_slope(col("d"), col("i")),
            regr_avgx(col("l"), col("d")), regr_avgy(col("l"), col("d")), regr_count(col("i"), col("s"))));
    query("empty_input", spark -> samples(spark, 16, 10, false).where(col("x").gt(1.0e30))
        .agg(stddev("x"), var_pop("x"), skewness("x"), kurtosis("x"), corr("x", "y"), covar_samp("x", "y"),
            covar_pop("x", "y"), regr_count(col("y"), col("x")), regr_r2(col("y"), col("x")),
            regr_slope(col("y"), col("x")), regr_intercept(col("y"), col("x")), regr_sxx(col("y"), col("x")),
            regr_sxy(col("y"), col("x")), regr_avgx(col("y"), col("x"))));
    query("single_row", spark -> rows(spark, new Double[][] {{2.5, 4.0}})
        .agg(stddev("x"), stddev_pop("x"), var_samp("x"), var_pop("x"), skewness("x"), kurtosis("x"),
            corr("x", "y"), covar_samp("x", "y"), covar_pop("x", "y"), regr_r2(col("y"), col("x")),
            regr_slope(col("y"), col("x")), regr_intercept(col("y"), col("x")), regr_sxx(col("y"), col("x")),
            regr_syy(col("y"), col("x")), regr_sxy(col("y"), col("x"))));
    query("constant_values", spark -> rows(spark, new Double[][] {{3.0, 1.0}, {3.0, 2.0}, {3.0, 4.0}})
        .agg(stddev("x"), skewness("x"), kurtosis("x"), regr_r2(col("y"), col("x")), regr_r2(col("x"), col("y")),
            regr_slope(col("y"), col("x")), regr_slope(col("x"), col("y")), regr_intercept(col("x"), col("y")),
            covar_samp("x", "y")));
    query("corr_of_constant_divides_by_zero", spark -> rows(spark, new Double[][] {{3.0, 1.0}, {3.0, 2.0}})
        .agg(corr("x", "y")));
    withAnsiOff("corr_of_constant_without_ansi", spark -> rows(spark, new Double[][] {{3.0, 1.0}, {3.0, 2.0}})
        .agg(corr("x", "y"), stddev("x"), skewness("x"), regr_r2(col("y"), col("x"))));
    withAnsiOff("single_row_without_ansi", spark -> rows(spark, new Double[][] {{2.5, 4.0}})
        .agg(stddev("x"), corr("x", "y"), covar_samp("x", "y"), kurtosis("x")));
    query("nan_and_infinity", spark -> rows(spark, new Double[][] {{1.0, Double.NaN}, {2.0, 3.0},
        {Double.POSITIVE_INFINITY, 5.0}, {4.0, 6.0}}).agg(stddev("x"), var_pop("y"), skewness("x"), kurtosis("y"),
        corr("x", "y"), covar_pop("x", "y"), regr_slope(col("y"), col("x")), regr_sxx(col("x"), col("y"))));
    query("infinity_only_in_y", spark -> rows(spark, new Double[][] {{1.0, Double.NEGATIVE_INFINITY}, {2.0, 3.0}})
        .agg(stddev("y"), skewness("y"), corr("x", "y"), regr_syy(col("y"), col("x")), regr_avgy(col("y"), col("x"))));
    query("negative_zero_third_moment", spark -> rows(spark, new Double[][] {{-1.0, 0.0}, {0.0, 0.0}, {1.0, 0.0}})
        .agg(skewness("x"), kurtosis("x"), covar_pop("x", "y"), regr_sxy(col("y"), col("x"))));
    query("names_and_types", spark -> rows(spark, new Double[][] {{1.0, 2.0}, {2.0, 5.0}, {4.0, 4.0}})
        .agg(std(col("x")), stddev(col("x")).as("s"), variance("y"), regr_count(col("x"), col("y"))));
    query("running_window", spark -> samples(spark, 17, 40, true)
        .select(col("g"), col("x"), stddev("x").over(Window.partitionBy("g").orderBy("x")
            .rowsBetween(Window.unboundedPreceding(), Window.currentRow())).as("running"))
        .orderBy(col("g"), col("x")));
    query("sliding_window", spark -> spark.range(0, 60, 1, 1).select(col("id"), col("id").multiply(0.3).as("x"))
        .select(col("id"), var_samp("x").over(Window.orderBy("id").rowsBetween(-3, 2)).as("v"),
            kurtosis("x").over(Window.orderBy("id").rowsBetween(-4, 0)).as("k"))
        .orderBy("id"));
    query("describe_one_partition", spark -> NaStatCases.typed(spark).coalesce(1).describe());
    query("summary_one_partition", spark -> NaStatCases.typed(spark).coalesce(1).summary());
    query("describe_random_doubles", spark -> samples(spark, 18, 200, true).describe("x", "y"));
  }

  private static Column[] pairStatistics() {
    return new Column[] {corr("x", "y"), covar_samp("x", "y"), covar_pop("x", "y"), corr("y", "x"),
        covar_samp("y", "x")};
  }

  private static Column[] regressions() {
    return new Column[] {regr_count(col("y"), col("x")), regr_avgx(col("y"), col("x")),
        regr_avgy(col("y"), col("x")), regr_sxx(col("y"), col("x")), regr_syy(col("y"), col("x")),
        regr_sxy(col("y"), col("x")), regr_slope(col("y"), col("x")), regr_intercept(col("y"), col("x")),
        regr_r2(col("y"), col("x")), regr_slope(col("x"), col("y"))};
  }

  private static Dataset<Row> aggregate(Dataset<Row> input, Column[] statistics) {
    return input.agg(statistics[0], java.util.Arrays.copyOfRange(statistics, 1, statistics.length));
  }

  /** Seeded random doubles over twelve orders of magnitude, in one partition; some NULLs when asked. */
  private static Dataset<Row> samples(SparkSession spark, long seed, int count, boolean withNulls) {
    Random random = new Random(seed);
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Double[] pair = randomPair(random, withNulls);
      rows.add(RowFactory.create(random.nextInt(4), pair[0], pair[1]));
    }
    return spark.createDataFrame(rows, SAMPLES).coalesce(1);
  }

  /** A random x over twelve orders of magnitude and a correlated y; each NULL at times when asked. */
  static Double[] randomPair(Random random, boolean withNulls) {
    double scale = Math.pow(10, random.nextInt(12) - 4);
    Double x = (random.nextDouble() - 0.3) * scale;
    Double y = x * 0.75 + random.nextGaussian() * scale;
    if (withNulls && random.nextInt(7) == 0) {
      x = null;
    }
    if (withNulls && random.nextInt(9) == 0) {
      y = null;
    }
    return new Double[] {x, y};
  }

  private static Dataset<Row> rows(SparkSession spark, Double[][] pairs) {
    List<Row> rows = new ArrayList<>();
    for (Double[] pair : pairs) {
      rows.add(RowFactory.create(0, pair[0], pair[1]));
    }
    return spark.createDataFrame(rows, SAMPLES).coalesce(1);
  }

  private void withAnsiOff(String name, Function<SparkSession, Dataset<Row>> query) {
    check(name, ansiOff(query));
  }

  /** The query's case with {@code spark.sql.ansi.enabled=false}. */
  static CaseBody ansiOff(Function<SparkSession, Dataset<Row>> query) {
    return (spark, outcome) -> {
      spark.conf().set("spark.sql.ansi.enabled", "false");
      try {
        outcome.dataset(query.apply(spark));
      } finally {
        spark.conf().unset("spark.sql.ansi.enabled");
      }
    };
  }
}
