package dev.ember;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Aggregator;
import org.apache.spark.sql.functions;
import org.junit.jupiter.api.Test;

/**
 * A user aggregate (an Aggregator run as a stage) over no rows beside a string column: the stage's batch of no rows
 * has no buffers to write (it failed with Arrow's IndexOutOfBoundsException); Spark gives no group, or one over ().
 */
class UserAggregateOverNoRowsTest {
  @Test
  void noRowsGiveNoGroupOrTheGrandTotal() {
    SparkSession spark = Ember.builder().create();
    spark.udf().register("non_nulls", functions.udaf(new NonNulls(), Encoders.STRING()));

    assertThat(spark.sql("SELECT 'foo', non_nulls(a) FROM VALUES (1) t(a) WHERE a = 0 GROUP BY 1").collectAsList())
        .isEmpty();
    assertThat(spark.sql("SELECT a, non_nulls(a) FROM VALUES (1) t(a) WHERE a = 0 GROUP BY a").collectAsList())
        .isEmpty();
    assertThat(spark.sql("SELECT non_nulls(a) FROM VALUES (1) t(a) WHERE a = 0").collectAsList().toString())
        .isEqualTo("[[0]]");
  }

  static final class NonNulls extends Aggregator<String, Integer, Integer> {
    @Override
    public Integer zero() {
      return 0;
    }

    @Override
    public Integer reduce(Integer count, String value) {
      return value == null ? count : count + 1;
    }

    @Override
    public Integer merge(Integer left, Integer right) {
      return left + right;
    }

    @Override
    public Integer finish(Integer count) {
      return count;
    }

    @Override
    public Encoder<Integer> bufferEncoder() {
      return Encoders.INT();
    }

    @Override
    public Encoder<Integer> outputEncoder() {
      return Encoders.INT();
    }
  }
}
