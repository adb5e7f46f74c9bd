package dev.ember;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.corr;
import static org.apache.spark.sql.functions.kurtosis;
import static org.apache.spark.sql.functions.regr_intercept;
import static org.apache.spark.sql.functions.regr_r2;
import static org.apache.spark.sql.functions.regr_slope;
import static org.apache.spark.sql.functions.skewness;
import static org.apache.spark.sql.functions.stddev_samp;
import static org.apache.spark.sql.functions.var_pop;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

/**
 * Moment statistics of a group larger than Ember repeats Spark's arithmetic for (DuckDB's algorithm
 * with Spark's definitions): checked against the closed forms over 0 .. n-1.
 */
class LargeGroupMomentsTest {
  private static final long N = 150_000;
  private final SparkSession spark = Ember.session();

  @Test
  void largeGroupsHaveSparksDefinitions() {
    Row row = spark.range(N).withColumn("y", col("id").multiply(2).plus(1)).agg(var_pop("id"), stddev_samp("id"),
        skewness("id"), kurtosis("id"), corr("id", "y"), regr_slope(col("y"), col("id")),
        regr_intercept(col("y"), col("id")), regr_r2(col("y"), col("id"))).first();
    double n = N;
    assertThat(row.getDouble(0)).isCloseTo((n * n - 1) / 12, within(1e-6 * n * n));
    assertThat(row.getDouble(1)).isCloseTo(Math.sqrt(n * (n + 1) / 12), within(1e-6 * n));
    assertThat(row.getDouble(2)).isCloseTo(0.0, within(1e-9));
    // population excess kurtosis of a discrete uniform distribution
    assertThat(row.getDouble(3)).isCloseTo(-6 * (n * n + 1) / (5 * (n * n - 1)), within(1e-9));
    assertThat(row.getDouble(4)).isCloseTo(1.0, within(1e-12));
    assertThat(row.getDouble(5)).isCloseTo(2.0, within(1e-12));
    assertThat(row.getDouble(6)).isCloseTo(1.0, within(1e-6));
    assertThat(row.getDouble(7)).isCloseTo(1.0, within(1e-12));
  }

  @Test
  void aLargeGroupHoldingAnInfinityIsNaN() {
    Row row = spark.range(N).select(org.apache.spark.sql.functions.when(col("id").equalTo(7),
        Double.POSITIVE_INFINITY).otherwise(col("id").cast("double")).as("x")).agg(stddev_samp("x"), skewness("x"),
        kurtosis("x")).first();
    assertThat(row.getDouble(0)).isNaN();
    assertThat(row.getDouble(1)).isNaN();
    assertThat(row.getDouble(2)).isNaN();
  }

  @Test
  void skewnessOfALargeGroupIsThePopulationSkewness() {
    // values 0 (n - 1 times) and 1 (once): population skewness (1 - 2p) / sqrt(p (1 - p)), p = 1 / n
    double p = 1.0 / N;
    Row row = spark.range(N).select(col("id").equalTo(0).cast("double").as("x")).agg(skewness("x")).first();
    assertThat(row.getDouble(0)).isCloseTo((1 - 2 * p) / Math.sqrt(p * (1 - p)), within(1e-6));
  }
}
