package dev.ember.conformance.cases;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.window;

import dev.ember.conformance.CaseGroup;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * {@code withWatermark} and {@code dropDuplicatesWithinWatermark} on batch DataFrames: Spark checks the event-time
 * column and the delay, then drops the watermark (a batch query has no late data); deduplicating within a
 * watermark is for streams only.
 */
public final class BatchWatermarkCases extends CaseGroup {
  public BatchWatermarkCases() {
    super("batch_watermarks");
    query("watermark_then_filter", spark -> events(spark).withWatermark("ts", "10 minutes").where(col("id").gt(1)));
    query("watermark_schema", spark -> events(spark).withWatermark("ts", "1 hour").select(col("ts"), col("id")));
    query("watermark_then_window", spark -> events(spark).withWatermark("ts", "5 minutes")
        .groupBy(window(col("ts"), "1 hour")).agg(count("*").as("n")).orderBy("window"));
    query("watermark_timestamp_ntz", spark -> events(spark).select(col("ts").cast("timestamp_ntz").as("t"))
        .withWatermark("t", "1 minute"));
    query("watermark_not_timestamp", spark -> events(spark).withWatermark("id", "10 minutes"));
    query("watermark_missing_column", spark -> events(spark).withWatermark("nope", "10 minutes"));
    query("watermark_bad_delay", spark -> events(spark).withWatermark("ts", "ten minutes"));
    query("watermark_negative_delay", spark -> events(spark).withWatermark("ts", "-1 minute"));
    query("watermark_month_delay", spark -> events(spark).withWatermark("ts", "1 month"));
    query("watermark_twice", spark -> events(spark).withWatermark("ts", "1 minute").withWatermark("ts", "2 minutes"));
    legacyError("drop_duplicates_within_watermark", spark -> events(spark).withWatermark("ts", "1 minute")
        .dropDuplicatesWithinWatermark());
    legacyError("drop_duplicates_within_watermark_columns", spark -> events(spark).withWatermark("ts", "1 minute")
        .dropDuplicatesWithinWatermark("id"));
  }

  private static Dataset<Row> events(SparkSession spark) {
    return spark.sql("SELECT * FROM VALUES (1, TIMESTAMP '2024-01-01 10:05:00'), (2, TIMESTAMP '2024-01-01 10:35:00'),"
        + " (3, TIMESTAMP '2024-01-01 11:10:00') AS t(id, ts)");
  }
}
