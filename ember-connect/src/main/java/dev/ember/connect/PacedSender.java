package dev.ember.connect;

import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import org.apache.spark.connect.proto.ExecutePlanResponse;
import org.sparkproject.io.grpc.stub.ServerCallStreamObserver;
import org.sparkproject.io.grpc.stub.StreamObserver;

/**
 * Sends a result's responses no faster than the client takes them (gRPC's readiness), so that a
 * result produced faster than the client decodes it — DuckDB's Arrow export is — waits in DuckDB
 * instead of piling up in gRPC's buffers: memory stays bounded by a batch or two. Up to {@link
 * #UNTAKEN_BYTES} may go out before the client took the previous responses (the client takes one at a time: a small
 * result's schema, rows and end need not wait for its thread between them). Stops waiting when the call or the
 * operation is cancelled.
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
  /** How many bytes of responses may wait in gRPC for the client to take them. */
  static final long UNTAKEN_BYTES = 1L << 20;
  private final StreamObserver<ExecutePlanResponse> out;
  private final ServerCallStreamObserver<ExecutePlanResponse> call;
  private final BooleanSupplier operationCancelled;
  private boolean closed;
  /** The bytes sent since the client had last taken every response (the sending thread's own count). */
  private long untakenBytes;

  PacedSender(StreamObserver<ExecutePlanResponse> out, BooleanSupplier operationCancelled) {
    this.out = out;
    this.operationCancelled = operationCancelled;
    this.call = out instanceof ServerCallStreamObserver<ExecutePlanResponse> serverCall ? serverCall : null;
  }

  void send(ExecutePlanResponse response) {
    long size = response.getSerializedSize();
    long pause = FIRST_PAUSE_NANOS;
    while (call != null && !call.isReady() && untakenBytes + size > UNTAKEN_BYTES && !call.isCancelled()
        && !operationCancelled.getAsBoolean() && !Thread.currentThread().isInterrupted()) {
      LockSupport.parkNanos(pause);
      pause = Math.min(2 * pause, LONGEST_PAUSE_NANOS);
    }
    if (call == null || call.isReady()) {
      untakenBytes = 0;
    }
    untakenBytes += size;
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
