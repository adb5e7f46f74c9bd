package dev.ember.robustness;

import dev.ember.Ember;
import dev.ember.EmberServer;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;

/** A test's two ways in, by name: {@code Ember.session()}, and a session of a loopback {@link EmberServer}. */
final class EmbeddedAndLoopback implements AutoCloseable {
  private final EmberServer server;
  private final SparkSession remote;

  EmbeddedAndLoopback(Map<String, String> serverConf) {
    server = EmberServer.start("127.0.0.1", 0, serverConf);
    remote = SparkSession.builder().remote(server.remoteUrl()).create();
  }

  /** The names a parameterized test runs with ({@code @MethodSource}). */
  static Stream<String> names() {
    return Stream.of("embedded", "loopback");
  }

  SparkSession session(String name) {
    return name.equals("embedded") ? Ember.session() : remote;
  }

  SparkSession remote() {
    return remote;
  }

  @Override
  public void close() {
    remote.stop();
    server.close();
  }
}
