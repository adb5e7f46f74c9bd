package dev.ember.connect;

import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import org.apache.spark.connect.proto.ExecutePlanResponse;
import org.sparkproject.io.grpc.stub.ServerCallStreamObserver;
import org.sparkproject.io.grpc.stub.StreamObserver;

/**
 * Sends a result's responses no faster than the client takes them (gRPC's readiness), so that a
 * result produced faster than the client decodes it — DuckDB's Arrow export is — waits in DuckDB
 * instead of piling up in gRPC's buffers: memory stays bounded by a batch or two. Stops waiting
 * when the call or the operation is cancelled.
 *
 * <p>Readiness is polled (pauses from 10 µs growing to 1 ms, so that a slow reader costs no CPU):
 * gRPC runs a call's readiness handler on the call's serialized executor, which is busy running
 * this very {@code executePlan} until the result is sent.
 *
 * <p>Progress reports come from another thread ({@link #offer}): sends are serialized, and none follows
 * {@link #close}.
 */
final class PacedSender {
  private static final long FIRST_PAUSE_NANOS = 10_000;
  private static final long LONGEST_PAUSE_NANOS = 1_000_000;
  private final StreamObserver<ExecutePlanResponse> out;
  private final ServerCallStreamObserver<ExecutePlanResponse> call;
  private final BooleanSupplier operationCancelled;
  private boolean closed;

  PacedSender(StreamObserver<ExecutePlanResponse> out, BooleanSupplier operationCancelled) {
    this.out = out;
    this.operationCancelled = operationCancelled;
    this.call = out instanceof ServerCallStreamObserver<ExecutePlanResponse> serverCall ? serverCall : null;
  }

  void send(ExecutePlanResponse response) {
    long pause = FIRST_PAUSE_NANOS;
    while (call != null && !call.isReady() && !call.isCancelled() && !operationCancelled.getAsBoolean()
        && !Thread.currentThread().isInterrupted()) {
      LockSupport.parkNanos(pause);
      pause = Math.min(2 * pause, LONGEST_PAUSE_NANOS);
    }
    synchronized (this) {
      out.onNext(response);
    }
  }

  /** Sends a response only if the client takes it now and the stream is open (progress: one may be skipped). */
  synchronized boolean offer(java.util.function.Supplier<ExecutePlanResponse> response) {
    if (closed || call != null && (!call.isReady() || call.isCancelled())) {
      return false;
    }
    out.onNext(response.get());
    return true;
  }

  /** No offered response goes out after this (the stream's last responses follow). */
  synchronized void close() {
    closed = true;
  }
}
