package dev.ember.conformance.cases;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * {@code df.write()} to a path: each format and save mode, the main options and codecs, Spark's layout of part files
 * and {@code _SUCCESS}, read back with {@code spark.read()}; and the errors Spark gives before writing.
 */
public final class WriterCases extends WriterCaseGroup {
  public WriterCases() {
    super("writers");
    parquet();
    modes();
    csv();
    lineOptions();
    jsonAndText();
    emptyAndFiles();
    errors();
  }

  static Dataset<Row> people(SparkSession spark) {
    return spark.range(6).selectExpr("id", "CAST(id % 3 AS INT) AS k", "concat('n', id) AS name",
        "id * 1.5D AS score");
  }

  static Dataset<Row> typed(SparkSession spark) {
    return spark.range(3).selectExpr("id % 2 = 0 AS b", "CAST(id AS TINYINT) AS t", "CAST(id * 300 AS SMALLINT) AS s",
        "CAST(id AS INT) * 100000 AS i", "id * 10000000000 AS l", "CAST(id AS FLOAT) / 4 AS f", "id / 3D AS d",
        "CAST(id * 12.34 AS DECIMAL(10, 2)) AS dec", "CAST(id AS DECIMAL(38, 10)) / 7 AS wide",
        "CAST(NULL AS STRING) AS nothing", "concat('s', id) AS str", "date_add(DATE '2024-02-28', CAST(id AS INT)) AS day",
        "TIMESTAMP '2024-02-28 10:30:00.123456' + make_interval(0, 0, 0, CAST(id AS INT)) AS ts",
        "TIMESTAMP_NTZ '2024-02-28 10:30:00' + make_interval(0, 0, 0, 0, CAST(id AS INT)) AS ntz",
        "CAST(concat('x', id) AS BINARY) AS bin");
  }

  static Dataset<Row> nested(SparkSession spark) {
    return spark.range(3).selectExpr("id", "array(id, id + 1) AS arr", "map(concat('k', id), id * 2) AS m",
        "named_struct('a', id, 'b', concat('v', id), 'c', array(named_struct('x', id))) AS st",
        "IF(id = 1, NULL, array(CAST(NULL AS STRING), 'z')) AS maybe");
  }

  private void parquet() {
    written("parquet_basic", WriterCases::people, (w, p) -> w.parquet(p), (s, p) -> s.read().parquet(p));
    written("parquet_types", WriterCases::typed, (w, p) -> w.parquet(p), (s, p) -> s.read().parquet(p));
    written("parquet_nested", WriterCases::nested, (w, p) -> w.parquet(p), (s, p) -> s.read().parquet(p));
    written("parquet_empty", s -> people(s).where("id < 0"), (w, p) -> w.parquet(p), (s, p) -> s.read().parquet(p));
    written("parquet_save_default_format", WriterCases::people, (w, p) -> w.save(p), (s, p) -> s.read().parquet(p));
    written("parquet_format_save", WriterCases::people, (w, p) -> w.format("parquet").save(p),
        (s, p) -> s.read().format("parquet").load(p));
    written("parquet_path_option", WriterCases::people, (w, p) -> w.option("path", p).format("parquet").save(),
        (s, p) -> s.read().parquet(p));
    for (String codec : new String[] {"none", "uncompressed", "snappy", "gzip", "zstd"}) {
      written("parquet_codec_" + codec, WriterCases::people, (w, p) -> w.option("compression", codec).parquet(p),
          (s, p) -> s.read().parquet(p));
    }
    written("parquet_codec_upper_case", WriterCases::people, (w, p) -> w.option("compression", "GZIP").parquet(p),
        (s, p) -> s.read().parquet(p));
    check("parquet_codec_conf", (spark, outcome) -> {
      spark.conf().set("spark.sql.parquet.compression.codec", "zstd");
      try {
        String path = WrittenFiles.fresh("parquet_codec_conf");
        people(spark).write().parquet(path);
        WrittenFiles.recordFiles(outcome, path);
      } finally {
        spark.conf().unset("spark.sql.parquet.compression.codec");
      }
    });
    written("parquet_column_names", s -> s.range(2).selectExpr("id AS `a b`", "id AS `Ü`", "id AS `x.y`"),
        (w, p) -> w.parquet(p), (s, p) -> s.read().parquet(p));
    written("parquet_max_records_per_file", s -> people(s).coalesce(1),
        (w, p) -> w.option("maxRecordsPerFile", "4").parquet(p), (s, p) -> s.read().parquet(p));
    written("parquet_read_as_text_columns", WriterCases::typed, (w, p) -> w.parquet(p),
        (s, p) -> s.read().parquet(p).selectExpr("CAST(ts AS STRING) AS ts", "CAST(ntz AS STRING) AS ntz",
            "CAST(wide AS STRING) AS wide"));
  }

