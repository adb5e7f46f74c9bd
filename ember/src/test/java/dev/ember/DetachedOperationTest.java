package dev.ember;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.sum;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

/**
 * A query whose client process dies is kept for spark.connect.execute.manager.detachedTimeout, then
 * cancelled: DuckDB stops working on it.
 */
class DetachedOperationTest {
  private static final String TIMEOUT = "spark.connect.execute.manager.detachedTimeout";

  /** The client of the child JVM: starts a query that would run for hours, and waits for it. */
  public static final class AbandoningClient {
    public static void main(String[] args) {
      SparkSession spark = SparkSession.builder().remote(args[0]).getOrCreate();
      spark.range(0, 100_000_000_000L).agg(sum(col("id").mod(7))).collect();
    }
  }

  @Test
  void aQueryWhoseClientDiedIsCancelledAfterTheDetachedTimeout() throws Exception {
    try (EmberServer server = EmberServer.start("127.0.0.1", 0, Map.of(TIMEOUT, "3s"))) {
      Process client = new ProcessBuilder(List.of(
          System.getProperty("java.home") + File.separator + "bin" + File.separator + "java",
          "--add-opens=java.base/java.nio=ALL-UNNAMED", "--add-opens=java.base/sun.util.calendar=ALL-UNNAMED",
          "-cp", System.getProperty("java.class.path"), AbandoningClient.class.getName(), server.remoteUrl()))
          .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
      try {
        assertThat(eventually(120, () -> !server.runningOperations().isEmpty())).as("the query started").isTrue();
      } finally {
        client.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
      }
      Thread.sleep(1000);
      assertThat(server.runningOperations()).as("kept while detached, before the timeout").isNotEmpty();

      assertThat(eventually(30, () -> server.runningOperations().isEmpty())).as("cancelled after the timeout").isTrue();
      try (SparkSession spark = SparkSession.builder().remote(server.remoteUrl()).create()) {
        assertThat(spark.range(3).count()).isEqualTo(3);
      }
    }
  }

  @Test
  void anInvalidTimeoutIsRefusedWithSparksError() {
    // Spark's answer, from its registry: a time conf refuses a value of no time as TYPE_MISMATCH
    assertThatThrownBy(() -> EmberServer.start("127.0.0.1", 0, Map.of(TIMEOUT, "soon")))
        .hasMessageContaining("INVALID_CONF_VALUE.TYPE_MISMATCH")
        .hasMessageContaining(TIMEOUT);
  }

  private static boolean eventually(int seconds, BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    while (System.nanoTime() < deadline) {
      if (condition.getAsBoolean()) {
        return true;
      }
      Thread.sleep(50);
    }
    return condition.getAsBoolean();
  }
}
