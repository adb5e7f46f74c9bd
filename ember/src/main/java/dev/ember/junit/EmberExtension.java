package dev.ember.junit;

import dev.ember.EmberServer;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs a test class's unchanged Spark code on Ember: {@code @ExtendWith(EmberExtension.class)}, and
 * {@code SparkSession.builder().master("local[2]").getOrCreate()} in the test connects to an Ember
 * server started once per JVM on a loopback port (through {@code spark.remote}).
 */
public final class EmberExtension implements BeforeAllCallback {
  private static EmberServer server;

  @Override
  public void beforeAll(ExtensionContext context) {
    System.setProperty("spark.remote", sharedServer().remoteUrl());
  }

  private static synchronized EmberServer sharedServer() {
    if (server == null) {
      // the tests' own code on a private loopback server: scripts run as in the embedded engine
      server = EmberServer.start("127.0.0.1", 0,
          java.util.Map.of(dev.ember.engine.EmberEngine.SCRIPTS_ENABLED, "true"));
      Runtime.getRuntime().addShutdownHook(new Thread(server::close, "ember-junit-shutdown"));
    }
    return server;
  }
}
