package dev.ember.connect;

import org.sparkproject.io.grpc.stub.ServerCallStreamObserver;
import org.sparkproject.io.grpc.stub.StreamObserver;

/**
 * Keeps several messages of a client stream requested at once (gRPC asks for one at a time, handing each
 * message from the transport to a request thread and back): an upload of many small artifact chunks then
 * arrives in runs instead of one thread hand-off per message.
 */
final class InboundWindow {
  /** Messages requested ahead of the one being handled. */
  static final int MESSAGES = 64;

  private final ServerCallStreamObserver<?> call;

  private InboundWindow(ServerCallStreamObserver<?> call) {
    this.call = call;
  }

  /** Takes over the inbound flow control of the call {@code responses} answers; call before returning its observer. */
  static InboundWindow open(StreamObserver<?> responses) {
    if (!(responses instanceof ServerCallStreamObserver<?> call)) {
      return new InboundWindow(null);
    }
    call.disableAutoRequest();
    call.request(MESSAGES);
    return new InboundWindow(call);
  }

  /** One message handled: request the next. */
  void consumed() {
    if (call != null) {
      call.request(1);
    }
  }
}
