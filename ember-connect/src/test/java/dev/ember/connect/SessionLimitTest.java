package dev.ember.connect;

import static dev.ember.connect.ServiceCalls.single;
import static dev.ember.connect.ServiceCalls.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ember.engine.EmberEngine;
import java.util.Map;
import java.util.UUID;
import org.apache.spark.connect.proto.ConfigRequest;
import org.apache.spark.connect.proto.ReleaseSessionRequest;
import org.junit.jupiter.api.Test;
import org.sparkproject.io.grpc.Status;
import org.sparkproject.io.grpc.StatusRuntimeException;

/** spark.ember.server.maxSessions: a server holds at most that many sessions; a closed one makes room. */
class SessionLimitTest {
  @Test
  void aSessionBeyondTheLimitIsRefusedUntilOneCloses() {
    try (EmberEngine engine = EmberEngine.start(Map.of());
        EmberConnectService service = new EmberConnectService(engine, Map.of(ConnectSessions.MAX_SESSIONS_CONF, "2"))) {
      String first = UUID.randomUUID().toString();
      touch(service, "alice", first);
      touch(service, "bob", first);
      touch(service, "alice", first);
      String third = UUID.randomUUID().toString();
      assertThatThrownBy(() -> touch(service, "carol", third)).isInstanceOfSatisfying(ServiceCalls.CallFailed.class,
          failed -> {
            StatusRuntimeException status = (StatusRuntimeException) failed.getCause();
            assertThat(status.getStatus().getCode()).isEqualTo(Status.Code.RESOURCE_EXHAUSTED);
            assertThat(status.getStatus().getDescription()).contains("maximum of 2 sessions")
                .contains(ConnectSessions.MAX_SESSIONS_CONF);
          });
      assertThat(engine.hasSession(new SessionKey("carol", third).id())).isFalse();
      single(service::releaseSession, ReleaseSessionRequest.newBuilder().setSessionId(first).setUserContext(user("bob"))
          .build());
      touch(service, "carol", third);
    }
  }

  @Test
  void anInvalidLimitIsSparksInvalidConfValue() {
    try (EmberEngine engine = EmberEngine.start(Map.of())) {
      assertThatThrownBy(() -> new EmberConnectService(engine, Map.of(ConnectSessions.MAX_SESSIONS_CONF, "many")))
          .isInstanceOfSatisfying(dev.ember.plan.errors.EmberException.class,
              error -> assertThat(error.errorClass()).isEqualTo("INVALID_CONF_VALUE.TYPE_MISMATCH"));
    }
  }

  private static void touch(EmberConnectService service, String userId, String id) {
    single(service::config, ConfigRequest.newBuilder().setSessionId(id).setUserContext(user(userId))
        .setOperation(ConfigRequest.Operation.newBuilder().setGetAll(ConfigRequest.GetAll.getDefaultInstance()))
        .build());
  }
}
