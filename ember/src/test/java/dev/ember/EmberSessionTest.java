package dev.ember;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.apache.spark.sql.AnalysisException;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

class EmberSessionTest {
  private final SparkSession spark = Ember.session();

  @Test
  void answersTheSparkVersion() {
    assertThat(spark.version()).isEqualTo("4.2.0");
  }

  @Test
  void collectsAFilteredRange() {
    Dataset<Row> df = spark.range(5).filter(col("id").gt(1)).select(col("id").plus(1).as("next"));
    List<Row> rows = df.collectAsList();
    assertThat(rows).extracting(row -> row.getLong(0)).containsExactly(3L, 4L, 5L);
    assertThat(df.columns()).containsExactly("next");
  }

  @Test
  void sessionStaysUsableAfterAnError() {
    assertThatThrownBy(() -> spark.range(3).select(col("missing")).collect())
        .isInstanceOf(AnalysisException.class)
        .satisfies(e -> assertThat(((AnalysisException) e).getCondition()).isEqualTo("UNRESOLVED_COLUMN.WITH_SUGGESTION"));
    assertThat(spark.range(3).count()).isEqualTo(3L);
  }

  @Test
  void theMemoryLimitConfOfTheBuilderReachesDuckDb() {
    // only DuckDB's SET memory_limit refuses this value: the builder's conf reached it
    assertThatThrownBy(() -> Ember.builder().config("spark.ember.duckdb.memoryLimit", "lots").create())
        .isInstanceOfSatisfying(org.apache.spark.SparkIllegalArgumentException.class,
            e -> assertThat(e.getCondition()).isEqualTo("INVALID_CONF_VALUE.REQUIREMENT"));
    SparkSession limited = Ember.builder().config("spark.ember.duckdb.memoryLimit", "8GB").create();
    assertThat(limited.conf().get("spark.ember.duckdb.memoryLimit")).isEqualTo("8GB");
    limited.conf().unset("spark.ember.duckdb.memoryLimit");
    assertThat(limited.range(3).count()).isEqualTo(3L);
  }
}
