package dev.ember;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.length;
import static org.apache.spark.sql.functions.lit;
import static org.assertj.core.api.Assertions.assertThat;

import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

/** A plan above Spark's compression threshold (10 MiB) arrives ZSTD-compressed, as the client sends it to Spark. */
class PlanCompressionTest {
  private final SparkSession spark = Ember.session();

  @Test
  void aPlanTheClientCompressesRuns() {
    assertThat(spark.conf().get("spark.connect.session.planCompression.threshold")).isEqualTo("10485760");
    String large = "x".repeat(12 * 1024 * 1024);
    long size = spark.range(1).select(length(lit(large)).as("n")).first().getInt(0);
    assertThat(size).isEqualTo(large.length());
    assertThat(spark.range(3).filter(lit(large).startsWith("x").and(col("id").gt(0))).count()).isEqualTo(2L);
  }
}
