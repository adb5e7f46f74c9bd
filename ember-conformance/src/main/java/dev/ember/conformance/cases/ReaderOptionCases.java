package dev.ember.conformance.cases;

import static dev.ember.conformance.ConformanceData.path;
import static org.apache.spark.sql.functions.col;

import dev.ember.conformance.CaseGroup;
import dev.ember.conformance.CaseGroup.DataFrameQuery;
import org.apache.spark.SparkThrowable;

/**
 * Reader options that choose which files are read and how they are split into rows: nested
 * directories, partition discovery, the generic file-source options and the text source's options.
 */
public final class ReaderOptionCases extends CaseGroup {
  public ReaderOptionCases() {
    super("reader_options");
    directories();
    partitions();
    fileSelection();
    text();
    csvOptions();
    parquetSchemas();
  }

  /** Parquet files of two schemas under one path: mergeSchema (option or conf) unites them, else one file's is read. */
  private void parquetSchemas() {
    check("parquet_merge_schema", (spark, outcome) -> parquetRead(spark, outcome, "parquet_merge_schema", "true"));
    check("parquet_merge_schema_off", (spark, outcome) -> parquetRead(spark, outcome, "parquet_merge_schema_off",
        null));
    check("parquet_merge_schema_conf", (spark, outcome) -> {
      spark.conf().set("spark.sql.parquet.mergeSchema", "true");
      try {
        parquetRead(spark, outcome, "parquet_merge_schema_conf", null);
      } finally {
        spark.conf().unset("spark.sql.parquet.mergeSchema");
      }
    });
  }

  private static void parquetRead(org.apache.spark.sql.SparkSession spark, dev.ember.conformance.Outcome outcome,
      String caseName, String mergeSchema) {
    String directory = WrittenFiles.fresh(caseName);
    WriterCases.people(spark).select("id", "k").write().parquet(directory + "/v=1");
    WriterCases.people(spark).write().parquet(directory + "/v=2");
    org.apache.spark.sql.DataFrameReader reader = spark.read();
    if (mergeSchema != null) {
      reader = reader.option("mergeSchema", mergeSchema);
    }
    outcome.unorderedDataset(reader.parquet(directory));
  }

  /** The error's condition and parameter names only, where Spark's other details are not reproducible. */
  private void errorCondition(String caseName, DataFrameQuery query) {
    check(caseName, (spark, outcome) -> {
      try {
        query.apply(spark).collectAsList();
        outcome.value("error", "none");
      } catch (Exception error) {
        SparkThrowable thrown = (SparkThrowable) error;
        outcome.value("condition", thrown.getCondition());
        outcome.value("parameters", String.valueOf(new java.util.TreeSet<>(thrown.getMessageParameters().keySet())));
      }
    });
  }

  private void directories() {
    unordered("nested_directories", spark -> spark.read().option("header", "true").csv(path("nested")));
    unordered("recursive_file_lookup", spark -> spark.read().option("header", "true")
        .option("recursiveFileLookup", "true").csv(path("nested")));
    unordered("path_glob_filter", spark -> spark.read().option("header", "true")
        .option("pathGlobFilter", "*.csv").csv(path("nested")));
    unordered("path_glob_filter_prefix", spark -> spark.read().option("header", "true")
        .option("pathGlobFilter", "in*").option("recursiveFileLookup", "true").csv(path("nested")));
    query("path_glob_filter_nothing", spark -> spark.read().option("header", "true")
        .option("pathGlobFilter", "*.json").csv(path("nested")));
    unordered("conflicting_directories", spark -> spark.read().option("header", "true").csv(path("conflicting")));
  }

