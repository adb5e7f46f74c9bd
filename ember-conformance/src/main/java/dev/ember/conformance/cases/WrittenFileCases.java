package dev.ember.conformance.cases;

import static dev.ember.conformance.ConformanceData.path;
import static org.apache.spark.sql.functions.col;

import dev.ember.conformance.CaseGroup;

/**
 * Files one engine wrote, read by the other: {@code data/written_by_spark} holds what Spark 4.2.0 wrote (its part
 * files, partition directories and {@code _SUCCESS}; Hadoop's {@code .crc} files left out), {@code
 * data/written_by_ember} what Ember wrote from the same queries (ORC's from the {@code orc_files} cases). The goldens are Spark reading both; Ember must read
 * both alike.
 */
public final class WrittenFileCases extends CaseGroup {
  public WrittenFileCases() {
    super("written_files");
    for (String writer : new String[] {"spark", "ember"}) {
      String root = "written_by_" + writer + "/";
      unordered(writer + "_typed_parquet", spark -> spark.read().parquet(path(root + "typed_parquet")));
      unordered(writer + "_typed_parquet_as_text", spark -> spark.read().parquet(path(root + "typed_parquet"))
          .selectExpr("CAST(ts AS STRING) AS ts", "CAST(ntz AS STRING) AS ntz", "CAST(wide AS STRING) AS wide",
              "CAST(f AS STRING) AS f"));
      unordered(writer + "_partitioned_parquet", spark -> spark.read().parquet(path(root + "partitioned_parquet")));
      unordered(writer + "_partitioned_parquet_filtered", spark -> spark.read()
          .parquet(path(root + "partitioned_parquet")).where(col("k").equalTo(1).and(col("day").gt("2024-02-28"))));
      unordered(writer + "_partitioned_csv", spark -> spark.read().option("header", "true")
          .option("inferSchema", "true").csv(path(root + "partitioned_csv")));
      unordered(writer + "_partitioned_csv_lines", spark -> spark.read().text(path(root + "partitioned_csv")));
      unordered(writer + "_json", spark -> spark.read().json(path(root + "json")));
      unordered(writer + "_json_schema", spark -> spark.read().schema("id BIGINT, ts TIMESTAMP, dec DECIMAL(20, 3), "
          + "maybe STRING").json(path(root + "json")));
      unordered(writer + "_typed_orc", spark -> spark.read().orc(path(root + "typed_orc")));
      unordered(writer + "_typed_orc_as_text", spark -> spark.read().orc(path(root + "typed_orc"))
          .selectExpr("CAST(ts AS STRING) AS ts", "CAST(ntz AS STRING) AS ntz", "CAST(wide AS STRING) AS wide",
              "CAST(f AS STRING) AS f", "hex(bin) AS bin"));
      unordered(writer + "_nested_orc", spark -> spark.read().orc(path(root + "nested_orc")));
      unordered(writer + "_intervals_orc", spark -> spark.read().orc(path(root + "intervals_orc")));
      unordered(writer + "_partitioned_orc", spark -> spark.read().orc(path(root + "partitioned_orc"))
          .where(col("k").gt(0)));
    }
  }
}