  private void modes() {
    writtenTwice("mode_default_exists", WriterCases::people, (w, p) -> w.parquet(p), (w, p) -> w.parquet(p),
        (s, p) -> s.read().parquet(p));
    writtenTwice("mode_error_if_exists", WriterCases::people, (w, p) -> w.parquet(p),
        (w, p) -> w.mode("errorifexists").parquet(p), (s, p) -> s.read().parquet(p));
    writtenTwice("mode_ignore_exists", WriterCases::people, (w, p) -> w.parquet(p),
        (w, p) -> w.mode("ignore").json(p), (s, p) -> s.read().parquet(p));
    writtenTwice("mode_append", WriterCases::people, (w, p) -> w.parquet(p), (w, p) -> w.mode("append").parquet(p),
        (s, p) -> s.read().parquet(p));
    writtenTwice("mode_overwrite", WriterCases::people, (w, p) -> w.parquet(p),
        (w, p) -> w.mode("overwrite").option("compression", "gzip").parquet(p), (s, p) -> s.read().parquet(p));
    written("mode_overwrite_missing", WriterCases::people, (w, p) -> w.mode("overwrite").csv(p),
        (s, p) -> s.read().csv(p));
    written("mode_append_missing", WriterCases::people, (w, p) -> w.mode("append").json(p),
        (s, p) -> s.read().json(p));
    written("mode_ignore_missing", WriterCases::people, (w, p) -> w.mode("ignore").json(p),
        (s, p) -> s.read().json(p));
    check("mode_overwrite_read_path", (spark, outcome) -> {
      String path = WrittenFiles.fresh("mode_overwrite_read_path");
      people(spark).write().parquet(path);
      try {
        spark.read().parquet(path).write().mode("overwrite").parquet(path);
      } finally {
        outcome.unorderedDataset(spark.read().parquet(path));
      }
    });
    check("mode_append_read_path", (spark, outcome) -> {
      String path = WrittenFiles.fresh("mode_append_read_path");
      people(spark).write().parquet(path);
      spark.read().parquet(path).where("id < 2").write().mode("append").parquet(path);
      outcome.unorderedDataset(spark.read().parquet(path));
    });
  }

  private void csv() {
    written("csv_default", WriterCases::people, (w, p) -> w.csv(p), (s, p) -> s.read().csv(p));
    written("csv_header", WriterCases::people, (w, p) -> w.option("header", "true").csv(p),
        (s, p) -> s.read().option("header", "true").option("inferSchema", "true").csv(p));
    written("csv_types_as_text", s -> typed(s).drop("bin"), (w, p) -> w.csv(p), (s, p) -> s.read().csv(p));
    written("csv_sep", WriterCases::people, (w, p) -> w.option("sep", ";").csv(p),
        (s, p) -> s.read().text(p));
    written("csv_quotes", s -> s.range(1).selectExpr("'a,b' AS x", "'say \"hi\"' AS y", "'' AS z",
        "CAST(NULL AS STRING) AS n", "' padded ' AS w"), (w, p) -> w.csv(p), (s, p) -> s.read().text(p));
    written("csv_quote_escape_options", s -> s.range(1).selectExpr("'a;b' AS x", "'it''s' AS y"),
        (w, p) -> w.option("sep", ";").option("quote", "'").option("escape", "\\").csv(p),
        (s, p) -> s.read().text(p));
    written("csv_null_value", s -> s.range(2).selectExpr("IF(id = 0, NULL, 'x') AS v", "id"),
        (w, p) -> w.option("nullValue", "NA").csv(p), (s, p) -> s.read().text(p));
    written("csv_timestamp_format", s -> typed(s).select("ts"),
        (w, p) -> w.option("timestampFormat", "yyyy/MM/dd HH:mm").csv(p), (s, p) -> s.read().text(p));
    written("csv_gzip", WriterCases::people, (w, p) -> w.option("compression", "gzip").csv(p),
        (s, p) -> s.read().csv(p));
    written("csv_header_empty", s -> people(s).where("id < 0").coalesce(1),
        (w, p) -> w.option("header", "true").csv(p), (s, p) -> s.read().text(p));
    written("csv_header_quoted_names", s -> s.range(1).coalesce(1).selectExpr("id AS `a,b`", "id AS `c\"d`"),
        (w, p) -> w.option("header", "true").csv(p), (s, p) -> s.read().text(p));
  }

  private void lineOptions() {
    written("csv_date_format", s -> typed(s).select("day", "str"),
        (w, p) -> w.option("dateFormat", "dd/MM/yyyy").csv(p), (s, p) -> s.read().text(p));
    written("csv_empty_value", s -> s.range(3).selectExpr("CASE id WHEN 0 THEN '' WHEN 1 THEN NULL ELSE 'x' END AS v"),
        (w, p) -> w.option("emptyValue", "EMPTY").csv(p), (s, p) -> s.read().text(p));
    written("csv_line_sep", s -> people(s).coalesce(1), (w, p) -> w.option("lineSep", "|").csv(p),
        (s, p) -> s.read().option("wholetext", "true").text(p));
    written("json_date_format", s -> typed(s).select("day", "str"),
        (w, p) -> w.option("dateFormat", "yyyy/MM/dd").json(p), (s, p) -> s.read().text(p));
    written("json_line_sep", s -> people(s).coalesce(1), (w, p) -> w.option("lineSep", "\r\n").json(p),
        (s, p) -> s.read().option("lineSep", "\r\n").text(p));
    written("text_line_sep", s -> s.range(3).coalesce(1).selectExpr("concat('line ', id) AS value"),
        (w, p) -> w.option("lineSep", ";").text(p), (s, p) -> s.read().option("wholetext", "true").text(p));
    written("csv_quote_all", WriterCases::people, (w, p) -> w.option("quoteAll", "true").csv(p),
        (s, p) -> s.read().text(p));
  }

