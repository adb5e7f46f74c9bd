package dev.ember.conformance.cases;

import static org.apache.spark.sql.functions.col;

import dev.ember.conformance.ConformanceData;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * ORC files: {@code df.write().orc(path)} and {@code format("orc")} (Spark's layout, {@code .zstd.orc} by default,
 * the other codecs, modes, {@code partitionBy}) read back with {@code spark.read().orc(path)} — every type Spark stores
 * in ORC, a user's schema, partition directories, SQL on files, the hidden {@code _metadata} column — tables
 * {@code USING orc}, and Spark's errors.
 */
public final class OrcFileCases extends WriterCaseGroup {
  public OrcFileCases() {
    super("orc_files");
    roundTrips();
    codecs();
    partitioned();
    modes();
    reads();
    tables();
    errors();
  }

  static Dataset<Row> intervals(SparkSession spark) {
    return spark.range(3).selectExpr("id", "make_dt_interval(CAST(id AS INT), 2, 3, 4.5) AS dt",
        "make_ym_interval(CAST(id AS INT), 2) AS ym", "INTERVAL '5' HOUR AS h", "array(INTERVAL '1' DAY) AS days");
  }

  private void roundTrips() {
    written("basic", WriterCases::people, (w, p) -> w.orc(p), (s, p) -> s.read().orc(p));
    written("typed", WriterCases::typed, (w, p) -> w.orc(p), (s, p) -> s.read().orc(p));
    written("typed_as_text", WriterCases::typed, (w, p) -> w.orc(p), (s, p) -> s.read().orc(p)
        .selectExpr("CAST(ts AS STRING) AS ts", "CAST(ntz AS STRING) AS ntz", "CAST(wide AS STRING) AS wide",
            "CAST(f AS STRING) AS f", "hex(bin) AS bin"));
    written("nested", WriterCases::nested, (w, p) -> w.orc(p), (s, p) -> s.read().orc(p));
    written("nested_timestamps", s -> s.range(2).selectExpr("id",
        "array(TIMESTAMP '2024-01-01 00:00:00' + make_interval(0, 0, 0, CAST(id AS INT))) AS ts",
        "map('d', DATE '2024-03-01') AS m", "named_struct('n', TIMESTAMP_NTZ '2024-01-01 12:00:00', "
            + "'dec', CAST(id AS DECIMAL(30, 4))) AS st"), (w, p) -> w.orc(p), (s, p) -> s.read().orc(p));
    written("intervals", OrcFileCases::intervals, (w, p) -> w.orc(p), (s, p) -> s.read().orc(p));
    written("empty", s -> WriterCases.people(s).where("id < 0"), (w, p) -> w.orc(p), (s, p) -> s.read().orc(p));
    written("format_save", WriterCases::people, (w, p) -> w.format("orc").save(p),
        (s, p) -> s.read().format("orc").load(p));
    written("nulls", s -> s.range(3).selectExpr("IF(id = 1, NULL, id) AS a", "IF(id = 0, NULL, concat('s', id)) AS b",
        "IF(id = 2, NULL, array(id)) AS c", "IF(id = 2, NULL, named_struct('x', IF(id = 0, NULL, id))) AS d"),
        (w, p) -> w.orc(p), (s, p) -> s.read().orc(p));
    written("max_records_per_file", s -> WriterCases.people(s).coalesce(1),
        (w, p) -> w.option("maxRecordsPerFile", "2").orc(p), (s, p) -> s.read().orc(p));
  }

  private void codecs() {
    for (String codec : new String[] {"none", "uncompressed", "snappy", "zlib", "zstd", "lz4"}) {
      written("codec_" + codec, WriterCases::people, (w, p) -> w.option("compression", codec).orc(p),
          (s, p) -> s.read().orc(p));
    }
    written("codec_orc_compress", WriterCases::people, (w, p) -> w.option("orc.compress", "ZLIB").orc(p),
        (s, p) -> s.read().orc(p));
    check("codec_conf", (spark, outcome) -> {
      String path = WrittenFiles.fresh("codec_conf");
      spark.conf().set("spark.sql.orc.compression.codec", "snappy");
      try {
        WriterCases.people(spark).write().orc(path);
      } finally {
        spark.conf().unset("spark.sql.orc.compression.codec");
      }
      WrittenFiles.recordFiles(outcome, path);
      outcome.unorderedDataset(spark.read().orc(path));
    });
    failedWrite("codec_unknown", WriterCases::people, (w, p) -> w.option("compression", "fast").orc(p));
  }

