package dev.ember.connect;

import dev.ember.engine.ConfNumbers;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.sparkproject.com.google.protobuf.Message;
import org.sparkproject.io.grpc.MethodDescriptor;
import org.sparkproject.io.grpc.ServerMethodDefinition;
import org.sparkproject.io.grpc.ServerServiceDefinition;
import org.sparkproject.io.grpc.protobuf.ProtoUtils;

/**
 * The limits a Spark Connect server puts on requests, from the server's confs as Spark reads them:
 * {@code spark.connect.grpc.marshallerRecursionLimit} (how deeply a plan may nest, 1024 by default)
 * and {@code spark.connect.grpc.maxInboundMessageSize} (128 MiB). Requests run on threads whose stack
 * holds a plan that deep through translation, analysis and SQL generation.
 */
public record GrpcLimits(int recursionLimit, int maxInboundMessageSize) {
  public static final String RECURSION_LIMIT = "spark.connect.grpc.marshallerRecursionLimit";
  public static final String MAX_INBOUND_MESSAGE_SIZE = "spark.connect.grpc.maxInboundMessageSize";
  /** Stack for a request thread: reserved, not committed, until a deep plan uses it. */
  private static final long REQUEST_STACK_BYTES = 512L * 1024 * 1024;

  public static GrpcLimits of(Map<String, String> conf) {
    int recursion = ConfNumbers.integer(RECURSION_LIMIT, conf.getOrDefault(RECURSION_LIMIT, "1024"));
    long inbound = ConfNumbers.bytes(MAX_INBOUND_MESSAGE_SIZE, conf.getOrDefault(MAX_INBOUND_MESSAGE_SIZE, "128m"));
    return new GrpcLimits(recursion, (int) Math.min(Integer.MAX_VALUE, inbound));
  }

  /** The service with every method's request and response parsed under the recursion limit, as Spark binds it. */
  @SuppressWarnings("unchecked")
  ServerServiceDefinition bind(ServerServiceDefinition service) {
    ServerServiceDefinition.Builder builder = ServerServiceDefinition.builder(service.getServiceDescriptor().getName());
    for (ServerMethodDefinition<?, ?> method : service.getMethods()) {
      ServerMethodDefinition<Message, Message> typed = (ServerMethodDefinition<Message, Message>) method;
      MethodDescriptor<Message, Message> descriptor = typed.getMethodDescriptor();
      builder.addMethod(descriptor.toBuilder()
          .setRequestMarshaller(limited(descriptor.getRequestMarshaller()))
          .setResponseMarshaller(limited(descriptor.getResponseMarshaller()))
          .build(), typed.getServerCallHandler());
    }
    return builder.build();
  }

  private MethodDescriptor.Marshaller<Message> limited(MethodDescriptor.Marshaller<Message> marshaller) {
    Message prototype = ((MethodDescriptor.PrototypeMarshaller<Message>) marshaller).getMessagePrototype();
    return ProtoUtils.marshallerWithRecursionLimit(prototype, recursionLimit);
  }

  /** The threads requests run on: as many as needed, each with a stack deep plans fit in. */
  public static ExecutorService requestThreads() {
    AtomicInteger count = new AtomicInteger();
    ThreadFactory factory = task -> {
      Thread thread = new Thread(null, task, "ember-request-" + count.incrementAndGet(), REQUEST_STACK_BYTES);
      thread.setDaemon(true);
      return thread;
    };
    return Executors.newCachedThreadPool(factory);
  }

}
