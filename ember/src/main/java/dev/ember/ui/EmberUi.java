package dev.ember.ui;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.ember.connect.EmberConnectService;
import dev.ember.connect.QueryHistory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Ember's web UI: the sessions of a service, its running and last finished queries, each with its call site, plan,
 * DuckDB SQL and DuckDB's profile, and a button that cancels a running one. Server-rendered HTML on the JDK's HTTP
 * server; off in embedded mode unless {@value #ENABLED_CONF} is true, on for {@code bin/ember server}.
 */
public final class EmberUi implements AutoCloseable {
  public static final String ENABLED_CONF = "spark.ember.ui.enabled";
  public static final String PORT_CONF = "spark.ember.ui.port";
  public static final String HOST_CONF = "spark.ember.ui.host";
  /** Spark's UI port; when it is taken the next ones are tried, as Spark does. */
  public static final int DEFAULT_PORT = 4040;
  private static final int PORT_TRIES = 16;

  private final HttpServer server;
  private final EmberConnectService service;
  private final QueryHistory history;
  private final UiAuthentication authentication;

  private EmberUi(HttpServer server, EmberConnectService service, QueryHistory history,
      UiAuthentication authentication) {
    this.server = server;
    this.service = service;
    this.history = history;
    this.authentication = authentication;
  }

  /**
   * Starts the UI of {@code service} on {@code host}:{@code port} (0: a free port; the default port taken: the next
   * free one), requiring {@code token} when there is one; the service records its queries from now on.
   */
  public static EmberUi start(EmberConnectService service, String host, int port, Optional<String> token) {
    HttpServer server = bind(host, port);
    EmberUi ui = new EmberUi(server, service, service.recordQueries(QueryHistory.DEFAULT_KEPT),
        new UiAuthentication(token));
    server.createContext("/", ui::handle);
    java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(2, task -> {
      Thread thread = new Thread(task, "ember-ui");
      thread.setDaemon(true);
      return thread;
    });
    server.setExecutor(threads);
    server.start();
    return ui;
  }

  /** Starts the UI with the confs {@value #HOST_CONF} (default loopback) and {@value #PORT_CONF} (default 4040). */
  public static EmberUi start(EmberConnectService service, java.util.Map<String, String> conf, Optional<String> token) {
    return start(service, conf.getOrDefault(HOST_CONF, "127.0.0.1"),
        Integer.parseInt(conf.getOrDefault(PORT_CONF, Integer.toString(DEFAULT_PORT))), token);
  }

  /** Whether {@code conf} turns the UI on ({@value #ENABLED_CONF}), {@code otherwise} when it does not say. */
  public static boolean enabled(java.util.Map<String, String> conf, boolean otherwise) {
    String value = conf.get(ENABLED_CONF);
    return value == null ? otherwise : Boolean.parseBoolean(value.trim());
  }

  /**
   * A server on the port; on the default port, when it is taken, on one of the next ones, as Spark's UI does, else
   * on any free port (several Embers on one machine each get a UI).
   */
  private static HttpServer bind(String host, int port) {
    int tries = port == DEFAULT_PORT ? PORT_TRIES : 1;
    for (int i = 0; i <= tries; i++) {
      int candidate = i < tries ? port + i : 0;
      try {
        return HttpServer.create(new InetSocketAddress(host, candidate), 16);
      } catch (BindException taken) {
        if (port != DEFAULT_PORT) {
          throw new UncheckedIOException("could not listen on " + host + ":" + port + " for the web UI", taken);
        }
      } catch (IOException e) {
        throw new UncheckedIOException("could not listen on " + host + ":" + port + " for the web UI", e);
      }
    }
    throw new UncheckedIOException(new BindException("no free port on " + host + " for the web UI"));
  }

  public int port() {
    return server.getAddress().getPort();
  }

  /** The UI's address, e.g. {@code http://127.0.0.1:4040/} (with {@code ?token=...} the browser is let in). */
  public String url() {
    String host = server.getAddress().getAddress().isAnyLocalAddress() ? "localhost"
        : server.getAddress().getHostString();
    return "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port() + "/";
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      if (authentication.admitsQueryToken(exchange)) {
        // the link with the token: the cookie admits the browser from now on, the address bar loses the token
        exchange.getResponseHeaders().add("Set-Cookie", authentication.cookie());
        redirect(exchange, exchange.getRequestURI().getPath());
        return;
      }
      if (!authentication.admits(exchange)) {
        send(exchange, 401, Html.page("Unauthorized", "<p>This UI needs the server's token: open it with "
            + "<code>?token=TOKEN</code> or send <code>Authorization: Bearer TOKEN</code>.</p>"));
        return;
      }
      route(exchange);
    } catch (RuntimeException failure) {
      send(exchange, 500, Html.page("Error", "<pre>" + Html.escape(String.valueOf(failure)) + "</pre>"));
    }
  }

  private void route(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    String method = exchange.getRequestMethod();
    if (method.equals("POST") && path.startsWith("/queries/") && path.endsWith("/cancel")) {
      String operationId = path.substring("/queries/".length(), path.length() - "/cancel".length());
      service.cancel(operationId);
      redirect(exchange, "/queries/" + operationId);
      return;
    }
    if (!method.equals("GET") && !method.equals("HEAD")) {
      send(exchange, 405, Html.page("Method not allowed", ""));
      return;
    }
    switch (path) {
      case "/" -> redirect(exchange, "/queries");
      case "/sessions" -> send(exchange, 200, UiPages.sessions(service.sessionSummaries()));
      case "/queries" -> send(exchange, 200, UiPages.queries(history.running(), history.finished(),
          QueryHistory.DEFAULT_KEPT, runningInDuckDb(), service::progress));
      default -> {
        if (path.startsWith("/queries/")) {
          String operationId = path.substring("/queries/".length());
          var record = history.find(operationId);
          if (record.isPresent()) {
            send(exchange, 200, UiPages.query(record.get(), runningInDuckDb().contains(operationId)));
          } else {
            send(exchange, 404, UiPages.notFound("No query " + operationId + " is running or kept."));
          }
        } else {
          send(exchange, 404, UiPages.notFound("No page " + path + "."));
        }
      }
    }
  }

  /** The operations whose DuckDB statements run now: those a cancellation reaches. */
  private java.util.Set<String> runningInDuckDb() {
    return service.sessionSummaries().stream().flatMap(session -> session.runningOperations().stream())
        .collect(java.util.stream.Collectors.toSet());
  }

  private static void redirect(HttpExchange exchange, String location) throws IOException {
    exchange.getResponseHeaders().set("Location", location);
    exchange.sendResponseHeaders(303, -1);
  }

  private static void send(HttpExchange exchange, int status, String html) throws IOException {
    byte[] body = html.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    exchange.getResponseHeaders().set("X-Frame-Options", "DENY");
    boolean head = exchange.getRequestMethod().equals("HEAD");
    exchange.sendResponseHeaders(status, head ? -1 : body.length);
    if (!head) {
      exchange.getResponseBody().write(body);
    }
  }

  @Override
  public void close() {
    server.stop(0);
    if (server.getExecutor() instanceof java.util.concurrent.ExecutorService threads) {
      threads.shutdownNow();
    }
  }
}
