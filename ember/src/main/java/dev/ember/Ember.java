package dev.ember;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.apache.spark.sql.SparkSession;
import org.sparkproject.io.grpc.CallOptions;
import org.sparkproject.io.grpc.Channel;
import org.sparkproject.io.grpc.ClientCall;
import org.sparkproject.io.grpc.ClientInterceptor;
import org.sparkproject.io.grpc.MethodDescriptor;

/**
 * The embedded entry point: {@code SparkSession spark = Ember.session();} returns Spark's own
 * {@link SparkSession} (the official Spark Connect client) wired to an Ember engine in this JVM.
 */
public final class Ember {
  /** The engine and its in-process server, started in the background by the first session. */
  private static CompletableFuture<EmberRuntime> runtime;
  private static SparkSession defaultSession;

  private Ember() {
  }

  /** The JVM's default Ember session, created on first use (like {@code getOrCreate()}). */
  public static synchronized SparkSession session() {
    if (defaultSession == null || defaultSession.isUsable() == false) {
      defaultSession = builder().create();
    }
    return defaultSession;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Sessions built here share one engine (and its DuckDB database) but nothing else. */
  public static final class Builder {
    private final Map<String, String> config = new LinkedHashMap<>();

    private Builder() {
    }

    public Builder config(String key, String value) {
      config.put(key, value);
      return this;
    }

    public Builder config(String key, long value) {
      return config(key, Long.toString(value));
    }

    public Builder config(String key, boolean value) {
      return config(key, Boolean.toString(value));
    }

    /** A new session (a new Spark Connect session id) on the shared engine. */
    public SparkSession create() {
      // the client initializes on this thread while the engine and its server start on others
      CompletableFuture<EmberRuntime> engine = runtime();
      if (dev.ember.ui.EmberUi.enabled(config, false)) {
        // before the session's first query, so that the UI sees it
        started(engine).startUi(config);
      }
      EmbeddedLogging.quietUnlessConfigured();
      org.apache.spark.sql.connect.SparkSession session = org.apache.spark.sql.connect.SparkSession.builder()
          .remote("sc://in-process:1")
          .interceptor(routeTo(engine))
          .create();
      // In-process calls hand the plan over as an object: compressing a large plan (above
      // spark.connect.session.planCompression.threshold) would only serialize and parse it once more.
      session.client().setPlanCompressionOptions(scala.Option.empty());
      config.forEach((key, value) -> session.conf().set(key, value));
      return session;
    }

    /** Same as {@link #create()}: Ember sessions are cheap. */
    public SparkSession getOrCreate() {
      return create();
    }
  }

  private static synchronized CompletableFuture<EmberRuntime> runtime() {
    if (runtime == null) {
      runtime = CompletableFuture.supplyAsync(EmberRuntime::start, Ember::startThread);
      runtime.thenAcceptAsync(started -> {
        // the client's first show() or collect() initializes Spark's string type (collation tables, ICU)
        org.apache.spark.sql.types.DataTypes.StringType.typeName();
        ServerWarmUp.run(started.channel());
      }, Ember::startThread);
      Runtime.getRuntime().addShutdownHook(new Thread(Ember::shutdown, "ember-shutdown"));
    }
    return runtime;
  }

  /** The engine's runtime, started if it was not (the sessions of {@link #builder()} talk to it). */
  static EmberRuntime started() {
    return started(runtime());
  }

  private static void startThread(Runnable task) {
    Thread thread = new Thread(task, "ember-start");
    thread.setDaemon(true);
    thread.start();
  }

  /**
   * The address of the engine's web UI ({@code http://127.0.0.1:4040/}) when a session was built with
   * {@code spark.ember.ui.enabled} true ({@code spark.ember.ui.port}, {@code spark.ember.ui.host} choose where).
   */
  public static synchronized java.util.Optional<String> uiUrl() {
    return runtime == null || !runtime.isDone() || runtime.isCompletedExceptionally() ? java.util.Optional.empty()
        : runtime.join().ui().map(dev.ember.ui.EmberUi::url);
  }

  /**
   * How far DuckDB is with the running query of the session {@code sessionId} of this JVM's engine (0 to 1), when one
   * runs and DuckDB knows; empty otherwise (the engine not started, no query running, or DuckDB cannot tell).
   */
  public static synchronized java.util.Optional<Double> progressOf(String sessionId) {
    if (runtime == null || !runtime.isDone() || runtime.isCompletedExceptionally()) {
      return java.util.Optional.empty();
    }
    dev.ember.connect.EmberConnectService service = runtime.join().service();
    return service.sessionSummaries().stream().filter(session -> session.sessionId().equals(sessionId))
        .flatMap(session -> session.runningOperations().stream())
        .flatMap(operation -> service.progress(operation).stream()).findFirst();
  }

  /** Stops the engine; later calls to {@link #session()} start a new one. */
  public static synchronized void shutdown() {
    if (runtime != null) {
      CompletableFuture<EmberRuntime> stopping = runtime;
      runtime = null;
      defaultSession = null;
      started(stopping).close();
    }
  }

  /** The runtime once started; a failure to start is reported as itself, not wrapped. */
  private static EmberRuntime started(CompletableFuture<EmberRuntime> runtime) {
    try {
      return runtime.join();
    } catch (CompletionException e) {
      throw e.getCause() instanceof RuntimeException cause ? cause : e;
    }
  }

  /** Sends every call of the client to the in-process channel instead of a socket it never opens. */
  private static ClientInterceptor routeTo(CompletableFuture<EmberRuntime> runtime) {
    return new ClientInterceptor() {
      @Override
      public <Q, R> ClientCall<Q, R> interceptCall(MethodDescriptor<Q, R> method, CallOptions options, Channel next) {
        return started(runtime).channel().newCall(method, options);
      }
    };
  }
}
