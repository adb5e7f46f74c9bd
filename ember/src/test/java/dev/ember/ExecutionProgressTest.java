package dev.ember;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.spark.connect.proto.ExecutePlanRequest;
import org.apache.spark.connect.proto.ExecutePlanResponse;
import org.apache.spark.connect.proto.Plan;
import org.apache.spark.connect.proto.Relation;
import org.apache.spark.connect.proto.SQL;
import org.apache.spark.connect.proto.SparkConnectServiceGrpc;
import org.apache.spark.connect.proto.UserContext;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.connect.client.SparkResult;
import org.apache.spark.sql.connect.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.sparkproject.io.grpc.Context;
import org.sparkproject.io.grpc.ManagedChannel;
import org.sparkproject.io.grpc.netty.NettyChannelBuilder;

/** ExecutionProgress responses from DuckDB's query progress, as the official client reads them. */
class ExecutionProgressTest {
  /** A query DuckDB needs a while for (a second or more here, reported every 20 ms), reading the rows of its range. */
  private static final String SLOW = "SELECT sum(id * id % 7) AS s FROM range(200000000)";
  private static EmberServer server;

  @BeforeAll
  static void start() {
    server = EmberServer.start("127.0.0.1", 0, Map.of());
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  @Timeout(300)
  void aLongQuerysResultCarriesItsProgress() {
    SparkSession spark = (SparkSession) org.apache.spark.sql.SparkSession.builder().remote(server.remoteUrl()).create();
    try {
      spark.conf().set("spark.connect.progress.reportInterval", "20ms");
      SparkResult<Row> result = spark.sql(SLOW).collectResult();
      assertThat(result.length()).isEqualTo(1);
      // the last report: the one stage done, every row of the range read
      var stages = scala.jdk.javaapi.CollectionConverters.asJava(result.progress().stages());
      assertThat(stages).hasSize(1);
      assertThat(stages.get(0).numTasks()).isGreaterThanOrEqualTo(200_000_000L);
      assertThat(stages.get(0).completedTasks()).isEqualTo(stages.get(0).numTasks());
      assertThat(stages.get(0).completed()).isTrue();
      result.close();
    } finally {
      spark.close();
    }
  }

  @Test
  @Timeout(300)
  void reportsComeWhileTheQueryRunsAndGrow() {
    ManagedChannel channel = NettyChannelBuilder.forAddress("127.0.0.1", server.port()).usePlaintext().build();
    Context.CancellableContext call = Context.current().withCancellation();
    try {
      String session = UUID.randomUUID().toString();
      UserContext user = UserContext.newBuilder().setUserId("progress").build();
      SparkConnectServiceGrpc.newBlockingStub(channel).config(org.apache.spark.connect.proto.ConfigRequest.newBuilder()
          .setSessionId(session).setUserContext(user)
          .setOperation(org.apache.spark.connect.proto.ConfigRequest.Operation.newBuilder().setSet(
              org.apache.spark.connect.proto.ConfigRequest.Set.newBuilder().addPairs(
                  org.apache.spark.connect.proto.KeyValue.newBuilder()
                      .setKey("spark.connect.progress.reportInterval").setValue("20ms"))))
          .build());
      ExecutePlanRequest request = ExecutePlanRequest.newBuilder().setSessionId(session)
          .setUserContext(user)
          .setOperationId(UUID.randomUUID().toString())
          .setPlan(Plan.newBuilder().setRoot(Relation.newBuilder().setSql(SQL.newBuilder().setQuery(SLOW))))
          .addRequestOptions(ExecutePlanRequest.RequestOption.newBuilder().setReattachOptions(
              org.apache.spark.connect.proto.ReattachOptions.newBuilder().setReattachable(true)))
          .build();
      List<ExecutePlanResponse> responses = new ArrayList<>();
      call.run(() -> {
        Iterator<ExecutePlanResponse> stream = SparkConnectServiceGrpc.newBlockingStub(channel).executePlan(request);
        stream.forEachRemaining(responses::add);
      });
      List<ExecutePlanResponse.ExecutionProgress> progress = responses.stream()
          .filter(ExecutePlanResponse::hasExecutionProgress).map(ExecutePlanResponse::getExecutionProgress).toList();
      // reports while it ran, the rows read growing, then the last one done
      assertThat(progress).hasSizeGreaterThan(1);
      long previous = -1;
      for (ExecutePlanResponse.ExecutionProgress report : progress) {
        assertThat(report.getStagesList()).hasSize(1);
        long completed = report.getStages(0).getNumCompletedTasks();
        assertThat(completed).isGreaterThanOrEqualTo(previous).isLessThanOrEqualTo(report.getStages(0).getNumTasks());
        previous = completed;
      }
      assertThat(progress.get(progress.size() - 1).getStages(0).getDone()).isTrue();
      assertThat(progress.subList(0, progress.size() - 1)).allSatisfy(report ->
          assertThat(report.getStages(0).getDone()).isFalse());
      // every response of the stream, progress included, names the operation; result_complete is the last
      assertThat(responses).allSatisfy(response ->
          assertThat(response.getOperationId()).isEqualTo(request.getOperationId()));
      assertThat(responses.get(responses.size() - 1).hasResultComplete()).isTrue();
      assertThat(responses.stream().filter(ExecutePlanResponse::hasArrowBatch).count()).isEqualTo(1L);
    } finally {
      call.cancel(null);
      channel.shutdownNow();
    }
  }
}
