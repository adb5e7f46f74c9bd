package dev.ember;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.spark.sql.AnalysisException;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

/** {@code expr AS (a, b)} names a generator's columns; any other expression is Spark's MULTI_ALIAS_WITHOUT_GENERATOR. */
class MultiAliasTest {
  @Test
  void onlyAGeneratorTakesSeveralNames() throws Exception {
    try (SparkSession spark = Ember.builder().create()) {
      assertThat(spark.sql("SELECT posexplode(array('x')) AS (pos, val)").columns()).containsExactly("pos", "val");
      assertThatThrownBy(() -> spark.sql("SELECT 1 AS (pos, val)").collect())
          .isInstanceOfSatisfying(AnalysisException.class,
              error -> assertThat(error.getCondition()).isEqualTo("MULTI_ALIAS_WITHOUT_GENERATOR"));
    }
  }
}
