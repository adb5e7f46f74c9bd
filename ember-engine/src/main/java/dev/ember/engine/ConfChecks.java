package dev.ember.engine;

import dev.ember.plan.errors.EmberException;
import dev.ember.plan.errors.ErrorKind;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The check of a value set for a conf, as Spark's {@code SQLConf.setConfString} makes it: a SQL conf Spark
 * defines is checked as Spark recorded ({@link ConfValueCheck}), a conf Spark removed only takes the value it had
 * then; Ember's own confs as Spark checks a conf of
 * their type; any other {@code spark.ember.*} key is refused ({@code SQL_CONF_NOT_FOUND}); keys Spark does not
 * know are accepted, as Spark accepts them.
 */
public final class ConfChecks {
  /** Ember's confs and the type of their value, as {@code spark-confs.tsv} names types. */
  private static final Map<String, String> EMBER_TYPES = Map.ofEntries(
      Map.entry(SessionConf.ARROW_EXPORT, "boolean"),
      Map.entry(SessionConf.LOCAL_RELATION_TABLE_THRESHOLD, "bytes:BYTE"),
      Map.entry(DuckDbSettings.MEMORY_LIMIT, "string"),
      Map.entry(DuckDbSettings.TEMP_DIRECTORY, "string"),
      Map.entry(DuckDbSettings.THREADS, "int"),
      // a server's limits (connect.ConnectSessions, connect.OperationLimits, connect.ArtifactStore)
      Map.entry("spark.ember.server.maxSessions", "int"),
      Map.entry("spark.ember.server.maxOperations", "int"),
      Map.entry("spark.ember.server.maxOperationsPerSession", "int"),
      Map.entry("spark.ember.server.artifactQuota", "bytes:BYTE"),
      // the web UI (dev.ember.ui): on, and where it listens
      Map.entry("spark.ember.ui.enabled", "boolean"),
      Map.entry("spark.ember.ui.port", "int"),
      Map.entry("spark.ember.ui.host", "string"));
  private static final String EMBER_PREFIX = "spark.ember.";
  private static final Map<String, Optional<ConfValueCheck>> CHECKS = new ConcurrentHashMap<>();

  private ConfChecks() {
  }

  /** Raises Spark's error when Spark (or Ember, for its own keys) refuses the value for the key. */
  public static void check(String key, String value) {
    if (key.startsWith(EMBER_PREFIX) && !EMBER_TYPES.containsKey(key)) {
      String quoted = "\"" + key + "\"";
      throw new EmberException(ErrorKind.SPARK_NO_SUCH_ELEMENT, "SQL_CONF_NOT_FOUND", "42K0I",
          "The SQL config " + quoted + " cannot be found. Please verify that the config exists.",
          Map.of("sqlConf", quoted));
    }
    if (key.equals(dev.ember.catalog.SqlPath.DEFAULT_PATH_CONF) && !value.isBlank()) {
      dev.ember.catalog.SqlPath.parseConf(value);
      return;
    }
    CHECKS.computeIfAbsent(key, ConfChecks::checkOf).ifPresent(check -> check.check(value));
  }

  private static Optional<ConfValueCheck> checkOf(String key) {
    String emberType = EMBER_TYPES.get(key);
    if (emberType != null) {
      // a string accepts anything; other types are checked as the first Spark conf of the type
      return SparkConfs.firstOfType(emberType)
          .map(entry -> ConfValueCheck.of(entry.type(), entry.checks()).typeCheckFor(key));
    }
    return SparkConfs.entry(key).filter(entry -> entry.kind() != SparkConfs.Kind.CORE).map(entry -> entry.kind()
        == SparkConfs.Kind.REMOVED ? ConfValueCheck.removed(entry.defaultText(), entry.checks())
        : ConfValueCheck.of(entry.type(), entry.checks()));
  }
}
