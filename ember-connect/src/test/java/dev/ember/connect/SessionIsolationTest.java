package dev.ember.connect;

import static dev.ember.connect.ServiceCalls.call;
import static dev.ember.connect.ServiceCalls.single;
import static dev.ember.connect.ServiceCalls.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ember.engine.EmberEngine;
import java.util.Map;
import java.util.UUID;
import org.apache.spark.connect.proto.AddArtifactsRequest;
import org.apache.spark.connect.proto.AnalyzePlanRequest;
import org.apache.spark.connect.proto.ArtifactStatusesRequest;
import org.apache.spark.connect.proto.CloneSessionRequest;
import org.apache.spark.connect.proto.Command;
import org.apache.spark.connect.proto.ConfigRequest;
import org.apache.spark.connect.proto.ExecutePlanRequest;
import org.apache.spark.connect.proto.FetchErrorDetailsRequest;
import org.apache.spark.connect.proto.InterruptRequest;
import org.apache.spark.connect.proto.KeyValue;
import org.apache.spark.connect.proto.Plan;
import org.apache.spark.connect.proto.Read;
import org.apache.spark.connect.proto.ReattachExecuteRequest;
import org.apache.spark.connect.proto.Relation;
import org.apache.spark.connect.proto.ReleaseExecuteRequest;
import org.apache.spark.connect.proto.ReleaseSessionRequest;
import org.apache.spark.connect.proto.SqlCommand;
import org.apache.spark.connect.proto.UserContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Sessions belong to their user, as Spark's SessionKey(userId, sessionId): the same session id sent by another user
 * reaches none of the first user's state, in any RPC.
 */
class SessionIsolationTest {
  private static final UserContext ALICE = user("alice");
  private static final UserContext MALLORY = user("mallory");
  private static EmberEngine engine;
  private static EmberConnectService service;

  @BeforeAll
  static void start() {
    engine = EmberEngine.start(Map.of());
    service = new EmberConnectService(engine);
  }

  @AfterAll
  static void stop() {
    service.close();
    engine.close();
  }

  @Test
  void anotherUsersConfIsNotSeenNorChanged() {
    String id = UUID.randomUUID().toString();
    setConf(ALICE, id, "spark.sql.session.timeZone", "Asia/Tokyo");
    assertThat(getConf(MALLORY, id, "spark.sql.session.timeZone")).isNotEqualTo("Asia/Tokyo");
    setConf(MALLORY, id, "spark.sql.session.timeZone", "Europe/Paris");
    assertThat(getConf(ALICE, id, "spark.sql.session.timeZone")).isEqualTo("Asia/Tokyo");
  }

  @Test
  void anotherUsersTempViewsAreNotFoundAndTheServerSideIdsDiffer() {
    String id = UUID.randomUUID().toString();
    sql(ALICE, id, "CREATE TEMPORARY VIEW secret AS SELECT 42 AS answer");
    assertThat(schema(ALICE, id, "secret")).contains("answer");
    assertThatThrownBy(() -> schema(MALLORY, id, "secret")).isInstanceOfSatisfying(ServiceCalls.CallFailed.class,
        failed -> assertThat(failed.errorClass).isEqualTo("TABLE_OR_VIEW_NOT_FOUND"));
    assertThat(serverSideId(ALICE, id)).isNotEqualTo(serverSideId(MALLORY, id));
  }

  @Test
  void releasingAndCloningAnotherUsersIdTouchOnlyTheCallersOwn() {
    String id = UUID.randomUUID().toString();
    sql(ALICE, id, "CREATE TEMPORARY VIEW kept AS SELECT 1 AS x");
    var cloned = single(service::cloneSession, CloneSessionRequest.newBuilder().setSessionId(id)
        .setUserContext(MALLORY).build());
    assertThatThrownBy(() -> schema(MALLORY, cloned.getNewSessionId(), "kept"))
        .isInstanceOfSatisfying(ServiceCalls.CallFailed.class,
            failed -> assertThat(failed.errorClass).isEqualTo("TABLE_OR_VIEW_NOT_FOUND"));
    assertThatThrownBy(() -> schema(ALICE, cloned.getNewSessionId(), "kept"))
        .as("the clone is Mallory's, not Alice's").isInstanceOf(ServiceCalls.CallFailed.class);
    single(service::releaseSession, ReleaseSessionRequest.newBuilder().setSessionId(id).setUserContext(MALLORY)
        .build());
    assertThat(schema(ALICE, id, "kept")).contains("x");
  }

