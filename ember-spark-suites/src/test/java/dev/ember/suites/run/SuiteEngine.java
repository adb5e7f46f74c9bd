package dev.ember.suites.run;

import java.util.function.Supplier;
import org.apache.spark.sql.SparkSession;

/**
 * The engine a suite run talks to: Ember embedded (the default) or, for the reference run, a real
 * Spark Connect server named by {@code -Dember.suites.remote=sc://host:port} with
 * {@code -Dember.suites.engine=spark-connect}.
 */
public record SuiteEngine(String name, Supplier<SparkSession> sessions) {
  public static final String EMBER = "ember";
  public static final String ENGINE_PROPERTY = "ember.suites.engine";
  public static final String REMOTE_PROPERTY = "ember.suites.remote";

  /** The engine chosen by the system properties. */
  public static SuiteEngine fromSystemProperties() {
    String name = System.getProperty(ENGINE_PROPERTY, EMBER);
    String remote = System.getProperty(REMOTE_PROPERTY, "");
    if (name.equals(EMBER) && remote.isEmpty()) {
      return new SuiteEngine(name, () -> dev.ember.Ember.builder().create());
    }
    if (remote.isEmpty()) {
      throw new IllegalArgumentException("-D" + ENGINE_PROPERTY + "=" + name + " needs -D" + REMOTE_PROPERTY + "=sc://host:port");
    }
    return new SuiteEngine(name, () -> SparkSession.builder().remote(remote).create());
  }

  /** Whether this run is Ember's, the one the ratchet holds. */
  public boolean isEmber() {
    return name.equals(EMBER);
  }
}
