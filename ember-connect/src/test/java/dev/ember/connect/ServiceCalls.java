package dev.ember.connect;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.apache.spark.connect.proto.UserContext;
import org.sparkproject.com.google.rpc.ErrorInfo;
import org.sparkproject.io.grpc.StatusRuntimeException;
import org.sparkproject.io.grpc.protobuf.StatusProto;
import org.sparkproject.io.grpc.stub.StreamObserver;

/** Calls of {@link EmberConnectService} made directly (no channel), their answers or Spark's error class. */
final class ServiceCalls {
  private ServiceCalls() {
  }

  /** A failed call: its error class (the gRPC status's ErrorInfo metadata) and error id, if any. */
  static final class CallFailed extends RuntimeException {
    final String errorClass;
    final Optional<String> errorId;

    CallFailed(Throwable error) {
      super(error.getMessage(), error);
      ErrorInfo info = info(error);
      this.errorClass = info == null ? "" : info.getMetadataOrDefault("errorClass", "");
      this.errorId = info == null ? Optional.empty() : Optional.ofNullable(info.getMetadataOrDefault("errorId", null));
    }

    private static ErrorInfo info(Throwable error) {
      if (!(error instanceof StatusRuntimeException status)) {
        return null;
      }
      var proto = StatusProto.fromThrowable(status);
      if (proto == null) {
        return null;
      }
      for (var detail : proto.getDetailsList()) {
        if (detail.is(ErrorInfo.class)) {
          try {
            return detail.unpack(ErrorInfo.class);
          } catch (org.sparkproject.com.google.protobuf.InvalidProtocolBufferException e) {
            return null;
          }
        }
      }
      return null;
    }
  }

  static UserContext user(String id) {
    return UserContext.newBuilder().setUserId(id).build();
  }

  /** The responses of a call (unary or streamed), or {@link CallFailed}. */
  static <Q, R> List<R> call(BiConsumer<Q, StreamObserver<R>> method, Q request) {
    List<R> responses = new ArrayList<>();
    Throwable[] failure = {null};
    method.accept(request, new StreamObserver<>() {
      @Override
      public void onNext(R value) {
        responses.add(value);
      }

      @Override
      public void onError(Throwable error) {
        failure[0] = error;
      }

      @Override
      public void onCompleted() {
      }
    });
    if (failure[0] != null) {
      throw new CallFailed(failure[0]);
    }
    return responses;
  }

  static <Q, R> R single(BiConsumer<Q, StreamObserver<R>> method, Q request) {
    return call(method, request).get(0);
  }
}
