package dev.ember.conformance.cases;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import dev.ember.conformance.CaseBody;
import dev.ember.conformance.CaseGroup;
import dev.ember.conformance.ErrorDescription;
import dev.ember.conformance.Outcome;
import java.util.List;
import java.util.TreeMap;
import org.apache.spark.SparkThrowable;
import org.apache.spark.sql.SparkSession;
import scala.Option;

/**
 * Values {@code spark.conf().set} checks as Spark's SQLConf does when they are set (types, {@code checkValue}
 * requirements, options, time zones), what {@code get} reads back after valid ones, and a session left as it
 * was by a refused one.
 */
public final class ConfValidationCases extends CaseGroup {
  private static final String ANSI = "spark.sql.ansi.enabled";
  private static final String TIME_ZONE = "spark.sql.session.timeZone";
  private static final String PARTITIONS = "spark.sql.shuffle.partitions";
  private static final String RECORDS_PER_BATCH = "spark.sql.execution.arrow.maxRecordsPerBatch";
  /** A conf Spark 4.0 removed: it only takes the value it had then. */
  private static final String REMOVED = "spark.sql.hive.verifyPartitionPath";

  public ConfValidationCases() {
    super("conf_validation");
    sets("boolean_word", ANSI, "maybe");
    sets("boolean_number", "spark.sql.caseSensitive", "1");
    sets("boolean_empty", ANSI, "");
    sets("boolean_cases_and_spaces", ANSI, "TRUE", " false ", "False");
    sets("int_word", RECORDS_PER_BATCH, "abc", "12.5");
    sets("int_overflow", RECORDS_PER_BATCH, "3000000000");
    sets("int_spaces_and_zeros", RECORDS_PER_BATCH, " 500 ", "0700", "-3", "+12");
    sets("int_requirement", PARTITIONS, "3", "0", "-1", "-2147483648", "4");
    sets("int_range", "spark.sql.codegen.aggregate.fastHashMap.capacityBit", "9", "10", "30", "31");
    sets("long_requirement", "spark.sql.session.localRelationChunkSizeBytes", "0", "-5", "1024");
    sets("long_values", "spark.sql.files.maxRecordsPerFile", "abc", "-1", "12345678901", "9223372036854775808");
    sets("double_values", "spark.sql.adaptive.skewJoin.skewedPartitionFactor", "abc", "-0.5", "0", "2.5", "1e3",
        "NaN");
    sets("double_closed_interval", "spark.sql.cbo.joinReorder.card.weight", "1.0000001", "1", "0.99", "-0.0", "1e-400",
        "-1e-300");
    sets("double_open_interval", "spark.sql.adaptive.rebalancePartitionsSmallPartitionFactor", "0", "1", "0.99",
        "1e-300", "Infinity", "-Infinity", "NaN");
    sets("double_fraction", "spark.sql.statistics.ndv.maxError", "0", "0.01", "1", "0.5", "-1");
    sets("time_values", "spark.sql.broadcastTimeout", "abc", "5min", "90", "-1", "10ms", "2 h", "3x");
    sets("time_no_requirement", "spark.sql.streaming.stateStore.maintenanceInterval", "-5s", "0", "15s");
    sets("time_requirement", "spark.sql.scriptTransformation.exitTimeoutInSeconds", "0", "-1s", "500ms", "2s", "1min",
        "1d", " 3 S ");
    sets("bytes_values", "spark.sql.autoBroadcastJoinThreshold", "ten", "10MB", "-1", "1.5g", "64 k", "7kib");
    sets("bytes_no_requirement", "spark.sql.files.maxPartitionBytes", "-1", "0", "1m");
    sets("bytes_requirement", "spark.sql.adaptive.advisoryPartitionSizeInBytes", "0", "-1", "1b", "64m", "-1k", "2GiB",
        "9999999999p");
    sets("enum_values", "spark.sql.legacy.timeParserPolicy", "sometimes", "legacy", " Exception ", "CORRECTED");
    sets("string_options", "spark.sql.parquet.compression.codec", "fast", "ZSTD", " snappy", "gzip");
    sets("string_options_lower", "spark.sql.execution.arrow.compression.codec", "ZSTD", "Snappy", "LZ4");
    sets("string_options_upper", "spark.sql.binaryOutputStyle", "octal", "base64", "HEX");
    sets("time_zones", TIME_ZONE, "Mars/Olympus", "+01:00", "+1:00", "UTC+2", "europe/paris", "GMT-08:30",
        "", "Asia/Tokyo");
    sets("unknown_key", "ember.validation.unknown", "anything", "");
    sets("removed_conf", REMOVED, "true", "false", "TRUE");
    check("removed_conf_condition", (spark, outcome) -> restoring(spark, REMOVED, () -> {
      try {
        spark.conf().set(REMOVED, "true");
        outcome.value("set", "accepted");
      } catch (Exception refused) {  // recorded without its SQLSTATE, which the Connect client fills in (XXKCM)
        SparkThrowable error = (SparkThrowable) refused;
        outcome.value("condition", error.getCondition());
        outcome.value("parameters", new TreeMap<>(error.getMessageParameters()));
      }
    }));
    check("refused_leaves_value", (spark, outcome) -> restoring(spark, PARTITIONS, () -> {
      spark.conf().set(PARTITIONS, "5");
      attempt(spark, outcome, PARTITIONS, "abc");
      attempt(spark, outcome, PARTITIONS, "0");
    }));
    check("refused_batch_size_session_usable", (spark, outcome) -> {
      attempt(spark, outcome, RECORDS_PER_BATCH, "abc");
      outcome.dataset(spark.range(5).select(col("id").multiply(3)).toDF());
    });
    check("refused_ansi_keeps_ansi", (spark, outcome) -> restoring(spark, ANSI, () -> {
      attempt(spark, outcome, ANSI, "maybe");
      outcome.dataset(spark.range(1, 3).select(col("id").divide(0)).toDF());
    }));
    check("refused_time_zone_keeps_zone", (spark, outcome) -> restoring(spark, TIME_ZONE, () -> {
      spark.conf().set(TIME_ZONE, "Asia/Kolkata");
      attempt(spark, outcome, TIME_ZONE, "Nowhere/Town");
      outcome.dataset(spark.range(1).select(lit("2024-01-01 10:00:00").cast("timestamp").cast("long")).toDF());
    }));
  }

  /** Sets each value in turn, recording Spark's answer and the value {@code get} reads back after it. */
  private void sets(String name, String key, String... values) {
    CaseBody body = (spark, outcome) -> restoring(spark, key, () -> {
      for (String value : List.of(values)) {
        attempt(spark, outcome, key, value);
      }
    });
    check(name, body);
  }

  /** Records the answer to one set and what {@code getOption} reads afterwards. */
  private static void attempt(SparkSession spark, Outcome outcome, String key, String value) {
    String label = "'" + value + "'";
    try {
      spark.conf().set(key, value);
      outcome.value(label, "accepted");
    } catch (Exception refused) {  // AnalysisException (a removed conf) is checked in Java's eyes
      outcome.value(label, ErrorDescription.describe(refused));
    }
    outcome.value(label + " then get", spark.conf().getOption(key));
  }

  /** Runs the steps, then gives the key back the value it had before. */
  private static void restoring(SparkSession spark, String key, Runnable steps) {
    Option<String> before = spark.conf().getOption(key);
    try {
      steps.run();
    } finally {
      if (before.isDefined()) {
        spark.conf().set(key, before.get());
      } else {
        spark.conf().unset(key);
      }
    }
  }
}
