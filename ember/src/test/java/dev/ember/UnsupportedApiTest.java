package dev.ember;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.apache.spark.sql.functions.col;

import org.apache.spark.sql.AnalysisException;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

/** What Ember does not serve yet fails with UNSUPPORTED_CALL naming the API the user called. */
class UnsupportedApiTest {
  private final SparkSession spark = Ember.session();

  @Test
  void aBucketedTableWriterNamesItsCall() {
    assertThatThrownBy(() -> spark.range(3).write().bucketBy(2, "id").saveAsTable("numbers"))
        .isInstanceOf(AnalysisException.class)
        .hasMessageContaining("does not support bucketBy");
  }

  @Test
  void anUnsupportedStatementIsNamed() {
    assertThatThrownBy(() -> spark.sql("LOAD DATA INPATH '/nowhere' INTO TABLE numbers").collect())
        .isInstanceOf(AnalysisException.class)
        .hasMessageContaining("Cannot call the method \"LOAD DATA INPATH\" of the class \"SQL\"");
  }

  @Test
  void aSubqueryInAnExpressionStringIsNamedAsSql() {
    assertThatThrownBy(() -> spark.range(3).select(org.apache.spark.sql.functions.expr("id IN (SELECT 1)")).collect())
        .isInstanceOf(AnalysisException.class)
        .hasMessageContaining("Cannot call the method \"a subquery in an expression string\" of the class \"SQL\"");
  }

  @Test
  void transposeNamesDatasetTranspose() {
    assertThatThrownBy(() -> spark.range(3).select(col("id"), col("id").as("other")).transpose().collect())
        .isInstanceOf(AnalysisException.class)
        .hasMessageContaining("Cannot call the method \"transpose\" of the class \"Dataset\"");
  }
}
