package dev.ember.connect;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ember.plan.errors.EmberException;
import dev.ember.plan.errors.SparkErrors;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.spark.connect.proto.FetchErrorDetailsResponse;
import org.sparkproject.com.google.protobuf.Any;
import org.sparkproject.com.google.rpc.ErrorInfo;
import org.sparkproject.io.grpc.StatusRuntimeException;
import org.sparkproject.io.grpc.protobuf.StatusProto;

/**
 * Encodes errors as Spark's server does: gRPC INTERNAL with a {@code google.rpc.ErrorInfo} (exception
 * class hierarchy, error class, SQLSTATE, message parameters, error id), and keeps each error for
 * {@code FetchErrorDetails}.
 */
final class ErrorEncoder {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int MAX_KEPT_ERRORS = 1000;

  private final Map<String, EmberException> errorsById = new ConcurrentHashMap<>();

  StatusRuntimeException encode(Throwable failure) {
    EmberException error = asSparkError(failure);
    String errorId = UUID.randomUUID().toString();
    if (errorsById.size() >= MAX_KEPT_ERRORS) {
      errorsById.clear();
    }
    errorsById.put(errorId, error);
    ErrorInfo.Builder info = ErrorInfo.newBuilder()
        .setReason(error.kind().exceptionClass())
        .setDomain("org.apache.spark")
        .putMetadata("classes", json(classes(error)))
        .putMetadata("errorId", errorId);
    if (error.hasErrorClass()) {
      info.putMetadata("errorClass", error.errorClass())
          .putMetadata("messageParameters", json(error.orderedMessageParameters()));
    }
    if (error.sqlState() != null) {
      info.putMetadata("sqlState", error.sqlState());
    }
    org.sparkproject.com.google.rpc.Status status = org.sparkproject.com.google.rpc.Status.newBuilder()
        .setCode(org.sparkproject.io.grpc.Status.Code.INTERNAL.value())
        .setMessage(SqlQueryContexts.message(error))
        .addDetails(Any.pack(info.build()))
        .build();
    return StatusProto.toStatusRuntimeException(status);
  }

  FetchErrorDetailsResponse.Builder details(String errorId) {
    FetchErrorDetailsResponse.Builder response = FetchErrorDetailsResponse.newBuilder();
    EmberException error = errorsById.remove(errorId);
    if (error == null) {
      return response;
    }
    return response.setRootErrorIdx(0).addErrors(errorDetails(error));
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

  static EmberException asSparkError(Throwable failure) {
    if (failure instanceof EmberException ember) {
      return ember;
    }
    return SparkErrors.internal("Ember failed unexpectedly: " + failure);
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
