package dev.ember.cli;

import dev.ember.EmberServer;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ember server [--host 127.0.0.1] [--port 15002] [--conf spark.ember.duckdb.memoryLimit=4GB ...]}. */
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

  @Override
  public Integer call() throws InterruptedException {
    EmberServer server = EmberServer.start(host, port, conf);
    Runtime.getRuntime().addShutdownHook(new Thread(server::close, "ember-server-shutdown"));
    System.out.println("Ember is serving Spark Connect on sc://" + host + ":" + server.port());
    server.awaitTermination();
    return 0;
  }
}