  private void partitioned() {
    written("partitioned", WriterCases::people, (w, p) -> w.partitionBy("k").orc(p), (s, p) -> s.read().orc(p));
    written("partitioned_two_columns", s -> WriterCases.people(s).selectExpr("*", "id % 2 = 0 AS even"),
        (w, p) -> w.partitionBy("even", "k").orc(p), (s, p) -> s.read().orc(p));
    written("partitioned_null_and_text", s -> s.range(4).selectExpr("id",
        "CASE id WHEN 0 THEN NULL WHEN 1 THEN '' ELSE 'a b' END AS p"), (w, p) -> w.partitionBy("p").orc(p),
        (s, p) -> s.read().orc(p));
    written("partitioned_filter", WriterCases::people, (w, p) -> w.partitionBy("k").orc(p),
        (s, p) -> s.read().orc(p).where(col("k").equalTo(1)));
    written("partitioned_read_one", WriterCases::people, (w, p) -> w.partitionBy("k").orc(p),
        (s, p) -> s.read().orc(p + "/k=2"));
    written("partitioned_base_path", WriterCases::people, (w, p) -> w.partitionBy("k").orc(p),
        (s, p) -> s.read().option("basePath", p).orc(p + "/k=2"));
  }

  private void modes() {
    writtenTwice("mode_default_exists", WriterCases::people, (w, p) -> w.orc(p), (w, p) -> w.orc(p),
        (s, p) -> s.read().orc(p));
    writtenTwice("mode_append", WriterCases::people, (w, p) -> w.orc(p), (w, p) -> w.mode("append").orc(p),
        (s, p) -> s.read().orc(p));
    writtenTwice("mode_overwrite", WriterCases::people, (w, p) -> w.orc(p),
        (w, p) -> w.mode("overwrite").orc(p), (s, p) -> s.read().orc(p));
    writtenTwice("mode_ignore", WriterCases::people, (w, p) -> w.orc(p), (w, p) -> w.mode("ignore").orc(p),
        (s, p) -> s.read().orc(p));
    writtenTwice("partitioned_append", WriterCases::people, (w, p) -> w.partitionBy("k").orc(p),
        (w, p) -> w.mode("append").partitionBy("k").orc(p), (s, p) -> s.read().orc(p));
  }

