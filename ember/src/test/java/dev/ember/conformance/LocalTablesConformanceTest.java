package dev.ember.conformance;

import dev.ember.EmberServer;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;

/**
 * The conformance suite over loopback with every local relation ({@code createDataFrame}) loaded into a session
 * table through DuckDB's Arrow reader, the path larger data takes, instead of rows carried in the plan.
 */
class LocalTablesConformanceTest extends ConformanceTest {
  private static EmberServer server;
  private static SparkSession spark;

  @Override
  SparkSession session() {
    if (spark == null) {
      server = EmberServer.start("127.0.0.1", 0, Map.of("spark.ember.localRelation.tableThreshold", "0"));
      spark = org.apache.spark.sql.connect.SparkSession.builder().remote(server.remoteUrl()).create();
    }
    return spark;
  }

  @AfterAll
  static void stop() {
    if (spark != null) {
      spark.stop();
      server.close();
      spark = null;
    }
  }
}