  private void partitions() {
    unordered("partition_discovery", spark -> spark.read().option("header", "true").csv(path("partitioned")));
    query("partition_discovery_schema", spark -> spark.read().option("header", "true").option("inferSchema", "true")
        .csv(path("partitioned")).orderBy("name"));
    query("partition_filter", spark -> spark.read().option("header", "true").csv(path("partitioned"))
        .filter(col("year").equalTo(2023)).orderBy("name"));
    query("partition_null_value", spark -> spark.read().option("header", "true").csv(path("partitioned"))
        .filter(col("year").isNull()));
    query("partition_aggregate", spark -> spark.read().option("header", "true").csv(path("partitioned"))
        .groupBy("year").count().orderBy("year"));
    unordered("partition_subdirectory", spark -> spark.read().option("header", "true")
        .csv(path("partitioned/year=2023")));
    unordered("partition_base_path", spark -> spark.read().option("header", "true")
        .option("basePath", path("partitioned")).csv(path("partitioned/year=2023")));
    unordered("partition_recursive_no_columns", spark -> spark.read().option("header", "true")
        .option("recursiveFileLookup", "true").csv(path("partitioned")));
    query("partition_types", spark -> spark.read().option("header", "true").csv(path("partitioned_types"))
        .orderBy("name"));
    query("partition_with_schema", spark -> spark.read().option("header", "true")
        .schema("name STRING, score DOUBLE, year INT").csv(path("partitioned")).orderBy("name"));
    unordered("partition_glob_one_directory", spark -> spark.read().option("header", "true")
        .csv(path("partitioned/year=2023*")));
    // the suspicious paths are listed in the order of a hash map: only the condition is Spark's for sure
    errorCondition("partition_glob_conflict_condition", spark -> spark.read().option("header", "true")
        .csv(path("partitioned/year=202*")));
  }

  private void fileSelection() {
    unordered("modified_after_all", spark -> spark.read().option("header", "true")
        .option("modifiedAfter", "2000-01-01T00:00:00").csv(path("csv_dir")));
    query("modified_before_none", spark -> spark.read().option("header", "true")
        .option("modifiedBefore", "2000-01-01T00:00:00").csv(path("csv_dir")));
    query("modified_before_none_with_schema", spark -> spark.read().option("header", "true")
        .option("modifiedBefore", "2000-01-01T00:00:00").schema("k STRING, v INT").csv(path("csv_dir")));
    query("modified_after_bad_value", spark -> spark.read().option("modifiedAfter", "yesterday")
        .csv(path("csv_dir")));
    errorCondition("modified_after_bad_value_condition", spark -> spark.read().option("modifiedAfter", "yesterday")
        .csv(path("csv_dir")));
    unordered("ignore_corrupt_files", spark -> spark.read().option("ignoreCorruptFiles", "true")
        .parquet(path("parquet_corrupt")));
    query("corrupt_file_fails", spark -> spark.read().parquet(path("parquet_corrupt")));
    query("corrupt_file_fails_with_schema", spark -> spark.read().schema("id BIGINT")
        .parquet(path("parquet_corrupt")));
    unordered("parquet_schema_absent_column", spark -> spark.read().schema("n BIGINT, absent STRING")
        .parquet(path("parquet_dir")));
    unordered("parquet_schema_other_case", spark -> spark.read().schema("N BIGINT, S STRING")
        .parquet(path("parquet_dir")));
    unordered("ignore_missing_files", spark -> spark.read().option("ignoreMissingFiles", "true")
        .parquet(path("parquet_dir")));
    query("ignore_missing_files_missing_path", spark -> spark.read().option("ignoreMissingFiles", "true")
        .parquet(path("missing.parquet")));
  }

  private void text() {
    query("text_wholetext", spark -> spark.read().option("wholetext", "true").text(path("lines.txt")));
    unordered("text_wholetext_directory", spark -> spark.read().option("wholetext", "true").text(path("csv_dir")));
    query("text_line_sep", spark -> spark.read().option("lineSep", "|").text(path("pipes.txt")));
    query("text_line_sep_two_chars", spark -> spark.read().option("lineSep", "::").text(path("double_sep.txt")));
    unordered("text_nested_directories", spark -> spark.read().text(path("nested")));
    unordered("text_partitioned", spark -> spark.read().text(path("partitioned_types")));
  }

  private void csvOptions() {
    query("csv_encoding_latin1", spark -> spark.read().option("header", "true").option("encoding", "ISO-8859-1")
        .csv(path("latin1.csv")));
    query("csv_charset_latin1", spark -> spark.read().option("header", "true").option("charset", "latin1")
        .csv(path("latin1.csv")));
  }
}