  private void jsonAndText() {
    written("json_default", WriterCases::people, (w, p) -> w.json(p), (s, p) -> s.read().json(p));
    written("json_types", WriterCases::typed, (w, p) -> w.json(p), (s, p) -> s.read().text(p));
    written("json_nested", WriterCases::nested, (w, p) -> w.json(p), (s, p) -> s.read().json(p));
    written("json_nulls_left_out", s -> s.range(2).selectExpr("id", "IF(id = 0, NULL, 'x') AS v"),
        (w, p) -> w.json(p), (s, p) -> s.read().text(p));
    written("json_gzip", WriterCases::people, (w, p) -> w.option("compression", "gzip").json(p),
        (s, p) -> s.read().json(p));
    written("json_format_save", WriterCases::people, (w, p) -> w.format("json").save(p), (s, p) -> s.read().json(p));
    written("text_basic", s -> s.range(3).selectExpr("concat('line ', id) AS value"), (w, p) -> w.text(p),
        (s, p) -> s.read().text(p));
    written("text_special_characters", s -> s.range(1).selectExpr("'a,b \"q\" \\\\ \\t tab' AS line"),
        (w, p) -> w.text(p), (s, p) -> s.read().text(p));
    written("text_gzip", s -> s.range(3).selectExpr("concat('line ', id) AS value"),
        (w, p) -> w.option("compression", "gzip").text(p), (s, p) -> s.read().text(p));
    written("text_empty_string", s -> s.range(2).selectExpr("IF(id = 0, '', 'x') AS value"), (w, p) -> w.text(p),
        (s, p) -> s.read().text(p));
  }

  private void emptyAndFiles() {
    written("csv_empty", s -> people(s).where("id < 0").coalesce(1), (w, p) -> w.csv(p), (s, p) -> s.read().text(p));
    written("json_empty", s -> people(s).where("id < 0").coalesce(1), (w, p) -> w.json(p),
        (s, p) -> s.read().text(p));
    written("text_empty", s -> people(s).where("id < 0").select("name").coalesce(1), (w, p) -> w.text(p),
        (s, p) -> s.read().text(p));
    check("mode_overwrite_file_path", (spark, outcome) -> {
      String path = WrittenFiles.fresh("mode_overwrite_file_path");
      java.nio.file.Files.writeString(java.nio.file.Path.of(path), "a file\n");
      people(spark).write().mode("overwrite").parquet(path);
      WrittenFiles.recordFiles(outcome, path);
      outcome.unorderedDataset(spark.read().parquet(path));
    });
    check("mode_error_file_path", (spark, outcome) -> {
      String path = WrittenFiles.fresh("mode_error_file_path");
      java.nio.file.Files.writeString(java.nio.file.Path.of(path), "a file\n");
      people(spark).write().parquet(path);
    });
  }

  private void errors() {
    failedWrite("error_text_two_columns", WriterCases::people, (w, p) -> w.text(p));
    failedWrite("error_text_int_column", s -> s.range(2).toDF(), (w, p) -> w.text(p));
    failedWrite("error_csv_array", WriterCases::nested, (w, p) -> w.csv(p));
    failedWrite("error_csv_struct", s -> nested(s).select("st"), (w, p) -> w.csv(p));
    failedWrite("error_unknown_format", WriterCases::people, (w, p) -> w.format("nosuchformat").save(p));
    failedWrite("error_unknown_codec", WriterCases::people, (w, p) -> w.option("compression", "nosuch").parquet(p));
    failedWrite("error_unknown_text_codec", WriterCases::people, (w, p) -> w.option("compression", "nosuch").csv(p));
    failedWrite("error_invalid_mode", WriterCases::people, (w, p) -> w.mode("sometimes").parquet(p));
    failedLegacyWrite("error_text_two_string_columns", s -> people(s).selectExpr("name", "concat(name, 1) AS other"),
        (w, p) -> w.text(p));
    failedLegacyWrite("error_path_option_and_save", WriterCases::people,
        (w, p) -> w.option("path", p).save(p));
    failedLegacyWrite("error_bucket_by_save", WriterCases::people, (w, p) -> w.bucketBy(2, "k").parquet(p));
    failedLegacyWrite("error_bucket_sort_by_save", WriterCases::people,
        (w, p) -> w.bucketBy(2, "k").sortBy("id").parquet(p));
    failedWrite("error_sort_by_without_bucket", WriterCases::people, (w, p) -> w.sortBy("id").parquet(p));
    failedWrite("error_duplicate_names", s -> s.range(2).selectExpr("id", "id AS ID"), (w, p) -> w.json(p));
  }
}
