package dev.ember;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.spark.SparkException;
import org.apache.spark.api.java.function.FilterFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.api.java.function.ReduceFunction;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * User code Spark calls unwrapped — a typed filter's, map's or reduce's function, an Aggregator — fails the job as on
 * Spark: a SparkException of no error class (seen with ../shared/spark-ref: condition null) naming what the code
 * threw, not a UDF's FAILED_EXECUTE_UDF.
 */
class TypedFunctionFailureTest {
  @Test
  void typedFunctionsAndAggregatorsFailTheJobUnwrapped() {
    SparkSession spark = Ember.session().newSession();
    failsTheJob(() -> spark.range(3).filter((FilterFunction<Long>) value -> {
      throw new IllegalStateException("filter of " + value);
    }).collectAsList(), "filter of 0");
    failsTheJob(() -> spark.range(3).map((MapFunction<Long, Long>) value -> {
      throw new IllegalStateException("map of " + value);
    }, Encoders.LONG()).collectAsList(), "map of 0");
    failsTheJob(() -> spark.range(3).reduce((ReduceFunction<Long>) (left, right) -> {
      throw new IllegalStateException("reduce");
    }), "reduce");
    failsTheJob(() -> spark.range(3).agg(functions.udaf(new Failing(), Encoders.LONG()).apply(functions.col("id")))
        .collectAsList(), "aggregate");
  }

  /** An Aggregator whose reduce throws. */
  static final class Failing extends org.apache.spark.sql.expressions.Aggregator<Long, Long, Long> {
    @Override
    public Long zero() {
      return 0L;
    }

    @Override
    public Long reduce(Long buffer, Long value) {
      throw new IllegalStateException("aggregate");
    }

    @Override
    public Long merge(Long left, Long right) {
      return left + right;
    }

    @Override
    public Long finish(Long buffer) {
      return buffer;
    }

    @Override
    public org.apache.spark.sql.Encoder<Long> bufferEncoder() {
      return Encoders.LONG();
    }

    @Override
    public org.apache.spark.sql.Encoder<Long> outputEncoder() {
      return Encoders.LONG();
    }
  }

  private static void failsTheJob(Executable action, String cause) {
    assertThatThrownBy(action::execute).isInstanceOfSatisfying(SparkException.class, error -> {
      assertThat(error.getCondition()).isNotEqualTo("FAILED_EXECUTE_UDF");
      assertThat(error.getMessage()).contains("Job aborted due to stage failure")
          .contains("java.lang.IllegalStateException: " + cause);
    });
  }
}
