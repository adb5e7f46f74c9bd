package dev.ember;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.apache.spark.sql.AnalysisException;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** SQL's PIVOT on several columns and on constant expressions, with Spark's ResolvePivot errors. */
class PivotClauseTest {
  private static SparkSession spark;

  @BeforeAll
  static void start() {
    spark = Ember.builder().create();
    spark.sql("CREATE OR REPLACE TEMPORARY VIEW sales AS SELECT * FROM VALUES ('a', 2012, 10, array(1, 1)), "
        + "('b', 2012, 20, array(1, 1)), ('a', 2013, 30, array(2, 2)) AS sales(course, year, earnings, arr)");
  }

  @AfterAll
  static void stop() throws Exception {
    spark.close();
  }

  @Test
  void severalColumnsPivotOnTheirStruct() {
    var result = spark.sql("SELECT * FROM (SELECT course, year, earnings FROM sales) "
        + "PIVOT (sum(earnings) FOR (course, year) IN (('a', 2012), ('b', 2012) AS b12))");
    assertThat(result.columns()).containsExactly("{a, 2012}", "b12");
    assertThat(result.collectAsList()).containsExactly(Row.fromSeq(
        scala.jdk.javaapi.CollectionConverters.asScala(List.<Object>of(10L, 20L)).toSeq()));
  }

  @Test
  void arrayValuesAreNamedAsSparkCastsThemToText() {
    var result = spark.sql("SELECT * FROM (SELECT earnings, arr FROM sales) PIVOT (sum(earnings) FOR arr IN "
        + "(array(1, 1), array(2, 2)))");
    assertThat(result.columns()).containsExactly("[1, 1]", "[2, 2]");
    assertThat(result.collectAsList().get(0).getLong(0)).isEqualTo(30L);
  }

  @Test
  void errorsAreSparks() {
    assertCondition("SELECT * FROM sales PIVOT (abs(earnings) FOR year IN (2012))", "_LEGACY_ERROR_TEMP_1006");
    assertCondition("SELECT * FROM sales PIVOT (sum(avg(earnings)) FOR year IN (2012))", "NESTED_AGGREGATE_FUNCTION");
    assertCondition("SELECT * FROM sales PIVOT (sum(earnings) FOR (course, year) IN ('a'))",
        "PIVOT_VALUE_DATA_TYPE_MISMATCH");
    assertCondition("SELECT * FROM sales PIVOT (sum(earnings) FOR year IN (earnings))", "NON_LITERAL_PIVOT_VALUES");
    assertCondition("SELECT * FROM (SELECT earnings, map(course, 1) AS m FROM sales) "
        + "PIVOT (sum(earnings) FOR m IN (map('a', 1)))", "INCOMPARABLE_PIVOT_COLUMN");
  }

  private static void assertCondition(String sql, String condition) {
    assertThatThrownBy(() -> spark.sql(sql).collect()).isInstanceOfSatisfying(AnalysisException.class,
        error -> assertThat(error.getCondition()).isEqualTo(condition));
  }
}