  private void reads() {
    written("schema_subset", WriterCases::people, (w, p) -> w.orc(p),
        (s, p) -> s.read().schema("name STRING, id BIGINT").orc(p));
    written("schema_missing_column", WriterCases::people, (w, p) -> w.orc(p),
        (s, p) -> s.read().schema("id BIGINT, extra INT").orc(p));
    written("schema_other_case", WriterCases::people, (w, p) -> w.orc(p),
        (s, p) -> s.read().schema("ID BIGINT, Name STRING").orc(p));
    written("schema_wider_type", WriterCases::people, (w, p) -> w.orc(p),
        (s, p) -> s.read().schema("k BIGINT, score DOUBLE").orc(p));
    written("sql_on_files", WriterCases::people, (w, p) -> w.orc(p),
        (s, p) -> s.sql("SELECT id, name FROM orc.`" + p + "` WHERE id > 2"));
    written("metadata_column", WriterCases::people, (w, p) -> w.partitionBy("k").orc(p),
        (s, p) -> s.read().orc(p).selectExpr("id", "k", "_metadata.file_name LIKE 'part-%.zstd.orc' AS named",
            "_metadata.file_size > 0 AS sized", "_metadata.file_path LIKE 'file:/%' AS uri"));
    written("input_file_name", WriterCases::people, (w, p) -> w.orc(p),
        (s, p) -> s.read().orc(p).selectExpr("id", "input_file_name() LIKE 'file:///%.orc' AS named"));
    // files of ORC's own writer (data/orc): char, varchar, tinyint, decimal, date, timestamp, array; a timestamp
    // with local time zone
    query("hive_types", spark -> spark.read().orc(ConformanceData.path("orc/hive_types.orc")));
    query("hive_types_with_schema", spark -> spark.read().schema("VC STRING, c STRING, missing INT")
        .orc(ConformanceData.path("orc/hive_types.orc")));
    query("hive_types_as_text", spark -> spark.read().orc(ConformanceData.path("orc/hive_types.orc"))
        .selectExpr("concat('[', c, ']') AS c", "CAST(ts AS STRING) AS ts", "CAST(dec AS STRING) AS dec"));
    query("local_time_zone", spark -> spark.read().orc(ConformanceData.path("orc/local_time_zone.orc")));
    check("merge_schema", (spark, outcome) -> mergedRead(spark, outcome, "merge_schema", true));
    check("merge_schema_conf", (spark, outcome) -> {
      spark.conf().set("spark.sql.orc.mergeSchema", "true");
      try {
        mergedRead(spark, outcome, "merge_schema_conf", false);
      } finally {
        spark.conf().unset("spark.sql.orc.mergeSchema");
      }
    });
    check("ignore_corrupt_files", (spark, outcome) -> {
      String path = WrittenFiles.fresh("ignore_corrupt_files");
      WriterCases.people(spark).write().orc(path);
      try {
        java.nio.file.Files.writeString(java.nio.file.Path.of(path, "part-99999-corrupt.orc"), "not an ORC file");
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
      outcome.unorderedDataset(spark.read().option("ignoreCorruptFiles", "true").orc(path));
    });
    written("aggregate", WriterCases::people, (w, p) -> w.partitionBy("k").orc(p),
        (s, p) -> s.read().orc(p).groupBy("k").sum("score"));
  }

  /** Two partitions whose files have different columns (one's a prefix of the other's), read with merged schemas. */
  private static void mergedRead(SparkSession spark, dev.ember.conformance.Outcome outcome, String caseName,
      boolean option) {
    String path = WrittenFiles.fresh(caseName);
    WriterCases.people(spark).select("id", "k").write().orc(path + "/v=1");
    WriterCases.people(spark).write().orc(path + "/v=2");
    outcome.unorderedDataset(option ? spark.read().option("mergeSchema", "true").orc(path) : spark.read().orc(path));
  }

  private void tables() {
    check("create_table_insert", CatalogCaseSteps.inDatabase("orc_create_table_insert", (spark, outcome) -> {
      spark.sql("CREATE TABLE t (a INT, b STRING, c ARRAY<DOUBLE>) USING orc");
      spark.sql("INSERT INTO t VALUES (1, 'one', array(1.5D)), (2, NULL, NULL)");
      spark.sql("INSERT INTO t SELECT 3, 'three', array()");
      outcome.unorderedDataset(spark.table("t"));
    }));
    check("save_as_table", CatalogCaseSteps.inDatabase("orc_save_as_table", (spark, outcome) -> {
      WriterCases.typed(spark).write().format("orc").saveAsTable("t");
      WriterCases.typed(spark).where("b").write().mode("append").format("orc").saveAsTable("t");
      outcome.unorderedDataset(spark.table("t"));
      outcome.value("provider", spark.sql("DESCRIBE TABLE EXTENDED t").where("col_name = 'Provider'")
          .select("data_type").first().getString(0));
    }));
    check("partitioned_table", CatalogCaseSteps.inDatabase("orc_partitioned_table", (spark, outcome) -> {
      spark.sql("CREATE TABLE t (a INT, p STRING) USING orc PARTITIONED BY (p)");
      spark.sql("INSERT INTO t VALUES (1, 'x'), (2, 'y'), (3, 'x')");
      spark.sql("INSERT OVERWRITE t PARTITION (p = 'y') VALUES (20)");
      outcome.unorderedDataset(spark.table("t"));
      outcome.value("partitions", spark.sql("SHOW PARTITIONS t").collectAsList().toString());
    }));
    check("ctas", CatalogCaseSteps.inDatabase("orc_ctas", (spark, outcome) -> {
      spark.sql("CREATE TABLE t USING orc AS SELECT id, concat('v', id) AS v FROM range(3)");
      outcome.unorderedDataset(spark.sql("SELECT * FROM t WHERE id > 0"));
    }));
  }

  private void errors() {
    query("missing_path", spark -> spark.read().orc("/nonexistent/ember/orc_files"));
    written("empty_file_no_schema", s -> WriterCases.people(s).where("id < 0").select("name"), (w, p) -> w.text(p),
        (s, p) -> s.read().orc(p));
    query("not_orc", spark -> spark.read().orc(ConformanceData.path("dates.csv")));
    failedWrite("unsupported_type", s -> s.range(1).selectExpr("make_interval(1, 2) AS i"), (w, p) -> w.orc(p));
    failedWrite("void_column", s -> s.range(1).selectExpr("NULL AS n"), (w, p) -> w.orc(p));
    failedLegacyWrite("partition_column_missing", WriterCases::people, (w, p) -> w.partitionBy("nope").orc(p));
    check("corrupt_file_with_schema", (spark, outcome) -> {
      String path = WrittenFiles.fresh("corrupt_file_with_schema");
      try {
        java.nio.file.Files.createDirectories(java.nio.file.Path.of(path));
        java.nio.file.Files.writeString(java.nio.file.Path.of(path, "part-00000.orc"), "not an ORC file");
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
      outcome.unorderedDataset(spark.read().schema("id BIGINT").orc(path));
    });
    written("schema_unsupported_type", WriterCases::people, (w, p) -> w.orc(p),
        (s, p) -> s.read().schema("id BIGINT, i INTERVAL").orc(p));
  }
}
