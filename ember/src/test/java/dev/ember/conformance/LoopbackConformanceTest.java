package dev.ember.conformance;

import dev.ember.EmberServer;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;

/** The conformance suite through the network: an Ember server on a loopback port, the client by URL. */
class LoopbackConformanceTest extends ConformanceTest {
  private static EmberServer server;
  private static SparkSession spark;

  @Override
  SparkSession session() {
    if (server == null) {
      server = EmberServer.start("127.0.0.1", 0);
      spark = org.apache.spark.sql.connect.SparkSession.builder().remote(server.remoteUrl()).create();
    }
    return spark;
  }

  @AfterAll
  static void stopServer() {
    if (spark != null) {
      spark.stop();
    }
    if (server != null) {
      server.close();
    }
  }
}
