package dev.ember.conformance.cases;

import static dev.ember.conformance.ConformanceData.path;
import static dev.ember.conformance.cases.DatetimeData.inZone;
import static org.apache.spark.sql.functions.col;

import dev.ember.conformance.CaseGroup;

/**
 * Parquet files written by real Spark 4.2.0 ({@code data/spark_timestamps}, written in UTC): INT96
 * timestamps (Spark's default output), TIMESTAMP_MICROS and TIMESTAMP_MILLIS (UTC-adjusted) and
 * TIMESTAMP_NTZ, read back as Spark's {@code timestamp} in the session time zone or as {@code timestamp_ntz}.
 */
public final class ParquetTimestampCases extends CaseGroup {
  public ParquetTimestampCases() {
    super("parquet_timestamps");
    for (String kind : new String[] {"int96", "micros", "millis", "ntz"}) {
      query(kind + "_schema_and_rows", spark -> spark.read().parquet(path("spark_timestamps/" + kind)).orderBy("id"));
      check(kind + "_in_new_york", inZone("America/New_York", spark -> spark.read()
          .parquet(path("spark_timestamps/" + kind)).orderBy("id")));
      check(kind + "_as_long_and_string_in_kolkata", inZone("Asia/Kolkata", spark -> spark.read()
          .parquet(path("spark_timestamps/" + kind)).orderBy("id")
          .select(col("ts").cast("long"), col("ts").cast("string"))));
    }
    query("int96_with_schema", spark -> spark.read().schema("id INT, ts TIMESTAMP")
        .parquet(path("spark_timestamps/int96")).orderBy("id"));
    query("ntz_compared_with_timestamp", spark -> spark.read().parquet(path("spark_timestamps/ntz"))
        .select(col("id"), col("ts_ntz").cast("timestamp").equalTo(col("ts"))).orderBy("id"));
  }
}
