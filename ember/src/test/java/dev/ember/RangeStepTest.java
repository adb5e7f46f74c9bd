package dev.ember;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.spark.sql.AnalysisException;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

/** A range of step 0 fails as Spark's does, never with DuckDB's own text. */
class RangeStepTest {
  @Test
  void aStepOfZeroFailsAsSparks() throws Exception {
    try (SparkSession spark = Ember.builder().create()) {
      assertThatThrownBy(() -> spark.range(0, 5, 0).collect())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("requirement failed: step (0) cannot be 0");
      assertThatThrownBy(() -> spark.sql("SELECT * FROM range(0, 5, 0)").collect())
          .isInstanceOfSatisfying(AnalysisException.class, error ->
              org.assertj.core.api.Assertions.assertThat(error.getCondition()).isEqualTo("FAILED_FUNCTION_CALL"));
    }
  }
}
