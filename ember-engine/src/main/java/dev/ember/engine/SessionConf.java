package dev.ember.engine;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A session's SQL configuration ({@code spark.conf()}): values set by the user over Spark's defaults.
 * Keys Ember does not know are stored and returned like Spark's own (non-static) confs. A value is kept as it
 * was set ({@code TRUE} reads back {@code TRUE}), as Spark keeps it.
 */
public final class SessionConf {
  public static final String TIME_ZONE = "spark.sql.session.timeZone";
  public static final String ANSI_ENABLED = "spark.sql.ansi.enabled";
  public static final String CASE_SENSITIVE = "spark.sql.caseSensitive";
  public static final String SHUFFLE_PARTITIONS = "spark.sql.shuffle.partitions";
  /** Ember's own switch: {@code false} sends every result through JDBC rows (for comparisons and diagnosis). */
  public static final String ARROW_EXPORT = "spark.ember.result.arrowExport";
  /** Ember's size from which a local relation's data goes into a session table (a Spark size: 64k, 1m). */
  public static final String LOCAL_RELATION_TABLE_THRESHOLD = "spark.ember.localRelation.tableThreshold";

  /** Spark 4.2's defaults for the keys the client and users ask for. */
  private static final Map<String, String> DEFAULTS = defaults();

  private final Map<String, String> values = new ConcurrentHashMap<>();

  private static Map<String, String> defaults() {
    Map<String, String> defaults = new LinkedHashMap<>();
    defaults.put(TIME_ZONE, TimeZone.getDefault().getID());
    // Spark's SparkConf reads spark.* system properties: -Dspark.sql.warehouse.dir moves the warehouse there too
    defaults.put("spark.sql.warehouse.dir", "file:" + java.nio.file.Path.of(
        System.getProperty("spark.sql.warehouse.dir", "spark-warehouse").replaceFirst("^file:", ""))
        .toAbsolutePath().normalize());
    // the keys getAll lists besides those set; their values are Spark's defaults, from Spark's own registry
    for (String key : List.of(ANSI_ENABLED, CASE_SENSITIVE, SHUFFLE_PARTITIONS,
        "spark.sql.session.localRelationCacheThreshold", "spark.sql.session.localRelationChunkSizeRows",
        "spark.sql.session.localRelationChunkSizeBytes", "spark.sql.session.localRelationBatchOfChunksSizeBytes",
        "spark.sql.session.localRelationSizeLimit", "spark.sql.execution.arrow.useLargeVarTypes",
        "spark.sql.execution.arrow.maxRecordsPerBatch", "spark.sql.legacy.timeParserPolicy")) {
      defaults.put(key, SparkConfs.entry(key).orElseThrow().defaultText());
    }
    return Map.copyOf(defaults);
  }

  /** The value set, else Ember's or Spark's default; empty for a key Spark defines without a default, or unknown. */
  public Optional<String> get(String key) {
    String value = values.get(key);
    if (value != null) {
      return Optional.of(value);
    }
    if (DEFAULTS.containsKey(key)) {
      return Optional.of(DEFAULTS.get(key));
    }
    Optional<SparkConfs.Entry> entry = SparkConfs.entry(key)
        .filter(known -> known.kind() == SparkConfs.Kind.RUNTIME || known.kind() == SparkConfs.Kind.STATIC);
    if (entry.isEmpty()) {
      return Optional.empty();
    }
    Optional<String> fallback = entry.get().fallbackKey().map(values::get);
    if (fallback.isPresent()) {
      return fallback;
    }
    String text = entry.get().defaultText();
    return text.equals(SparkConfs.UNDEFINED) ? Optional.empty() : Optional.of(text);
  }

  /**
   * The value set (or listed as set: the keys {@code getAll} shows), else that of the conf it falls back to; empty
   * when only a built-in default would answer. Spark's {@code conf.get(key, default)} answers the caller's default
   * then, not the built-in one.
   */
  public Optional<String> explicit(String key) {
    String value = values.get(key);
    if (value != null) {
      return Optional.of(value);
    }
    if (DEFAULTS.containsKey(key)) {
      return Optional.of(DEFAULTS.get(key));
    }
    return SparkConfs.entry(key).flatMap(SparkConfs.Entry::fallbackKey).map(values::get);
  }

