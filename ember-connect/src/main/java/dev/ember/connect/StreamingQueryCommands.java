package dev.ember.connect;

import dev.ember.engine.EngineSession;
import dev.ember.engine.streaming.MicroBatchQuery;
import dev.ember.plan.errors.EmberException;
import dev.ember.plan.errors.ErrorKind;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.apache.spark.connect.proto.ExecutePlanResponse;
import org.apache.spark.connect.proto.StreamingQueryCommand;
import org.apache.spark.connect.proto.StreamingQueryCommandResult;
import org.apache.spark.connect.proto.StreamingQueryInstanceId;
import org.apache.spark.connect.proto.StreamingQueryManagerCommand;
import org.apache.spark.connect.proto.StreamingQueryManagerCommandResult;

/**
 * A {@code StreamingQuery}'s calls ({@code stop}, {@code isActive}/{@code status}, {@code awaitTermination},
 * {@code processAllAvailable}, {@code exception}) on a query of the session, answered as Spark's server answers them;
 * progress reports and explain are not supported yet. {@link #manage} answers {@code spark.streams}.
 */
final class StreamingQueryCommands {
  private StreamingQueryCommands() {
  }

  static void run(StreamingQueryCommand command, EngineSession session, Consumer<ExecutePlanResponse.Builder> send) {
    MicroBatchQuery query = find(command, session);
    StreamingQueryCommandResult.Builder result = StreamingQueryCommandResult.newBuilder()
        .setQueryId(command.getQueryId());
    switch (command.getCommandCase()) {
      case STOP -> query.stop();
      case STATUS -> {
        MicroBatchQuery.Status status = query.status();
        result.setStatus(StreamingQueryCommandResult.StatusResult.newBuilder().setStatusMessage(status.message())
            .setIsDataAvailable(status.dataAvailable()).setIsTriggerActive(status.triggerActive())
            .setIsActive(status.active()));
      }
      case AWAIT_TERMINATION -> {
        var await = command.getAwaitTermination();
        boolean terminated = query.awaitTermination(await.hasTimeoutMs() ? Optional.of(await.getTimeoutMs())
            : Optional.empty());
        result.setAwaitTermination(StreamingQueryCommandResult.AwaitTerminationResult.newBuilder()
            .setTerminated(terminated));
      }
      case PROCESS_ALL_AVAILABLE -> query.processAllAvailable();
      case EXCEPTION -> {
        var exception = StreamingQueryCommandResult.ExceptionResult.newBuilder();
        // as Spark's StreamingQueryException.toString: its class, the cause's message, the query's identifier
        query.cause().ifPresent(cause -> {
          String text = "org.apache.spark.sql.streaming.StreamingQueryException: " + cause.getMessage()
              + "\n=== Streaming Query ===\nIdentifier: [id = " + query.id() + ", runId = " + query.runId() + "]\n";
          exception.setExceptionMessage(text);
          exception.setErrorClass("STREAM_FAILED");
          exception.setStackTrace(text);
        });
        result.setException(exception);
      }
      case LAST_PROGRESS -> throw UnsupportedApi.named("StreamingQuery.lastProgress");
      case RECENT_PROGRESS -> throw UnsupportedApi.named("StreamingQuery.recentProgress");
      case EXPLAIN -> throw UnsupportedApi.named("StreamingQuery.explain");
      default -> throw UnsupportedApi.named("StreamingQuery");
    }
    send.accept(ExecutePlanResponse.newBuilder().setStreamingQueryCommandResult(result));
  }

  /**
   * {@code spark.streams.active} and {@code spark.streams.get(id)} (an active query, else none); awaiting any query
   * and listeners are not supported yet.
   */
  static void manage(StreamingQueryManagerCommand command, EngineSession session,
      Consumer<ExecutePlanResponse.Builder> send) {
    var result = StreamingQueryManagerCommandResult.newBuilder();
    switch (command.getCommandCase()) {
      case ACTIVE -> {
        var active = StreamingQueryManagerCommandResult.ActiveResult.newBuilder();
        session.streamingQueries().active().forEach(query -> active.addActiveQueries(instance(query)));
        result.setActive(active);
      }
      case GET_QUERY -> {
        Optional<MicroBatchQuery> query = session.streamingQueries().active().stream()
            .filter(candidate -> candidate.id().toString().equals(command.getGetQuery())).findFirst();
        query.ifPresent(found -> result.setQuery(instance(found)));
      }
      case AWAIT_ANY_TERMINATION -> throw UnsupportedApi.named("StreamingQueryManager.awaitAnyTermination");
      case RESET_TERMINATED -> throw UnsupportedApi.named("StreamingQueryManager.resetTerminated");
      default -> throw UnsupportedApi.named("StreamingQueryManager listeners");
    }
    send.accept(ExecutePlanResponse.newBuilder().setStreamingQueryManagerCommandResult(result));
  }

  private static StreamingQueryManagerCommandResult.StreamingQueryInstance instance(MicroBatchQuery query) {
    var instance = StreamingQueryManagerCommandResult.StreamingQueryInstance.newBuilder()
        .setId(StreamingQueryInstanceId.newBuilder().setId(query.id().toString())
            .setRunId(query.runId().toString()));
    query.name().ifPresent(instance::setName);
    return instance.build();
  }

  /** The session's query of the command's id and run id (Spark's CONNECT_INVALID_PLAN errors otherwise). */
  private static MicroBatchQuery find(StreamingQueryCommand command, EngineSession session) {
    String id = command.getQueryId().getId();
    Optional<MicroBatchQuery> query;
    try {
      query = session.streamingQueries().get(UUID.fromString(id));
    } catch (IllegalArgumentException notAnId) {
      query = Optional.empty();
    }
    if (query.isEmpty()) {
      throw new EmberException(ErrorKind.INVALID_PLAN_INPUT, "CONNECT_INVALID_PLAN.STREAMING_QUERY_NOT_FOUND",
          "56K00", "Streaming query " + id + " is not found", Map.of("id", id));
    }
    String runId = command.getQueryId().getRunId();
    if (!runId.equals(query.get().runId().toString())) {
      throw new EmberException(ErrorKind.INVALID_PLAN_INPUT, "CONNECT_INVALID_PLAN.STREAMING_QUERY_RUN_ID_MISMATCH",
          "56K00", "Run id mismatch for query id " + id + ". Run id in the request " + runId
              + " does not match one on the server " + query.get().runId() + ". The query might have restarted.",
          Map.of("id", id, "runId", runId, "serverRunId", query.get().runId().toString()));
    }
    return query.get();
  }
}
