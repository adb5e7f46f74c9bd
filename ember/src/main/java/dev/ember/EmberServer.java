package dev.ember;

import dev.ember.connect.EmberConnectService;
import dev.ember.connect.GrpcLimits;
import dev.ember.connect.TokenAuthentication;
import dev.ember.engine.DuckDbSettings;
import dev.ember.engine.EmberEngine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.concurrent.TimeUnit;
import org.sparkproject.io.grpc.Server;
import org.sparkproject.io.grpc.ServerInterceptors;
import org.sparkproject.io.grpc.netty.NettyServerBuilder;

/**
 * Ember as a Spark Connect server on a TCP port: any Spark Connect client (Java, Scala, PySpark)
 * connects with {@code sc://host:port}. Loopback by default.
 */
public final class EmberServer implements AutoCloseable {
  public static final int DEFAULT_PORT = 15002;

  private final EmberEngine engine;
  private final EmberConnectService service;
  private final Server server;
  private final java.util.concurrent.ExecutorService requestThreads;
  private final String clientUrl;
  /** The web UI, when the server runs one ({@code spark.ember.ui.enabled}: {@code bin/ember server} sets it). */
  private final java.util.Optional<dev.ember.ui.EmberUi> ui;

  private EmberServer(EmberEngine engine, EmberConnectService service, Server server,
      java.util.concurrent.ExecutorService requestThreads, String clientUrl,
      java.util.Optional<dev.ember.ui.EmberUi> ui) {
    this.ui = ui;
    this.engine = engine;
    this.service = service;
    this.server = server;
    this.requestThreads = requestThreads;
    this.clientUrl = clientUrl;
  }

  /** Starts a server; port 0 picks a free port (see {@link #port()}). */
  public static EmberServer start(String host, int port) {
    return start(host, port, java.util.Map.of());
  }

  /**
   * Starts a server whose engine takes the engine-wide confs among {@code conf}
   * ({@code spark.ember.duckdb.memoryLimit}, {@code spark.ember.duckdb.tempDirectory}). With a token
   * ({@code spark.connect.authenticate.token}, else the environment variable {@code SPARK_CONNECT_AUTHENTICATE_TOKEN})
   * every call must carry it as a bearer token ({@link TokenAuthentication}). An address other than loopback needs
   * a token; {@code spark.ember.server.tls.certChain} and {@code spark.ember.server.tls.privateKey} (PEM files) make
   * it serve TLS ({@link ServerExposure}).
   */
  public static EmberServer start(String host, int port, java.util.Map<String, String> conf) {
    java.util.Optional<String> token = TokenAuthentication.token(conf, System.getenv());
    ServerExposure.checkListening(host, token.isPresent());
    if (dev.ember.ui.EmberUi.enabled(conf, false)) {
      ServerExposure.checkListening(conf.getOrDefault(dev.ember.ui.EmberUi.HOST_CONF, "127.0.0.1"), token.isPresent());
    }
    java.util.Optional<org.sparkproject.io.netty.handler.ssl.SslContext> tls = ServerExposure.tls(conf);
    // a server runs no client's shell scripts (SELECT TRANSFORM) unless started to
    // the engine's memory limit and spill directory are the server's: defaults so that large work spills
    java.util.Map<String, String> serverConf = DuckDbSettings.withServerDefaults(conf);
    java.util.Map<String, String> engineConf = new java.util.HashMap<>(serverConf);
    engineConf.remove(ServerExposure.TLS_CERT_CHAIN);
    engineConf.remove(ServerExposure.TLS_PRIVATE_KEY);
    removeUiConfs(engineConf);
    engineConf.putIfAbsent(EmberEngine.SCRIPTS_ENABLED, "false");
    EmberEngine engine = EmberEngine.start(engineConf);
    engine.fixEngineSettings();
    java.util.Map<String, String> serviceConf = new java.util.HashMap<>(serverConf);
    // as Spark's server: sessions idle for an hour are closed, freeing what they hold in DuckDB
    serviceConf.putIfAbsent(EmberConnectService.SESSION_TIMEOUT_CONF, EmberConnectService.DEFAULT_SESSION_TIMEOUT);
    serviceConf.remove(EmberEngine.SCRIPTS_ENABLED);
    // the token protects the server; no session sees it
    serviceConf.remove(TokenAuthentication.CONF);
    serviceConf.remove(ServerExposure.TLS_CERT_CHAIN);
    serviceConf.remove(ServerExposure.TLS_PRIVATE_KEY);
    removeUiConfs(serviceConf);
    // the engine's allow-list of directories: no session sets it
    serviceConf.remove(dev.ember.engine.files.FileAccess.READABLE_CONF);
    serviceConf.remove(dev.ember.engine.files.FileAccess.WRITABLE_CONF);
    EmberConnectService service;
    try {
      service = new EmberConnectService(engine, serviceConf);
    } catch (RuntimeException invalidConf) {
      engine.close();
      throw invalidConf;
    }
    java.util.concurrent.ExecutorService requestThreads = GrpcLimits.requestThreads();
    try {
      NettyServerBuilder builder = NettyServerBuilder.forAddress(new InetSocketAddress(host, port));
      tls.ifPresent(builder::sslContext);
      Server server = builder
          .addService(token.map(value -> ServerInterceptors.intercept(service.definition(),
              new TokenAuthentication(value))).orElseGet(service::definition))
          .executor(requestThreads)
          .maxInboundMessageSize(service.limits().maxInboundMessageSize())
          // a window of 16 MiB instead of gRPC's 1 MiB: uploads of createDataFrame data over a local socket
          // otherwise stall on window updates (40 MB took 0.7 s instead of 0.1 s)
          .flowControlWindow(16 << 20)
          .build()
          .start();
      java.util.Optional<dev.ember.ui.EmberUi> ui;
      try {
        ui = startUi(service, conf, token);
      } catch (RuntimeException uiFailed) {
        server.shutdownNow();
        throw uiFailed;
      }
      return new EmberServer(engine, service, server, requestThreads,
          ServerExposure.remoteUrl(host, server.getPort(), tls.isPresent(), token.isPresent()), ui);
    } catch (IOException | RuntimeException e) {
      requestThreads.shutdownNow();
      service.close();
      engine.close();
      throw e instanceof IOException io ? new UncheckedIOException("could not listen on " + host + ":" + port, io)
          : (RuntimeException) e;
    }
  }

