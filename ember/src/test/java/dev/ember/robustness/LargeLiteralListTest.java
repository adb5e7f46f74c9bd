package dev.ember.robustness;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ember.Ember;
import java.util.stream.LongStream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

/** isin with a very long list of values: planned and run in time and memory proportional to the list. */
class LargeLiteralListTest {
  @Test
  void isinWithManyValues() {
    SparkSession spark = Ember.session();
    Object[] values = LongStream.range(0, 20_000).map(v -> v * 3).boxed().toArray();
    // the client itself takes ~0.1 ms per value to build the column (it records a call site for each literal)
    org.apache.spark.sql.Column condition = col("id").isin(values);
    long started = System.nanoTime();
    long count = spark.range(3_000_000).filter(condition).count();
    System.out.printf("isin with %d values: %d ms%n", values.length, (System.nanoTime() - started) / 1_000_000);
    assertThat(count).isEqualTo(20_000L);
  }
}
