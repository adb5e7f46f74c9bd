package dev.ember;

import dev.ember.connect.EmberConnectService;
import dev.ember.connect.GrpcLimits;
import dev.ember.engine.EmberEngine;
import java.io.IOException;
import java.util.UUID;
import org.sparkproject.io.grpc.ManagedChannel;
import org.sparkproject.io.grpc.Server;
import org.sparkproject.io.grpc.inprocess.InProcessChannelBuilder;
import org.sparkproject.io.grpc.inprocess.InProcessServerBuilder;

/**
 * An Ember engine served over gRPC's in-process transport: the official Spark Connect client in the
 * same JVM talks to it with no socket.
 */
final class EmberRuntime implements AutoCloseable {
  private final java.util.concurrent.CompletableFuture<EmberEngine> engine;
  private final EmberConnectService service;
  private final Server server;
  private final ManagedChannel channel;
  private final java.util.concurrent.ExecutorService requestThreads;

  private EmberRuntime(java.util.concurrent.CompletableFuture<EmberEngine> engine, EmberConnectService service,
      Server server, ManagedChannel channel, java.util.concurrent.ExecutorService requestThreads) {
    this.requestThreads = requestThreads;
    this.engine = engine;
    this.service = service;
    this.server = server;
    this.channel = channel;
  }

  static EmberRuntime start() {
    String name = "ember-" + UUID.randomUUID();
    // DuckDB's native library loads while the Spark Connect client initializes
    java.util.concurrent.CompletableFuture<EmberEngine> engine =
        java.util.concurrent.CompletableFuture.supplyAsync(EmberEngine::start);
    EmberConnectService service = new EmberConnectService(() -> started(engine));
    java.util.concurrent.ExecutorService requestThreads = GrpcLimits.requestThreads();
    try {
      Server server = InProcessServerBuilder.forName(name)
          .addService(service.definition())
          .executor(requestThreads)
          .maxInboundMessageSize(Integer.MAX_VALUE)
          .build()
          .start();
      ManagedChannel channel = InProcessChannelBuilder.forName(name)
          .maxInboundMessageSize(Integer.MAX_VALUE)
          .build();
      return new EmberRuntime(engine, service, server, channel, requestThreads);
    } catch (IOException e) {
      requestThreads.shutdownNow();
      service.close();
      started(engine).close();
      throw new IllegalStateException("could not start Ember's in-process server", e);
    }
  }

  private java.util.Optional<dev.ember.ui.EmberUi> ui = java.util.Optional.empty();

  /** Starts the web UI of this engine, once (the first session asking for it chooses where it listens). */
  synchronized dev.ember.ui.EmberUi startUi(java.util.Map<String, String> conf) {
    if (ui.isEmpty()) {
      ui = java.util.Optional.of(dev.ember.ui.EmberUi.start(service, conf, java.util.Optional.empty()));
    }
    return ui.get();
  }

  synchronized java.util.Optional<dev.ember.ui.EmberUi> ui() {
    return ui;
  }

  EmberConnectService service() {
    return service;
  }

  ManagedChannel channel() {
    return channel;
  }

  @Override
  public void close() {
    ui().ifPresent(dev.ember.ui.EmberUi::close);
    channel.shutdownNow();
    server.shutdownNow();
    requestThreads.shutdownNow();
    service.close();
    started(engine).close();
  }

  /** The engine once started; a failure to start is reported as itself (a Spark error), not wrapped. */
  private static EmberEngine started(java.util.concurrent.CompletableFuture<EmberEngine> engine) {
    try {
      return engine.join();
    } catch (java.util.concurrent.CompletionException e) {
      throw e.getCause() instanceof RuntimeException cause ? cause : e;
    }
  }
}