  /** Static and core keys cannot be set from a session; values are checked by {@link #set}. */
  public static void requireModifiable(String key) {
    if (SessionConf.isStatic(key)) {
      throw new dev.ember.plan.errors.EmberException(dev.ember.plan.errors.ErrorKind.ANALYSIS, "CANNOT_MODIFY_STATIC_CONFIG", "46110",
          "Cannot modify the value of the static Spark config: \"" + key + "\".", java.util.Map.of("key", "\"" + key + "\""));
    }
    if (SessionConf.isCore(key)) {
      throw new dev.ember.plan.errors.EmberException(dev.ember.plan.errors.ErrorKind.ANALYSIS, "CANNOT_MODIFY_CONFIG", "46110",
          "Cannot modify the value of the Spark config: \"" + key + "\".\nSee also "
              + "'https://spark.apache.org/docs/latest/sql-migration-guide.html#ddl-statements'.",
          java.util.Map.of("key", "\"" + key + "\"", "docroot", "https://spark.apache.org/docs/latest"));
    }
  }

  /** Spark's {@code RuntimeConfig.isModifiable}: a SQL conf Spark defines that is not static. */
  public static boolean isModifiable(String key) {
    return SparkConfs.entry(key).map(entry -> entry.kind() == SparkConfs.Kind.RUNTIME).orElse(false);
  }

  /** Whether Spark fixes the key when the server starts (static SQL and Connect confs), so that a session cannot set it. */
  public static boolean isStatic(String key) {
    return SparkConfs.entry(key).map(entry -> entry.kind() == SparkConfs.Kind.STATIC).orElse(false);
  }

  /** Whether the key is one of Spark's core confs, which a session cannot set either. */
  public static boolean isCore(String key) {
    return SparkConfs.entry(key).map(entry -> entry.kind() == SparkConfs.Kind.CORE).orElse(false);
  }

  public String getOrDefault(String key, String fallback) {
    return get(key).orElse(fallback);
  }

  /** Sets the value, checked as Spark checks it ({@link ConfChecks}): a refused value leaves the conf as it was. */
  public void set(String key, String value) {
    ConfChecks.check(key, value);
    values.put(key, value);
  }

  /** This session's values become {@code other}'s (a cloned session starts with its source's settings). */
  public void copyFrom(SessionConf other) {
    values.putAll(other.values);
  }

  public void unset(String key) {
    values.remove(key);
  }

  /** Every conf that has a value: Spark's defaults overlaid with what was set. */
  public Map<String, String> all() {
    Map<String, String> all = new java.util.TreeMap<>(DEFAULTS);
    all.putAll(values);
    return all;
  }

  public String timeZone() {
    return get(TIME_ZONE).orElseThrow();
  }

  /** {@code spark.sql.sources.default}: the format of reads, writes and tables that name none. */
  public String defaultDataSource() {
    return getOrDefault("spark.sql.sources.default", "parquet");
  }

  /**
   * The shuffle partitions whose order Spark's grouped operators keep ({@code spark.sql.shuffle.partitions}) when
   * adaptive execution does not coalesce them ({@code spark.sql.adaptive.enabled} or
   * {@code spark.sql.adaptive.coalescePartitions.enabled} false); empty when it does, which for inputs below about a
   * megabyte shuffled leaves one partition.
   */
  public java.util.OptionalInt uncoalescedShufflePartitions() {
    if (flag("spark.sql.adaptive.enabled") && flag("spark.sql.adaptive.coalescePartitions.enabled")) {
      return java.util.OptionalInt.empty();
    }
    return java.util.OptionalInt.of(Integer.parseInt(getOrDefault(SHUFFLE_PARTITIONS, "200").trim()));
  }

  private boolean flag(String key) {
    return get(key).map(value -> Boolean.parseBoolean(value.trim())).orElse(true);
  }

  public boolean ansiEnabled() {
    return Boolean.parseBoolean(get(ANSI_ENABLED).orElseThrow().trim());
  }

  public boolean arrowExport() {
    return Boolean.parseBoolean(getOrDefault(ARROW_EXPORT, "true").trim());
  }

  /** Spark's {@code spark.sql.legacy.viewSchemaBindingMode}: views keep a schema binding mode. */
  public boolean viewSchemaBindingEnabled() {
    return Boolean.parseBoolean(getOrDefault("spark.sql.legacy.viewSchemaBindingMode", "true").trim());
  }

  /** Spark's {@code spark.sql.legacy.viewSchemaCompensation}: a view without WITH SCHEMA compensates. */
  public boolean viewSchemaCompensation() {
    return Boolean.parseBoolean(getOrDefault("spark.sql.legacy.viewSchemaCompensation", "true").trim());
  }

  public boolean caseSensitive() {
    return Boolean.parseBoolean(get(CASE_SENSITIVE).orElseThrow().trim());
  }
}
