package dev.ember;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.spark.SparkException;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A server's limits of operations at once and of their time, through the official client. */
class ServerLimitsTest {
  private static final String LONG_QUERY = "SELECT count(*) FROM range(100000000000)";

  @Test
  @Timeout(180)
  void operationsBeyondTheSessionsAndTheServersMaximumFailAtOnce() throws Exception {
    try (EmberServer server = EmberServer.start("127.0.0.1", 0, Map.of(
        "spark.ember.server.maxOperationsPerSession", "1", "spark.ember.server.maxOperations", "2"))) {
      SparkSession a = SparkSession.builder().remote(server.remoteUrl()).create();
      SparkSession b = SparkSession.builder().remote(server.remoteUrl()).create();
      SparkSession c = SparkSession.builder().remote(server.remoteUrl()).create();
      try {
        // one at a time is always possible, one after the other
        for (int i = 0; i < 5; i++) {
          assertThat(a.range(i).count()).isEqualTo(i);
        }
        CompletableFuture<Throwable> first = running(a);
        awaitRunning(server, 1);
        assertThatThrownBy(() -> a.range(3).count())
            .hasMessageContaining("RESOURCE_EXHAUSTED")
            .hasMessageContaining("spark.ember.server.maxOperationsPerSession");
        CompletableFuture<Throwable> second = running(b);
        awaitRunning(server, 2);
        assertThatThrownBy(() -> c.range(3).count())
            .hasMessageContaining("RESOURCE_EXHAUSTED")
            .hasMessageContaining("spark.ember.server.maxOperations)");
        assertThat(a.interruptAll().size()).isEqualTo(1);
        assertThat(b.interruptAll().size()).isEqualTo(1);
        assertThat(first.get(60, TimeUnit.SECONDS)).hasMessageContaining("OPERATION_CANCELED");
        assertThat(second.get(60, TimeUnit.SECONDS)).hasMessageContaining("OPERATION_CANCELED");
        // the places are free again
        assertThat(c.range(3).count()).isEqualTo(3L);
        assertThat(a.range(2).count()).isEqualTo(2L);
      } finally {
        a.close();
        b.close();
        c.close();
      }
    }
  }

  @Test
  @Timeout(180)
  void aQueryPastTheServersTimeoutIsCancelledWithSparksError() throws Exception {
    try (EmberServer server = EmberServer.start("127.0.0.1", 0,
        Map.of("spark.sql.thriftServer.queryTimeout", "1s"))) {
      SparkSession spark = SparkSession.builder().remote(server.remoteUrl()).create();
      try {
        assertThat(spark.range(3).count()).isEqualTo(3L);
        assertTimesOut(spark, "1 seconds");
        // a session may shorten the timeout, not lengthen it past the server's
        spark.conf().set("spark.sql.thriftServer.queryTimeout", "0");
        assertTimesOut(spark, "1 seconds");
        assertThat(server.runningOperations()).isEmpty();
      } finally {
        spark.close();
      }
    }
  }

  @Test
  @Timeout(180)
  void aSessionMaySetItsOwnTimeout() throws Exception {
    try (EmberServer server = EmberServer.start("127.0.0.1", 0, Map.of())) {
      SparkSession spark = SparkSession.builder().remote(server.remoteUrl()).create();
      try {
        spark.conf().set("spark.sql.thriftServer.queryTimeout", "2");
        assertTimesOut(spark, "2 seconds");
        assertThat(spark.sql("SELECT 1 AS one").collectAsList().get(0).getInt(0)).isEqualTo(1);
      } finally {
        spark.close();
      }
    }
  }

  private static void assertTimesOut(SparkSession spark, String timeout) {
    assertThatThrownBy(() -> spark.sql(LONG_QUERY).collect()).isInstanceOfSatisfying(SparkException.class, error -> {
      assertThat(error.getCondition()).isEqualTo("SPARK_JOB_CANCELLED");
      assertThat(error.getSqlState()).isEqualTo("XXKDA");
      assertThat(error.getMessage()).contains("cancelled because it ran longer than the query timeout of " + timeout
          + " (spark.sql.thriftServer.queryTimeout)");
    });
  }

  private static CompletableFuture<Throwable> running(SparkSession spark) {
    return CompletableFuture.supplyAsync(() -> {
      try {
        spark.sql(LONG_QUERY).collect();
        return null;
      } catch (Throwable failure) {
        return failure;
      }
    });
  }

  private static void awaitRunning(EmberServer server, int operations) throws InterruptedException {
    while (server.runningOperations().size() < operations) {
      Thread.sleep(10);
    }
  }
}
