package dev.ember.junit;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;

import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A test written for Spark, unchanged but for the extension, runs on Ember. */
@ExtendWith(EmberExtension.class)
class EmberExtensionTest {
  @Test
  void anUnchangedSparkTestRunsOnEmber() {
    SparkSession spark = SparkSession.builder().master("local[2]").appName("unchanged").getOrCreate();
    long evens = spark.range(10).filter(col("id").mod(2).equalTo(0)).count();
    assertThat(evens).isEqualTo(5L);
    assertThat(spark.version()).isEqualTo("4.2.0");
  }
}