  @Test
  void releaseExecuteAndReattachNeedTheCallersOwnSession() {
    String id = UUID.randomUUID().toString();
    setConf(ALICE, id, "spark.sql.ansi.enabled", "true");
    ReleaseExecuteRequest.Builder release = ReleaseExecuteRequest.newBuilder().setSessionId(id)
        .setOperationId(UUID.randomUUID().toString())
        .setReleaseAll(ReleaseExecuteRequest.ReleaseAll.getDefaultInstance());
    assertThat(single(service::releaseExecute, release.setUserContext(ALICE).build()).getSessionId()).isEqualTo(id);
    assertThatThrownBy(() -> single(service::releaseExecute, release.setUserContext(MALLORY).build()))
        .isInstanceOfSatisfying(ServiceCalls.CallFailed.class,
            failed -> assertThat(failed.errorClass).isEqualTo("INVALID_HANDLE.SESSION_NOT_FOUND"));
    assertThatThrownBy(() -> call(service::reattachExecute, ReattachExecuteRequest.newBuilder().setSessionId(id)
        .setUserContext(MALLORY).setOperationId(UUID.randomUUID().toString()).build()))
        .isInstanceOfSatisfying(ServiceCalls.CallFailed.class,
            failed -> assertThat(failed.errorClass).isEqualTo("INVALID_HANDLE.SESSION_NOT_FOUND"));
    single(service::releaseSession, ReleaseSessionRequest.newBuilder().setSessionId(id).setUserContext(ALICE).build());
    assertThatThrownBy(() -> single(service::releaseExecute, release.setUserContext(ALICE).build()))
        .isInstanceOfSatisfying(ServiceCalls.CallFailed.class,
            failed -> assertThat(failed.errorClass).isEqualTo("INVALID_HANDLE.SESSION_CLOSED"));
  }

  @Test
  void errorDetailsAreTheirSessionsOnly() {
    String id = UUID.randomUUID().toString();
    ServiceCalls.CallFailed failed = (ServiceCalls.CallFailed) org.assertj.core.api.Assertions.catchThrowable(
        () -> schema(ALICE, id, "no_such_view"));
    String errorId = failed.errorId.orElseThrow();
    FetchErrorDetailsRequest.Builder fetch = FetchErrorDetailsRequest.newBuilder().setSessionId(id)
        .setErrorId(errorId);
    assertThat(single(service::fetchErrorDetails, fetch.setUserContext(MALLORY).build()).getErrorsCount()).isZero();
    assertThat(single(service::fetchErrorDetails, fetch.setUserContext(ALICE).build()).getErrors(0).getMessage())
        .contains("no_such_view");
  }

  @Test
  void artifactsAreTheirSessionsOnly() {
    String id = UUID.randomUUID().toString();
    byte[] data = "hello".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    java.util.zip.CRC32 crc = new java.util.zip.CRC32();
    crc.update(data);
    var upload = service.addArtifacts(new org.sparkproject.io.grpc.stub.StreamObserver<>() {
      @Override
      public void onNext(org.apache.spark.connect.proto.AddArtifactsResponse value) {
      }

      @Override
      public void onError(Throwable t) {
        throw new AssertionError(t);
      }

      @Override
      public void onCompleted() {
      }
    });
    upload.onNext(AddArtifactsRequest.newBuilder().setSessionId(id).setUserContext(ALICE)
        .setBatch(AddArtifactsRequest.Batch.newBuilder().addArtifacts(AddArtifactsRequest.SingleChunkArtifact
            .newBuilder().setName("cache/abc").setData(AddArtifactsRequest.ArtifactChunk.newBuilder()
                .setData(org.sparkproject.com.google.protobuf.ByteString.copyFrom(data)).setCrc(crc.getValue()))))
        .build());
    upload.onCompleted();
    ArtifactStatusesRequest.Builder status = ArtifactStatusesRequest.newBuilder().setSessionId(id).addNames("cache/abc");
    assertThat(single(service::artifactStatus, status.setUserContext(ALICE).build()).getStatusesMap()
        .get("cache/abc").getExists()).isTrue();
    assertThat(single(service::artifactStatus, status.setUserContext(MALLORY).build()).getStatusesMap()
        .get("cache/abc").getExists()).isFalse();
  }

