package dev.ember;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.spark.sql.AnalysisException;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

/**
 * Spark's checks of what an aggregate's arguments and VALUES may hold: no aggregate (NESTED_AGGREGATE_FUNCTION), no
 * nondeterministic value, no scalar subquery in VALUES — each refused when the query is analyzed.
 */
class AggregateArgumentChecksTest {
  @Test
  void errorsAreSparks() throws Exception {
    try (SparkSession spark = Ember.builder().create()) {
      assertCondition(spark, "SELECT max(min(id)) FROM range(3)", "NESTED_AGGREGATE_FUNCTION");
      assertCondition(spark, "SELECT sum(id + rand(0)) FROM range(3)",
          "AGGREGATE_FUNCTION_WITH_NONDETERMINISTIC_EXPRESSION");
      assertCondition(spark, "SELECT * FROM VALUES (1, (SELECT 2)) AS t(a, b)",
          "UNSUPPORTED_SUBQUERY_EXPRESSION_CATEGORY.SCALAR_SUBQUERY_IN_VALUES");
      assertThat(spark.sql("SELECT sum(id) OVER (ORDER BY rand(0)) FROM range(3)").count()).isEqualTo(3);
    }
  }

  private static void assertCondition(SparkSession spark, String sql, String condition) {
    assertThatThrownBy(() -> spark.sql(sql).collect()).isInstanceOfSatisfying(AnalysisException.class,
        error -> assertThat(error.getCondition()).isEqualTo(condition));
  }
}
