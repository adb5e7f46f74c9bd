package dev.ember;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.spark.sql.AnalysisException;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Over a token-protected server and the official client: a client that learns another user's session id
 * ({@code sc://...;user_id=...;session_id=...}) reaches a session of its own, as on Spark's server.
 */
class SessionOwnershipTest {
  private static EmberServer server;

  @BeforeAll
  static void start() {
    server = EmberServer.start("127.0.0.1", 0, Map.of(dev.ember.connect.TokenAuthentication.CONF, "t0ken"));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static SparkSession client(String user, String sessionId) {
    return SparkSession.builder().remote("sc://localhost:" + server.port() + "/;token=t0ken;user_id=" + user
        + ";session_id=" + sessionId).create();
  }

  @Test
  @org.junit.jupiter.api.Timeout(120)
  void anotherUserWithTheSameSessionIdSeesNoViewNorConfAndCannotInterrupt() throws Exception {
    String id = UUID.randomUUID().toString();
    SparkSession alice = client("alice", id);
    SparkSession mallory = client("mallory", id);
    try {
      alice.sql("CREATE TEMPORARY VIEW payroll AS SELECT 'alice' AS name, 100 AS salary");
      alice.conf().set("spark.sql.session.timeZone", "Asia/Tokyo");
      assertThat(alice.table("payroll").count()).isEqualTo(1L);
      assertThatThrownBy(() -> mallory.table("payroll").count()).isInstanceOfSatisfying(AnalysisException.class,
          error -> assertThat(error.getCondition()).isEqualTo("TABLE_OR_VIEW_NOT_FOUND"));
      assertThat(mallory.conf().get("spark.sql.session.timeZone")).isNotEqualTo("Asia/Tokyo");

      alice.addTag("long");
      CompletableFuture<Throwable> running = CompletableFuture.supplyAsync(() -> {
        try {
          alice.sql("SELECT count(*) FROM range(100000000000)").collect();
          return null;
        } catch (Throwable failure) {
          return failure;
        }
      });
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
      while (server.runningOperations().isEmpty() && System.nanoTime() < deadline) {
        Thread.sleep(10);
      }
      assertThat(server.runningOperations()).hasSize(1);
      assertThat(mallory.interruptAll().size()).isZero();
      assertThat(mallory.interruptTag("long").size()).isZero();
      assertThat(mallory.interruptOperation(server.runningOperations().iterator().next()).size()).isZero();
      Thread.sleep(200);
      assertThat(running).isNotDone();
      assertThat(alice.interruptTag("long").size()).isEqualTo(1);
      assertThat(running.get(30, TimeUnit.SECONDS)).hasMessageContaining("OPERATION_CANCELED");

      mallory.close();
      assertThat(alice.table("payroll").count()).as("Mallory's close left Alice's session").isEqualTo(1L);
    } finally {
      alice.close();
    }
  }

  @Test
  @org.junit.jupiter.api.Timeout(120)
  void aServerBeyondItsMaximumOfSessionsRefusesANewOneAtOnce() throws Exception {
    try (EmberServer limited = EmberServer.start("127.0.0.1", 0, Map.of("spark.ember.server.maxSessions", "1"))) {
      SparkSession first = SparkSession.builder().remote(limited.remoteUrl()).create();
      SparkSession second = SparkSession.builder().remote(limited.remoteUrl()).create();
      try {
        assertThat(first.range(3).count()).isEqualTo(3L);
        assertThatThrownBy(() -> second.range(3).count())
            .hasMessageContaining("RESOURCE_EXHAUSTED")
            .hasMessageContaining("spark.ember.server.maxSessions");
        first.close();
        assertThat(second.range(2).count()).isEqualTo(2L);
      } finally {
        second.close();
      }
    }
  }
}
