package dev.ember.connect;

import static dev.ember.connect.ServiceCalls.call;
import static dev.ember.connect.ServiceCalls.single;
import static dev.ember.connect.ServiceCalls.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ember.engine.EmberEngine;
import java.util.Map;
import java.util.UUID;
import org.apache.spark.connect.proto.ConfigRequest;
import org.apache.spark.connect.proto.ExecutePlanRequest;
import org.apache.spark.connect.proto.Plan;
import org.apache.spark.connect.proto.Relation;
import org.apache.spark.connect.proto.ReleaseSessionRequest;
import org.apache.spark.connect.proto.UserContext;
import org.junit.jupiter.api.Test;

/** Idle sessions expire as on Spark's session manager, freeing their DuckDB state; a closed session stays closed. */
class IdleSessionsTest {
  private static final UserContext ALICE = user("alice");

  @Test
  void anIdleSessionIsClosedWithItsDuckDbStateAndStaysClosed() throws Exception {
    try (EmberEngine engine = EmberEngine.start(Map.of());
        EmberConnectService service = new EmberConnectService(engine, Map.of(
            IdleSessions.TIMEOUT_CONF, "300ms", IdleSessions.INTERVAL_CONF, "50ms"))) {
      String idle = UUID.randomUUID().toString();
      String busy = UUID.randomUUID().toString();
      touch(service, idle);
      SessionKey idleKey = new SessionKey("alice", idle);
      assertThat(engine.hasSession(idleKey.id())).isTrue();
      long deadline = System.nanoTime() + 10_000_000_000L;
      while (engine.hasSession(idleKey.id()) && System.nanoTime() < deadline) {
        touch(service, busy);
        Thread.sleep(50);
      }
      assertThat(engine.hasSession(idleKey.id())).as("the idle session's DuckDB connection is closed").isFalse();
      assertThat(engine.hasSession(new SessionKey("alice", busy).id())).as("a session in use stays").isTrue();
      assertThatThrownBy(() -> touch(service, idle)).isInstanceOfSatisfying(ServiceCalls.CallFailed.class,
          failed -> assertThat(failed.errorClass).isEqualTo("INVALID_HANDLE.SESSION_CLOSED"));
    }
  }

  @Test
  void aSessionRunningAQueryIsNotIdle() throws Exception {
    try (EmberEngine engine = EmberEngine.start(Map.of());
        EmberConnectService service = new EmberConnectService(engine, Map.of(
            IdleSessions.TIMEOUT_CONF, "200ms", IdleSessions.INTERVAL_CONF, "50ms"))) {
      String id = UUID.randomUUID().toString();
      String operation = UUID.randomUUID().toString();
      var running = java.util.concurrent.CompletableFuture.runAsync(() -> call(service::executePlan,
          ExecutePlanRequest.newBuilder().setSessionId(id).setUserContext(ALICE).setOperationId(operation)
              .setPlan(Plan.newBuilder().setRoot(Relation.newBuilder().setSql(org.apache.spark.connect.proto.SQL
                  .newBuilder().setQuery("SELECT count(*) FROM range(100000000000) a")))).build()));
      long deadline = System.nanoTime() + 30_000_000_000L;
      while (!engine.runningOperations().contains(operation) && System.nanoTime() < deadline) {
        Thread.sleep(10);
      }
      Thread.sleep(600);
      assertThat(engine.runningOperations()).contains(operation);
      assertThat(engine.hasSession(new SessionKey("alice", id).id())).isTrue();
      engine.session(new SessionKey("alice", id).id()).cancel(operation);
      assertThatThrownBy(() -> running.get(30, java.util.concurrent.TimeUnit.SECONDS)).isNotNull();
    }
  }

  @Test
  void aReleasedSessionIsNotStartedAgainAndWithoutTheConfNoneExpires() throws Exception {
    try (EmberEngine engine = EmberEngine.start(Map.of()); EmberConnectService service = new EmberConnectService(engine)) {
      String id = UUID.randomUUID().toString();
      touch(service, id);
      single(service::releaseSession, ReleaseSessionRequest.newBuilder().setSessionId(id).setUserContext(ALICE).build());
      assertThatThrownBy(() -> touch(service, id)).isInstanceOfSatisfying(ServiceCalls.CallFailed.class,
          failed -> assertThat(failed.errorClass).isEqualTo("INVALID_HANDLE.SESSION_CLOSED"));
      String kept = UUID.randomUUID().toString();
      touch(service, kept);
      Thread.sleep(300);
      touch(service, kept);
    }
  }

  private static void touch(EmberConnectService service, String id) {
    single(service::config, ConfigRequest.newBuilder().setSessionId(id).setUserContext(ALICE)
        .setOperation(ConfigRequest.Operation.newBuilder().setGetAll(ConfigRequest.GetAll.getDefaultInstance()))
        .build());
  }
}
