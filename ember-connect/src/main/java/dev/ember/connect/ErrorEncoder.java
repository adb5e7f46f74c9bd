package dev.ember.connect;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ember.engine.ConfNumbers;
import dev.ember.engine.SessionConf;
import dev.ember.plan.errors.EmberException;
import dev.ember.plan.errors.SparkErrors;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.spark.SparkThrowable;
import org.apache.spark.connect.proto.FetchErrorDetailsResponse;
import org.sparkproject.com.google.protobuf.Any;
import org.sparkproject.com.google.rpc.ErrorInfo;
import org.sparkproject.io.grpc.StatusRuntimeException;
import org.sparkproject.io.grpc.protobuf.StatusProto;

/**
 * Encodes errors as Spark's server does (its {@code ErrorUtils}): gRPC INTERNAL with a {@code google.rpc.ErrorInfo}
 * (exception class hierarchy, error class, SQLSTATE, message parameters when they fit in
 * {@code spark.connect.grpc.maxMetadataSize}, the error's id when the session enriches errors) and a message cut
 * to 2,048 characters; keeps each error for {@code FetchErrorDetails}, which answers with the error and its causes
 * (at most five), each with its stack trace when {@code spark.sql.connect.serverStacktrace.enabled}.
 */
final class ErrorEncoder {
  static final String MAX_METADATA_SIZE = "spark.connect.grpc.maxMetadataSize";
  private static final String ENRICH_ERROR = "spark.sql.connect.enrichError.enabled";
  private static final String SERVER_STACK_TRACE = "spark.sql.connect.serverStacktrace.enabled";
  private static final String JVM_STACK_TRACE = "spark.sql.pyspark.jvmStacktrace.enabled";
  private static final String JVM_STACK_TRACE_MAX_SIZE = "spark.connect.jvmStacktrace.maxSize";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int MAX_KEPT_ERRORS = 1000;
  private static final int MAX_MESSAGE_LENGTH = 2048;
  private static final int MAX_ERROR_CHAIN_LENGTH = 5;

  /** An error kept for {@code FetchErrorDetails}, with whether its session asked for server stack traces. */
  private record Kept(EmberException error, boolean stackTraces, SessionKey owner) {
  }

  private final Map<String, Kept> errorsById = new ConcurrentHashMap<>();
  private final long maxMetadataSize;
  private final long jvmStackTraceMaxSize;

  ErrorEncoder(Map<String, String> serverConf) {
    this.maxMetadataSize = ConfNumbers.bytes(MAX_METADATA_SIZE, serverConf.getOrDefault(MAX_METADATA_SIZE, "1024b"));
    this.jvmStackTraceMaxSize = ConfNumbers.integer(JVM_STACK_TRACE_MAX_SIZE,
        serverConf.getOrDefault(JVM_STACK_TRACE_MAX_SIZE, "1024"));
  }

  /** {@code failure} as its session's confs (if the session is known) ask Spark to report it. */
  StatusRuntimeException encode(Throwable failure, Optional<ConnectSessions.ConnectSession> session) {
    if (failure instanceof StatusRuntimeException status) {
      return status; // a gRPC status of the server's own (RESOURCE_EXHAUSTED: no more sessions), not a Spark error
    }
    Optional<SessionConf> conf = session.map(known -> known.engine().conf());
    EmberException error = asSparkError(failure);
    ErrorInfo.Builder info = ErrorInfo.newBuilder()
        .setReason(error.kind().exceptionClass())
        .setDomain("org.apache.spark")
        .putMetadata("classes", json(classes(error)));
    if (error.sqlState() != null && !error.sqlState().isEmpty()) {
      info.putMetadata("sqlState", error.sqlState());
    }
    if (error.hasErrorClass()) {
      String parameters = json(error.orderedMessageParameters());
      if (parameters.length() <= maxMetadataSize) {
        info.putMetadata("errorClass", error.errorClass()).putMetadata("messageParameters", parameters);
      }
    }
    // kept for its own session's FetchErrorDetails only, as Spark keeps it in the session's holder
    if (session.isPresent() && enabled(conf, ENRICH_ERROR, true)) {
      String errorId = UUID.randomUUID().toString();
      if (errorsById.size() >= MAX_KEPT_ERRORS) {
        errorsById.clear();
      }
      errorsById.put(errorId, new Kept(error, enabled(conf, SERVER_STACK_TRACE, true),
          session.get().key()));
      info.putMetadata("errorId", errorId);
    }
    if (enabled(conf, JVM_STACK_TRACE, false)) {
      info.putMetadata("stackTrace", abbreviate(stackTraceText(error), (int) Math.min(jvmStackTraceMaxSize,
          maxMetadataSize)));
    }
    org.sparkproject.com.google.rpc.Status status = org.sparkproject.com.google.rpc.Status.newBuilder()
        .setCode(org.sparkproject.io.grpc.Status.Code.INTERNAL.value())
        .setMessage(abbreviate(SqlQueryContexts.message(error), MAX_MESSAGE_LENGTH))
        .addDetails(Any.pack(info.build()))
        .build();
    return StatusProto.toStatusRuntimeException(status);
  }

