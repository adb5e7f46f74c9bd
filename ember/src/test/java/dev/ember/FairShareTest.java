package dev.ember;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Queries of different sessions share DuckDB's threads (docs/server.md, "A fair share of DuckDB's threads"): a small
 * query of one session finishes while heavy queries of another keep every thread busy, and a client that reads its
 * result slowly holds nobody up. Asserted on completion and order, never on timings.
 */
class FairShareTest {
  /**
   * A query that would run for hours on all of DuckDB's threads: the cross product of a cached table (DuckDB scans a
   * table in parallel, where its {@code range} is one thread) with itself, summed without a growing hash table.
   */
  private static final String HEAVY = "SELECT sum(a.id * b.id % 7) AS s FROM big a, big b";

  @Test
  @Timeout(120)
  void aSmallQueryOfAnotherSessionFinishesWhileHeavyOnesRun() throws Exception {
    try (EmberServer server = EmberServer.start("127.0.0.1", 0, Map.of("spark.ember.duckdb.threads", "2"))) {
      SparkSession heavy = SparkSession.builder().remote(server.remoteUrl()).create();
      SparkSession small = SparkSession.builder().remote(server.remoteUrl()).create();
      try {
        var big = heavy.range(1_000_000).cache();
        assertThat(big.count()).isEqualTo(1_000_000L);
        big.createOrReplaceTempView("big");
        // two heavy queries at once: more work than DuckDB has threads
        List<CompletableFuture<Throwable>> running = List.of(running(heavy), running(heavy));
        awaitRunning(server, 2);
        for (int i = 0; i < 3; i++) {
          assertThat(small.range(1000).selectExpr("sum(id) AS s").collectAsList().get(0).getLong(0))
              .isEqualTo(499_500L);
          assertThat(small.sql("SELECT count(DISTINCT id % 10) FROM range(100000)").collectAsList().get(0).getLong(0))
              .isEqualTo(10L);
        }
        // the small queries finished while the heavy ones still ran
        assertThat(running).noneMatch(CompletableFuture::isDone);
        assertThat(heavy.interruptAll().size()).isEqualTo(2);
        for (CompletableFuture<Throwable> query : running) {
          assertThat(query.get(60, TimeUnit.SECONDS)).hasMessageContaining("OPERATION_CANCELED");
        }
      } finally {
        heavy.close();
        small.close();
      }
    }
  }

  @Test
  @Timeout(120)
  void aClientReadingItsResultSlowlyHoldsNobodyUp() throws Exception {
    try (EmberServer server = EmberServer.start("127.0.0.1", 0, Map.of("spark.ember.duckdb.threads", "2",
        "spark.ember.server.maxOperations", "4"))) {
      SparkSession slow = SparkSession.builder().remote(server.remoteUrl()).create();
      SparkSession other = SparkSession.builder().remote(server.remoteUrl()).create();
      try {
        // a result of many batches, of which the client takes one row and then nothing for a while: the server
        // cannot send the rest (gRPC's flow control), so its operation stays open
        Iterator<Row> rows = slow.range(0, 3_000_000).toDF().toLocalIterator();
        assertThat(rows.next().getLong(0)).isEqualTo(0L);
        assertThat(server.runningOperations()).hasSize(1);
        for (int i = 0; i < 6; i++) {
          assertThat(other.range(100_000).selectExpr("sum(id) AS s").collectAsList().get(0).getLong(0))
              .isEqualTo(4_999_950_000L);
        }
        // the slow client's own session runs queries beside its open result too
        assertThat(slow.range(7).count()).isEqualTo(7L);
        long read = 1;
        long sum = 0;
        while (rows.hasNext()) {
          sum += rows.next().getLong(0);
          read++;
        }
        ((AutoCloseable) rows).close();
        assertThat(read).isEqualTo(3_000_000L);
        assertThat(sum).isEqualTo(3_000_000L * 2_999_999L / 2);
      } finally {
        slow.close();
        other.close();
      }
    }
  }

  private static CompletableFuture<Throwable> running(SparkSession spark) {
    return CompletableFuture.supplyAsync(() -> {
      try {
        spark.sql(HEAVY).collect();
        return null;
      } catch (Throwable failure) {
        return failure;
      }
    }, task -> new Thread(task, "heavy-query").start());
  }

  private static void awaitRunning(EmberServer server, int operations) throws InterruptedException {
    while (server.runningOperations().size() < operations) {
      Thread.sleep(10);
    }
  }
}
