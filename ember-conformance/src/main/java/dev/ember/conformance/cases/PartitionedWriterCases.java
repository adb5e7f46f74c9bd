package dev.ember.conformance.cases;

import static org.apache.spark.sql.functions.col;

import org.apache.spark.sql.SparkSession;

/**
 * {@code df.write().partitionBy(...)}: Hive-style {@code column=value} directories (Spark's escaping, the default
 * partition for null and empty values), the partition columns left out of the files and found again by the reader
 * with their inferred types; partition overwrite static and dynamic; Spark's errors for partition columns.
 */
public final class PartitionedWriterCases extends WriterCaseGroup {
  public PartitionedWriterCases() {
    super("partitioned_writers");
    layouts();
    values();
    modes();
    errors();
  }

  /** Rows partitioned by a column {@code p} of these values, written as Parquet and read back. */
  private void partitionValues(String caseName, String partitionValue) {
    written(caseName, spark -> spark.range(4).selectExpr("id", partitionValue + " AS p"),
        (w, p) -> w.partitionBy("p").parquet(p), (s, p) -> s.read().parquet(p));
  }

  private void layouts() {
    written("one_int_column", WriterCases::people, (w, p) -> w.partitionBy("k").parquet(p),
        (s, p) -> s.read().parquet(p));
    written("two_columns", s -> WriterCases.people(s).selectExpr("*", "id % 2 = 0 AS even"),
        (w, p) -> w.partitionBy("even", "k").parquet(p), (s, p) -> s.read().parquet(p));
    written("csv", WriterCases::people, (w, p) -> w.partitionBy("k").csv(p), (s, p) -> s.read().csv(p));
    written("json", WriterCases::people, (w, p) -> w.partitionBy("k").json(p), (s, p) -> s.read().json(p));
    written("text", s -> WriterCases.people(s).select("name", "k"), (w, p) -> w.partitionBy("k").text(p),
        (s, p) -> s.read().text(p));
    written("column_in_the_middle", WriterCases::people, (w, p) -> w.partitionBy("name").parquet(p),
        (s, p) -> s.read().parquet(p));
    written("case_insensitive_name", WriterCases::people, (w, p) -> w.partitionBy("K").parquet(p),
        (s, p) -> s.read().parquet(p));
    written("read_filter", WriterCases::people, (w, p) -> w.partitionBy("k").parquet(p),
        (s, p) -> s.read().parquet(p).where(col("k").equalTo(1)));
    written("read_one_partition", WriterCases::people, (w, p) -> w.partitionBy("k").parquet(p),
        (s, p) -> s.read().parquet(p + "/k=2"));
    written("read_base_path", WriterCases::people, (w, p) -> w.partitionBy("k").parquet(p),
        (s, p) -> s.read().option("basePath", p).parquet(p + "/k=2"));
    check("read_without_type_inference", (spark, outcome) -> {
      String path = WrittenFiles.fresh("read_without_type_inference");
      WriterCases.people(spark).write().partitionBy("k").parquet(path);
      spark.conf().set("spark.sql.sources.partitionColumnTypeInference.enabled", "false");
      try {
        outcome.unorderedDataset(spark.read().parquet(path));
      } finally {
        spark.conf().unset("spark.sql.sources.partitionColumnTypeInference.enabled");
      }
    });
    written("max_records_per_file", s -> WriterCases.people(s).coalesce(1),
        (w, p) -> w.option("maxRecordsPerFile", "1").partitionBy("k").parquet(p), (s, p) -> s.read().parquet(p));
  }

  private void values() {
    written("escaped_values", s -> s.range(9).selectExpr("id",
        "element_at(array('a/b', 'c:d', 'e=f', 'g%h', 'i j', 'k#l', 'm?n', 'o\"p', 'ü*'), CAST(id + 1 AS INT)) AS p"),
        (w, p) -> w.partitionBy("p").parquet(p), (s, p) -> s.read().parquet(p));
    partitionValues("null_and_empty", "CASE id WHEN 0 THEN NULL WHEN 1 THEN '' ELSE 'x' END");
    partitionValues("null_int", "IF(id = 0, NULL, CAST(id AS INT))");
    partitionValues("dates", "date_add(DATE '2024-12-30', CAST(id AS INT))");
    partitionValues("timestamps", "TIMESTAMP '2024-12-30 10:00:00' + make_interval(0, 0, 0, 0, CAST(id AS INT))");
    partitionValues("doubles", "id / 4D");
    partitionValues("decimals", "CAST(id / 4 AS DECIMAL(5, 2))");
    partitionValues("booleans", "id % 2 = 0");
    partitionValues("longs", "id * 10000000000");
    partitionValues("numeric_strings", "concat('0', id)");
  }

  private void modes() {
    writtenTwice("append", WriterCases::people, (w, p) -> w.partitionBy("k").parquet(p),
        (w, p) -> w.mode("append").partitionBy("k").parquet(p), (s, p) -> s.read().parquet(p));
    check("overwrite_static", (spark, outcome) -> overwrite(spark, outcome, "overwrite_static", "static"));
    check("overwrite_dynamic", (spark, outcome) -> overwrite(spark, outcome, "overwrite_dynamic", "dynamic"));
  }

  /** Writes k = 0, 1, 2, then overwrites with rows of k = 1 only: static replaces everything, dynamic k=1 only. */
  private static void overwrite(SparkSession spark, dev.ember.conformance.Outcome outcome, String name, String mode)
      throws Exception {
    String path = WrittenFiles.fresh(name);
    WriterCases.people(spark).write().partitionBy("k").parquet(path);
    spark.conf().set("spark.sql.sources.partitionOverwriteMode", mode);
    try {
      WriterCases.people(spark).where("k = 1").selectExpr("id + 100 AS id", "k", "name", "score").write()
          .mode("overwrite").partitionBy("k").parquet(path);
    } finally {
      spark.conf().unset("spark.sql.sources.partitionOverwriteMode");
    }
    WrittenFiles.recordFiles(outcome, path);
    outcome.unorderedDataset(spark.read().parquet(path));
  }

  private void errors() {
    failedWrite("error_all_columns", s -> WriterCases.people(s).select("k", "name"),
        (w, p) -> w.partitionBy("k", "name").parquet(p));
    failedLegacyWrite("error_missing_column", WriterCases::people, (w, p) -> w.partitionBy("nosuch").parquet(p));
    failedWrite("error_array_column", s -> WriterCases.people(s).selectExpr("id", "array(k) AS a"),
        (w, p) -> w.partitionBy("a").parquet(p));
    failedWrite("error_struct_column", s -> WriterCases.people(s).selectExpr("id", "named_struct('k', k) AS st"),
        (w, p) -> w.partitionBy("st").parquet(p));
    check("empty", (spark, outcome) -> {
      String path = WrittenFiles.fresh("empty");
      WriterCases.people(spark).where("id < 0").write().partitionBy("k").parquet(path);
      WrittenFiles.recordFiles(outcome, path);
    });
    failedWrite("error_text_two_data_columns", WriterCases::people, (w, p) -> w.partitionBy("k").text(p));
  }
}
