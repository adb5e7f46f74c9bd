package dev.ember;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
  void executeCommandNamesSparkSessionExecuteCommand() {
    assertThatThrownBy(() -> spark.executeCommand("some.Runner", "a command",
        scala.collection.immutable.Map$.MODULE$.<String, String>empty()).collect())
        .isInstanceOf(AnalysisException.class)
        .hasMessageContaining("Cannot call the method \"executeCommand\" of the class \"SparkSession\"");
  }
}
