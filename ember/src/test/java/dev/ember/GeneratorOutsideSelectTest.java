package dev.ember;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.spark.sql.AnalysisException;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

/**
 * Generators outside a select fail as in Spark. The conformance cases for this are known
 * differences (Spark's message carries its internal plan text), so the condition is checked here.
 */
class GeneratorOutsideSelectTest {
  private final SparkSession spark = Ember.session();

  private Dataset<Row> arrays() {
    return spark.range(2).select(array(col("id"), lit(5L)).as("a"));
  }

  @Test
  void generatorInFilter() {
    assertThatThrownBy(() -> arrays().filter(explode(col("a")).gt(1)).collect())
        .isInstanceOfSatisfying(AnalysisException.class, e -> {
          org.assertj.core.api.Assertions.assertThat(e.getCondition()).isEqualTo("UNSUPPORTED_GENERATOR.OUTSIDE_SELECT");
          org.assertj.core.api.Assertions.assertThat(e.getSqlState()).isEqualTo("42K0E");
        });
  }

  @Test
  void generatorInSort() {
    assertThatThrownBy(() -> arrays().orderBy(explode(col("a"))).collect())
        .isInstanceOfSatisfying(AnalysisException.class, e ->
            org.assertj.core.api.Assertions.assertThat(e.getCondition()).isEqualTo("UNSUPPORTED_GENERATOR.OUTSIDE_SELECT"));
  }
}
