package dev.ember.cli;

import dev.ember.EmberServer;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ember server [--host 127.0.0.1] [--port 15002] [--token TOKEN] [--ui-port 4040] [--ui-host 127.0.0.1] [--no-ui]
 * [--conf spark.ember.duckdb.memoryLimit=4GB ...]};
 * port 0 takes a free port; the URL clients use is printed in the line
 * {@code Ember is serving Spark Connect on sc://host:port[/;use_ssl=true][;token=<token>]}.
 */
@Command(name = "server", mixinStandardHelpOptions = true,
    description = "Serve Spark Connect clients (sc://host:port) until stopped.")
final class ServerCommand implements Callable<Integer> {
  @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to listen on (default: ${DEFAULT-VALUE}).")
  private String host;

  @Option(names = "--port", defaultValue = "15002", description = "Port to listen on (default: ${DEFAULT-VALUE}).")
  private int port;

  @Option(names = "--conf", paramLabel = "KEY=VALUE",
      description = "A server conf, e.g. spark.ember.duckdb.memoryLimit=4GB, spark.ember.duckdb.tempDirectory=/tmp/ember or spark.connect.execute.manager.detachedTimeout=2m (repeatable).")
  private java.util.Map<String, String> conf = new java.util.LinkedHashMap<>();

  @Option(names = "--token", paramLabel = "TOKEN",
      description = "Require this bearer token of every client (sc://localhost:PORT/;token=TOKEN), as Spark's "
          + "spark.connect.authenticate.token. The environment variable SPARK_CONNECT_AUTHENTICATE_TOKEN does the same "
          + "without showing the token in the process list.")
  private String token;

  @Option(names = "--tls-cert", paramLabel = "FILE",
      description = "Serve TLS with this certificate chain (PEM), with --tls-key; clients add ;use_ssl=true to the URL.")
  private String tlsCert;

  @Option(names = "--tls-key", paramLabel = "FILE", description = "The certificate's private key (PKCS#8 PEM).")
  private String tlsKey;

  @Option(names = "--ui-port", paramLabel = "PORT", defaultValue = "4040",
      description = "Port of the web UI (default: ${DEFAULT-VALUE}, the next free one when taken; 0: any free port).")
  private int uiPort;

  @Option(names = "--ui-host", paramLabel = "HOST", defaultValue = "127.0.0.1",
      description = "Address the web UI listens on (default: ${DEFAULT-VALUE}); another than loopback needs --token.")
  private String uiHost;

  @Option(names = "--no-ui", description = "Serve no web UI.")
  private boolean noUi;

  @Option(names = "--stop-on-stdin-close", hidden = true,
      description = "Stop when standard input closes: a server started by another process ends with it.")
  private boolean stopOnStdinClose;

  @Override
  public Integer call() throws InterruptedException {
    if (token != null) {
      conf.put(dev.ember.connect.TokenAuthentication.CONF, token);
    }
    if (tlsCert != null) {
      conf.put("spark.ember.server.tls.certChain", tlsCert);
    }
    if (tlsKey != null) {
      conf.put("spark.ember.server.tls.privateKey", tlsKey);
    }
    if (noUi) {
      conf.put(dev.ember.ui.EmberUi.ENABLED_CONF, "false");
    }
    conf.putIfAbsent(dev.ember.ui.EmberUi.ENABLED_CONF, "true");
    conf.putIfAbsent(dev.ember.ui.EmberUi.HOST_CONF, uiHost);
    conf.putIfAbsent(dev.ember.ui.EmberUi.PORT_CONF, Integer.toString(uiPort));
    EmberServer server;
    try {
      server = EmberServer.start(host, port, conf);
    } catch (IllegalArgumentException refused) {
      System.err.println("ember server: " + refused.getMessage());
      return 2;
    }
    Runtime.getRuntime().addShutdownHook(new Thread(server::close, "ember-server-shutdown"));
    if (stopOnStdinClose) {
      Thread watch = new Thread(() -> {
        try {
          System.in.transferTo(java.io.OutputStream.nullOutputStream());
        } catch (java.io.IOException closed) {
          // the parent is gone either way
        }
        System.exit(0);
      }, "ember-parent-watch");
      watch.setDaemon(true);
      watch.start();
    }
    System.out.println("Ember is serving Spark Connect on " + server.clientUrl());
    server.uiUrl().ifPresent(url -> System.out.println("Ember's web UI is on " + url
        + (conf.containsKey(dev.ember.connect.TokenAuthentication.CONF) || System.getenv(
            "SPARK_CONNECT_AUTHENTICATE_TOKEN") != null ? " (open it with ?token=<token>)" : "")));
    server.awaitTermination();
    return 0;
  }
}
