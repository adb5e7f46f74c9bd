package dev.ember.engine;

import dev.ember.plan.errors.EmberException;
import dev.ember.plan.errors.ErrorKind;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Properties;

/**
 * Ember confs that are DuckDB settings of the whole engine (one DuckDB database shared by every
 * session): {@code spark.ember.duckdb.memoryLimit} is DuckDB's {@code memory_limit} (e.g. {@code 4GB};
 * beyond it, operators that can spill write to the temp directory) and
 * {@code spark.ember.duckdb.tempDirectory} is {@code temp_directory}, {@code spark.ember.duckdb.threads} is
 * {@code threads}. Set at start ({@link EmberEngine#start(Map)}, {@code bin/ember server --conf}); embedded, also like
 * any conf, from a session ({@code Ember.builder().config(...)}, {@code spark.conf().set(...)}), which changes the
 * engine's value. A server fixes them at start ({@link EmberEngine#fixEngineSettings()}): no client may set them.
 */
public final class DuckDbSettings {
  public static final String MEMORY_LIMIT = "spark.ember.duckdb.memoryLimit";
  public static final String TEMP_DIRECTORY = "spark.ember.duckdb.tempDirectory";
  public static final String THREADS = "spark.ember.duckdb.threads";
  private static final Map<String, String> DUCKDB_NAMES = Map.of(
      MEMORY_LIMIT, "memory_limit",
      TEMP_DIRECTORY, "temp_directory",
      THREADS, "threads");

  private DuckDbSettings() {
  }

  public static boolean isDuckDbSetting(String key) {
    return DUCKDB_NAMES.containsKey(key);
  }

  /** The DuckDB settings among {@code conf}, as connection properties for the engine's start. */
  static Properties startProperties(Map<String, String> conf) {
    Properties properties = new Properties();
    conf.forEach((key, value) -> {
      if (isDuckDbSetting(key)) {
        properties.setProperty(DUCKDB_NAMES.get(key), value);
      }
    });
    return properties;
  }

  /** {@code SET memory_limit = '4GB'} (an engine-wide setting in DuckDB); an invalid value is Spark's INVALID_CONF_VALUE. */
  static void apply(Connection connection, String key, String value) {
    run(connection, "SET " + DUCKDB_NAMES.get(key) + " = '" + value.replace("'", "''") + "'", key, value);
  }

  /**
   * Spark's error for a conf fixed when the server starts ({@code CANNOT_MODIFY_STATIC_CONFIG}, as for Spark's
   * static SQL confs): a server's clients share one engine, so none may change its memory, threads or spill place.
   */
  static EmberException fixedAtStart(String key) {
    return new EmberException(ErrorKind.ANALYSIS, "CANNOT_MODIFY_STATIC_CONFIG", "46110",
        "Cannot modify the value of the static Spark config: \"" + key + "\".", Map.of("key", "\"" + key + "\""));
  }

  /**
   * A server's memory limit when its start names none: half the machine's memory, less if the JVM's largest heap
   * would not fit beside it (at most 90% of the memory for both), at least 256 MB; DuckDB's own default is 80% of the
   * memory whatever the heap. Beyond the limit, joins, aggregates and sorts spill to the temp directory.
   */
  static String serverMemoryLimit(long physicalBytes, long maxHeapBytes) {
    long limit = Math.min(physicalBytes / 2, physicalBytes / 10 * 9 - maxHeapBytes);
    return Math.max(limit / 1_000_000, 256) + "MB";
  }

  /** The server defaults of the settings {@code conf} does not name: a memory limit and a temp directory to spill to. */
  public static Map<String, String> withServerDefaults(Map<String, String> conf) {
    Map<String, String> withDefaults = new java.util.HashMap<>(conf);
    withDefaults.computeIfAbsent(MEMORY_LIMIT, key -> serverMemoryLimit(physicalMemory(),
        Runtime.getRuntime().maxMemory()));
    withDefaults.computeIfAbsent(TEMP_DIRECTORY, key -> java.nio.file.Path.of(System.getProperty("java.io.tmpdir"),
        "ember-spill-" + ProcessHandle.current().pid()).toString());
    return withDefaults;
  }

  private static long physicalMemory() {
    java.lang.management.OperatingSystemMXBean os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    return os instanceof com.sun.management.OperatingSystemMXBean bean ? bean.getTotalMemorySize() : 4_000_000_000L;
  }

  /** Back to DuckDB's default ({@code RESET memory_limit}). */
  static void reset(Connection connection, String key) {
    run(connection, "RESET " + DUCKDB_NAMES.get(key), key, "");
  }

  private static void run(Connection connection, String sql, String key, String value) {
    // a session's own connection is shared by its threads: its users hold its monitor (see ArrowTables.create)
    synchronized (connection) {
      try (Statement statement = connection.createStatement()) {
        statement.execute(sql);
      } catch (SQLException e) {
        throw invalid(key, value, e.getMessage());
      }
    }
  }

  /** Spark's INVALID_CONF_VALUE.REQUIREMENT, with DuckDB's reason as the requirement. */
  static EmberException invalid(String key, String value, String reason) {
    String requirement = reason == null ? "DuckDB refused it."
        : reason.lines().findFirst().orElse("").replaceFirst("^[A-Za-z ]*Error: ", "").trim();
    return new EmberException(ErrorKind.ILLEGAL_ARGUMENT, "INVALID_CONF_VALUE.REQUIREMENT", "22022",
        "The value '" + value + "' in the config \"" + key + "\" is invalid. " + requirement,
        Map.of("confValue", value, "confName", key, "confRequirement", requirement));
  }
}
