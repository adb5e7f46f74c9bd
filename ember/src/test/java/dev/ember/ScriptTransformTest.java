package dev.ember;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.spark.SparkException;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * SELECT TRANSFORM runs its script as Spark does without Hive (typed output read as Spark reads it); a script that
 * fails fails the query with its standard error; an interrupted query stops the script.
 */
class ScriptTransformTest {
  private static SparkSession spark;

  @BeforeAll
  static void start() {
    spark = Ember.builder().create();
  }

  @AfterAll
  static void stop() throws Exception {
    spark.close();
  }

  @Test
  void rowsGoThroughTheScriptAndBackTyped() {
    List<Row> rows = spark.sql("SELECT TRANSFORM(id, id * 2, CAST(NULL AS STRING)) USING 'cat' AS (a INT, b STRING,"
        + " c STRING, d DATE) FROM range(3) ORDER BY a").collectAsList();
    assertThat(rows).extracting(Row::toString).containsExactly("[0,0,null,null]", "[1,2,null,null]", "[2,4,null,null]");
  }

  @Test
  void aFailingScriptFailsTheQueryWithItsError() {
    assertThatThrownBy(() -> spark.sql("SELECT TRANSFORM(id) USING 'cat > /dev/null; echo oops >&2; exit 3'"
        + " FROM range(2)").collect())
        .isInstanceOf(SparkException.class)
        .hasMessageContaining("Subprocess exited with status 3")
        .hasMessageContaining("oops");
  }

  /** A server runs no client's shell scripts unless started to; the embedded engine and bin/ember submit do. */
  @Test
  void aServerRunsNoScriptsUnlessStartedTo() throws Exception {
    try (EmberServer server = EmberServer.start("127.0.0.1", 0);
        SparkSession client = SparkSession.builder().remote(server.remoteUrl()).create()) {
      assertThatThrownBy(() -> client.sql("SELECT TRANSFORM(1) USING 'cat'").collect())
          .isInstanceOfSatisfying(org.apache.spark.sql.AnalysisException.class, error ->
              assertThat(error.getCondition()).isEqualTo("UNSUPPORTED_CALL.WITHOUT_SUGGESTION"))
          .hasMessageContaining("spark.ember.scripts.enabled");
    }
    try (EmberServer server = EmberServer.start("127.0.0.1", 0,
        java.util.Map.of(dev.ember.engine.EmberEngine.SCRIPTS_ENABLED, "true"));
        SparkSession client = SparkSession.builder().remote(server.remoteUrl()).create()) {
      assertThat(client.sql("SELECT TRANSFORM(1) USING 'cat'").collectAsList()).hasSize(1);
    }
  }

  @Test
  void interruptingTheQueryStopsTheScript() throws Exception {
    CompletableFuture<Object> running = CompletableFuture.supplyAsync(() -> spark.sql(
        "SELECT TRANSFORM(id) USING 'sleep 600' FROM range(1)").collect());
    Thread.sleep(2000);
    spark.interruptAll();
    assertThat(running).failsWithin(60, TimeUnit.SECONDS);
  }
}