  @Test
  void anInterruptReachesOnlyTheCallersOwnOperations() throws Exception {
    String id = UUID.randomUUID().toString();
    String operation = UUID.randomUUID().toString();
    java.util.concurrent.CompletableFuture<Object> running = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
      try {
        return call(service::executePlan, ExecutePlanRequest.newBuilder().setSessionId(id).setUserContext(ALICE)
            .setOperationId(operation).addTags("t").setPlan(Plan.newBuilder().setRoot(Relation.newBuilder().setSql(
                org.apache.spark.connect.proto.SQL.newBuilder().setQuery(
                    "SELECT count(*) FROM range(100000000000) a"))))
            .build());
      } catch (ServiceCalls.CallFailed failed) {
        return failed;
      }
    });
    long deadline = System.nanoTime() + 30_000_000_000L;
    while (!engine.runningOperations().contains(operation) && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    assertThat(engine.runningOperations()).contains(operation);
    for (InterruptRequest.Builder interrupt : java.util.List.of(
        InterruptRequest.newBuilder().setInterruptType(InterruptRequest.InterruptType.INTERRUPT_TYPE_ALL),
        InterruptRequest.newBuilder().setInterruptType(InterruptRequest.InterruptType.INTERRUPT_TYPE_TAG)
            .setOperationTag("t"),
        InterruptRequest.newBuilder().setInterruptType(InterruptRequest.InterruptType.INTERRUPT_TYPE_OPERATION_ID)
            .setOperationId(operation))) {
      assertThat(single(service::interrupt, interrupt.setSessionId(id).setUserContext(MALLORY).build())
          .getInterruptedIdsList()).isEmpty();
    }
    Thread.sleep(200);
    assertThat(running).isNotDone();
    assertThat(single(service::interrupt, InterruptRequest.newBuilder().setSessionId(id).setUserContext(ALICE)
        .setInterruptType(InterruptRequest.InterruptType.INTERRUPT_TYPE_OPERATION_ID).setOperationId(operation)
        .build()).getInterruptedIdsList()).containsExactly(operation);
    assertThat(running.get(30, java.util.concurrent.TimeUnit.SECONDS))
        .isInstanceOfSatisfying(ServiceCalls.CallFailed.class,
            failed -> assertThat(failed.errorClass).isEqualTo("OPERATION_CANCELED"));
  }

  @Test
  void aSessionIdThatIsNoUuidIsAnInvalidHandle() {
    assertThatThrownBy(() -> setConf(ALICE, "not-a-uuid", "spark.sql.ansi.enabled", "true"))
        .isInstanceOfSatisfying(ServiceCalls.CallFailed.class, failed -> {
          assertThat(failed.errorClass).isEqualTo("INVALID_HANDLE.FORMAT");
          assertThat(failed.getMessage()).contains("The handle not-a-uuid is invalid. Handle must be an UUID string");
        });
  }

  private static void setConf(UserContext user, String id, String key, String value) {
    single(service::config, ConfigRequest.newBuilder().setSessionId(id).setUserContext(user)
        .setOperation(ConfigRequest.Operation.newBuilder().setSet(ConfigRequest.Set.newBuilder()
            .addPairs(KeyValue.newBuilder().setKey(key).setValue(value)))).build());
  }

  private static String getConf(UserContext user, String id, String key) {
    return single(service::config, ConfigRequest.newBuilder().setSessionId(id).setUserContext(user)
        .setOperation(ConfigRequest.Operation.newBuilder().setGet(ConfigRequest.Get.newBuilder().addKeys(key)))
        .build()).getPairs(0).getValue();
  }

  private static String serverSideId(UserContext user, String id) {
    return single(service::config, ConfigRequest.newBuilder().setSessionId(id).setUserContext(user)
        .setOperation(ConfigRequest.Operation.newBuilder().setGetAll(ConfigRequest.GetAll.getDefaultInstance()))
        .build()).getServerSideSessionId();
  }

  private static void sql(UserContext user, String id, String text) {
    call(service::executePlan, ExecutePlanRequest.newBuilder().setSessionId(id).setUserContext(user)
        .setPlan(Plan.newBuilder().setCommand(Command.newBuilder().setSqlCommand(SqlCommand.newBuilder()
            .setSql(text)))).build());
  }

  private static String schema(UserContext user, String id, String view) {
    return single(service::analyzePlan, AnalyzePlanRequest.newBuilder().setSessionId(id).setUserContext(user)
        .setSchema(AnalyzePlanRequest.Schema.newBuilder().setPlan(Plan.newBuilder().setRoot(Relation.newBuilder()
            .setRead(Read.newBuilder().setNamedTable(Read.NamedTable.newBuilder().setUnparsedIdentifier(view))))))
        .build()).getSchema().getSchema().toString();
  }
}