  /**
   * The web UI when {@code spark.ember.ui.enabled} is true, on {@code spark.ember.ui.host} (loopback by
   * default; another address needs a token, checked first) and {@code spark.ember.ui.port} (4040 by default, the next
   * free one when taken), with the server's token.
   */
  private static java.util.Optional<dev.ember.ui.EmberUi> startUi(EmberConnectService service,
      java.util.Map<String, String> conf, java.util.Optional<String> token) {
    if (!dev.ember.ui.EmberUi.enabled(conf, false)) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(dev.ember.ui.EmberUi.start(service, conf, token));
  }

  private static void removeUiConfs(java.util.Map<String, String> conf) {
    conf.remove(dev.ember.ui.EmberUi.ENABLED_CONF);
    conf.remove(dev.ember.ui.EmberUi.HOST_CONF);
    conf.remove(dev.ember.ui.EmberUi.PORT_CONF);
  }

  /** The web UI's address ({@code http://127.0.0.1:4040/}), when the server runs one. */
  public java.util.Optional<String> uiUrl() {
    return ui.map(dev.ember.ui.EmberUi::url);
  }

  /** The engine (for tests that look at DuckDB itself). */
  EmberEngine engine() {
    return engine;
  }

  /** Where uploaded artifacts are staged (for tests). */
  java.nio.file.Path artifactDirectory() {
    return service.artifactDirectory();
  }

  /** The operations running now, in every session (for tests and tools). */
  public java.util.Set<String> runningOperations() {
    return engine.runningOperations();
  }

  /** Sessions created from now on load user code (UDFs, typed functions) through {@code loader}. */
  public void useUserClassLoader(ClassLoader loader) {
    engine.setUserClassLoader(loader);
  }

  public int port() {
    return server.getPort();
  }

  /** The URL Spark Connect clients use, e.g. {@code sc://127.0.0.1:15002}. */
  public String remoteUrl() {
    return "sc://127.0.0.1:" + port();
  }

  /**
   * The URL clients use, as the server listens: its host (the machine's name for a wildcard address), and
   * {@code ;use_ssl=true} and {@code ;token=<token>} when it serves TLS and requires a token.
   */
  public String clientUrl() {
    return clientUrl;
  }

  public void awaitTermination() throws InterruptedException {
    server.awaitTermination();
  }

  @Override
  public void close() {
    ui.ifPresent(dev.ember.ui.EmberUi::close);
    server.shutdown();
    try {
      if (!server.awaitTermination(5, TimeUnit.SECONDS)) {
        server.shutdownNow();
      }
    } catch (InterruptedException e) {
      server.shutdownNow();
      Thread.currentThread().interrupt();
    }
    requestThreads.shutdownNow();
    service.close();
    engine.close();
  }
}