  /** The error of this id if the session of {@code key} raised it (once: it is forgotten then), else nothing. */
  FetchErrorDetailsResponse.Builder details(String errorId, SessionKey key) {
    FetchErrorDetailsResponse.Builder response = FetchErrorDetailsResponse.newBuilder();
    Kept[] taken = {null};
    errorsById.computeIfPresent(errorId, (id, error) -> {
      if (!error.owner().equals(key)) {
        return error;
      }
      taken[0] = error;
      return null;
    });
    Kept kept = taken[0];
    if (kept == null) {
      return response;
    }
    response.setRootErrorIdx(0);
    Throwable current = kept.error();
    while (current != null && response.getErrorsCount() < MAX_ERROR_CHAIN_LENGTH) {
      FetchErrorDetailsResponse.Error.Builder details = current instanceof EmberException ember
          ? errorDetails(ember) : causeDetails(current);
      if (kept.stackTraces()) {
        for (StackTraceElement element : current.getStackTrace()) {
          FetchErrorDetailsResponse.StackTraceElement.Builder frame = FetchErrorDetailsResponse.StackTraceElement
              .newBuilder().setDeclaringClass(element.getClassName()).setMethodName(element.getMethodName())
              .setLineNumber(element.getLineNumber());
          if (element.getFileName() != null) {
            frame.setFileName(element.getFileName());
          }
          details.addStackTrace(frame);
        }
      }
      int causeIndex = response.getErrorsCount() + 1;
      if (causeIndex < MAX_ERROR_CHAIN_LENGTH && current.getCause() != null) {
        details.setCauseIdx(causeIndex);
      }
      response.addErrors(details);
      current = current.getCause();
    }
    return response;
  }

  /** An error as {@code FetchErrorDetails} and a failed observation's metrics describe it. */
  static FetchErrorDetailsResponse.Error.Builder errorDetails(EmberException error) {
    FetchErrorDetailsResponse.Error.Builder details = FetchErrorDetailsResponse.Error.newBuilder()
        .addAllErrorTypeHierarchy(classes(error))
        .setMessage(SqlQueryContexts.message(error));
    if (error.hasErrorClass()) {
      FetchErrorDetailsResponse.SparkThrowable.Builder throwable = FetchErrorDetailsResponse.SparkThrowable
          .newBuilder()
          .setErrorClass(error.errorClass())
          .putAllMessageParameters(error.orderedMessageParameters());
      if (error.sqlState() != null) {
        throwable.setSqlState(error.sqlState());
      }
      error.queryContext().forEach(origin -> throwable.addQueryContexts(SqlQueryContexts.proto(origin)));
      details.setSparkThrowable(throwable);
    }
    return details;
  }

  /** A cause of an error (what user code threw): its own classes, message and, if it is one, Spark's error. */
  private static FetchErrorDetailsResponse.Error.Builder causeDetails(Throwable cause) {
    List<String> classes = new ArrayList<>();
    for (Class<?> type = cause.getClass(); type != null; type = type.getSuperclass()) {
      classes.add(type.getName());
    }
    FetchErrorDetailsResponse.Error.Builder details = FetchErrorDetailsResponse.Error.newBuilder()
        .addAllErrorTypeHierarchy(classes)
        .setMessage(String.valueOf(cause.getMessage()));
    if (cause instanceof SparkThrowable spark) {
      FetchErrorDetailsResponse.SparkThrowable.Builder throwable = FetchErrorDetailsResponse.SparkThrowable
          .newBuilder();
      if (spark.getCondition() != null) {
        throwable.setErrorClass(spark.getCondition());
      }
      if (spark.getSqlState() != null) {
        throwable.setSqlState(spark.getSqlState());
      }
      if (spark.getMessageParameters() != null) {
        throwable.putAllMessageParameters(spark.getMessageParameters());
      }
      details.setSparkThrowable(throwable);
    }
    return details;
  }

  static EmberException asSparkError(Throwable failure) {
    if (failure instanceof EmberException ember) {
      return ember;
    }
    return SparkErrors.internal("Ember failed unexpectedly: " + failure);
  }

  private static boolean enabled(Optional<SessionConf> conf, String key, boolean fallback) {
    return conf.flatMap(values -> values.get(key)).map(Boolean::parseBoolean).orElse(fallback);
  }

  /** Commons Lang's {@code StringUtils.abbreviate}, as Spark cuts long texts: the start and "...". */
  static String abbreviate(String text, int maxLength) {
    if (text == null || text.length() <= maxLength) {
      return text == null ? "null" : text;
    }
    return text.substring(0, Math.max(0, maxLength - 3)) + "...";
  }

  private static String stackTraceText(Throwable error) {
    StringWriter text = new StringWriter();
    error.printStackTrace(new PrintWriter(text));
    return text.toString();
  }

  private static List<String> classes(EmberException error) {
    List<String> classes = new ArrayList<>(error.kind().classHierarchy());
    classes.add("java.lang.Throwable");
    classes.add("java.lang.Object");
    return classes;
  }

  private static String json(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot encode error metadata", e);
    }
  }
}
