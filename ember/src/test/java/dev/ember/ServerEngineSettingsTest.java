package dev.ember;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.spark.sql.AnalysisException;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A server's engine-wide DuckDB settings are fixed at start: no client sets them (Spark's
 * CANNOT_MODIFY_STATIC_CONFIG), and by default the engine has a memory limit and a temp directory to spill to.
 */
class ServerEngineSettingsTest {
  private static final String MEMORY_LIMIT = "spark.ember.duckdb.memoryLimit";
  private static EmberServer server;
  private static SparkSession spark;

  @BeforeAll
  static void start() {
    server = EmberServer.start("127.0.0.1", 0, Map.of(MEMORY_LIMIT, "64MB"));
    spark = SparkSession.builder().remote(server.remoteUrl()).create();
  }

  @AfterAll
  static void stop() throws Exception {
    spark.close();
    server.close();
  }

  @Test
  void noClientSetsTheEnginesSettings() {
    for (String key : new String[] {MEMORY_LIMIT, "spark.ember.duckdb.tempDirectory", "spark.ember.duckdb.threads"}) {
      assertThatThrownBy(() -> spark.conf().set(key, "1")).isInstanceOfSatisfying(AnalysisException.class, error -> {
        assertThat(error.getCondition()).isEqualTo("CANNOT_MODIFY_STATIC_CONFIG");
        assertThat(error.getSqlState()).isEqualTo("46110");
        assertThat(error.getMessage()).contains("Cannot modify the value of the static Spark config: \"" + key + "\"");
      });
      assertThatThrownBy(() -> spark.sql("SET " + key + " = 1")).isInstanceOfSatisfying(AnalysisException.class,
          error -> assertThat(error.getCondition()).isEqualTo("CANNOT_MODIFY_STATIC_CONFIG"));
      assertThatThrownBy(() -> spark.conf().unset(key)).isInstanceOfSatisfying(AnalysisException.class,
          error -> assertThat(error.getCondition()).isEqualTo("CANNOT_MODIFY_STATIC_CONFIG"));
    }
    assertThat(spark.conf().get(MEMORY_LIMIT)).isEqualTo("64MB");
  }

  @Test
  void largeWorkSpillsToTheServersDefaultTempDirectory() throws Exception {
    Path spill = Path.of(spark.conf().get("spark.ember.duckdb.tempDirectory"));
    assertThat(spill.getFileName().toString()).startsWith("ember-spill-");
    // far more distinct keys than 64 MB holds: the aggregate spills instead of failing
    long distinct = spark.sql("SELECT count(DISTINCT concat('key-', CAST(id AS STRING), '-', repeat('x', 20))) "
        + "FROM range(3000000)").collectAsList().get(0).getLong(0);
    assertThat(distinct).isEqualTo(3_000_000L);
    assertThat(Files.isDirectory(spill)).as("DuckDB spilled to " + spill).isTrue();
  }
}
