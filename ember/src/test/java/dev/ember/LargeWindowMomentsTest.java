package dev.ember;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.corr;
import static org.apache.spark.sql.functions.floor;
import static org.apache.spark.sql.functions.kurtosis;
import static org.apache.spark.sql.functions.stddev_samp;
import static org.apache.spark.sql.functions.var_pop;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.junit.jupiter.api.Test;

/**
 * Moment statistics over growing window frames of a partition far larger than a frame's list could
 * be handed over row by row (quadratic: a 200,000-row partition did not finish), checked against
 * the closed forms over 0 .. k-1.
 */
class LargeWindowMomentsTest {
  private static final long N = 200_000;
  private final SparkSession spark = Ember.session();

  @Test
  void runningFramesOfALargePartition() {
    List<Row> rows = spark.range(N).select(col("id"),
        var_pop("id").over(Window.orderBy("id").rowsBetween(Window.unboundedPreceding(), Window.currentRow())),
        // peers: ids 2j and 2j + 1 share the frame 0 .. 2j + 1
        stddev_samp("id").over(Window.orderBy(floor(col("id").divide(2)))),
        corr(col("id"), col("id").multiply(3)).over(Window.orderBy("id")),
        kurtosis("id").over(Window.partitionBy(col("id").mod(2))))
        .where(col("id").isin(0, 1, 2, 999, N - 1)).orderBy("id").collectAsList();
    assertThat(rows).hasSize(5);
    Row first = rows.get(0);
    assertThat(first.getDouble(1)).isEqualTo(0.0);
    assertThat(first.getDouble(2)).isCloseTo(Math.sqrt(0.5), within(1e-12));
    assertThat(first.isNullAt(3)).isTrue();
    Row thousandth = rows.get(3);
    double k = 1000;
    assertThat(thousandth.getDouble(1)).isCloseTo((k * k - 1) / 12, within(1e-6));
    assertThat(thousandth.getDouble(2)).isCloseTo(Math.sqrt(k * (k + 1) / 12), within(1e-9));
    assertThat(thousandth.getDouble(3)).isCloseTo(1.0, within(1e-12));
    Row last = rows.get(4);
    double n = N;
    assertThat(last.getDouble(1)).isCloseTo((n * n - 1) / 12, within(1e-6 * n * n));
    assertThat(last.getDouble(2)).isCloseTo(Math.sqrt(n * (n + 1) / 12), within(1e-6 * n));
    // the whole partition of the odd (or even) ids: N / 2 evenly spaced values
    double half = n / 2;
    assertThat(last.getDouble(4)).isCloseTo(-6 * (half * half + 1) / (5 * (half * half - 1)), within(1e-9));
    assertThat(rows.get(1).getDouble(4)).isEqualTo(last.getDouble(4));
  }
}
