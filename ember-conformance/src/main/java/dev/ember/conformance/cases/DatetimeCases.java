package dev.ember.conformance.cases;

import static dev.ember.conformance.cases.DatetimeData.events;
import static dev.ember.conformance.cases.DatetimeData.inZone;
import static dev.ember.conformance.cases.DatetimeData.strings;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;

import dev.ember.conformance.CaseGroup;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** Date, timestamp and timestamp_ntz literals and casts, rendered in several session time zones. */
public final class DatetimeCases extends CaseGroup {
  public DatetimeCases() {
    super("datetime");
    literals();
    castsFromStrings();
    castsBetweenTypes();
    timeZones();
    comparisons();
  }

  private void literals() {
    query("literal_sql_date", spark -> spark.range(1).select(lit(Date.valueOf("2024-03-05"))));
    query("literal_local_date", spark -> spark.range(1).select(lit(LocalDate.of(2024, 3, 5)),
        lit(LocalDate.of(1970, 1, 1)), lit(LocalDate.of(1969, 12, 31))));
    query("literal_sql_timestamp", spark -> spark.range(1).select(lit(Timestamp.valueOf("2024-03-05 06:07:08.123"))));
    query("literal_instant", spark -> spark.range(1).select(lit(Instant.parse("2024-03-05T06:07:08Z")),
        lit(Instant.parse("1969-12-31T23:59:59.999999Z"))));
    query("literal_local_date_time", spark -> spark.range(1).select(lit(LocalDateTime.of(2024, 3, 5, 6, 7, 8)),
        lit(LocalDateTime.of(2024, 3, 5, 6, 7, 8, 120_000_000))));
    query("literal_timestamp_micros", spark -> spark.range(1).select(
        lit(Timestamp.valueOf("2024-03-05 06:07:08.000001")), lit(Timestamp.valueOf("2024-03-05 06:07:08.1"))));
    query("literal_date_far_past", spark -> spark.range(1).select(lit(LocalDate.of(1900, 2, 28)),
        lit(LocalDate.of(9999, 12, 31))));
    query("literal_dates_aliased", spark -> spark.range(2).select(lit(LocalDate.of(2024, 3, 5)).as("d"),
        lit(Instant.parse("2024-03-05T06:07:08Z")).as("ts"), col("id")));
    query("data_frame_of_datetimes", spark -> events(spark));
  }

  private void castsFromStrings() {
    query("cast_string_to_date", spark -> strings(spark, "2024-03-05", "2024-3-5", " 2024-03-05 ", "2024-03-05T10:00",
        "2024-03", "2024", "2024-03-05 10:11:12", null).select(col("s"), col("s").cast("date")));
    query("cast_string_to_timestamp", spark -> strings(spark, "2024-03-05 06:07:08", "2024-03-05T06:07:08.5",
        "2024-03-05", "2024-03-05 06:07:08Z", "2024-03-05 06:07:08+05:30", "2024-03-05 06:07:08.123456789",
        "2024-03-05 6:7:8", null).select(col("s"), col("s").cast("timestamp")));
    query("cast_string_to_timestamp_ntz", spark -> strings(spark, "2024-03-05 06:07:08", "2024-03-05T06:07:08.25",
        "2024-03-05").select(col("s"), col("s").cast("timestamp_ntz")));
    query("cast_string_with_zone_region_to_timestamp", spark -> strings(spark, "2024-03-05 06:07:08 America/New_York",
        "2024-03-05T06:07:08UTC", "2024-03-05 06:07:08 +01:00", "2024-03-05 06:07:08-0800", "2024-03-05T06:07")
        .select(col("s"), col("s").cast("timestamp").cast("long")));
    query("cast_padded_and_odd_date_strings", spark -> strings(spark, "2024-03-05T", "+2024-03-05", "02024-03-05",
        "2024-03-5 ", "2024-03-05x").select(col("s"), col("s").try_cast("date")));
    query("cast_time_only_strings", spark -> strings(spark, "T06:07:08", "06:07").select(col("s"),
        col("s").try_cast("timestamp").isNull()));
    query("cast_invalid_string_to_date", spark -> strings(spark, "2024-13-01").select(col("s").cast("date")));
    query("cast_invalid_string_to_timestamp", spark -> strings(spark, "not a time").select(col("s").cast("timestamp")));
    query("cast_feb_30_to_date", spark -> strings(spark, "2023-02-29").select(col("s").cast("date")));
    query("try_cast_invalid_strings", spark -> strings(spark, "2024-13-01", "x", "2024-01-02").select(
        col("s").try_cast("date"), col("s").try_cast("timestamp")));
    query("cast_literal_string_to_date", spark -> spark.range(1).select(lit("2024-03-05").cast("date"),
        lit("2024-03-05 01:02:03").cast("timestamp")));
  }

  private void castsBetweenTypes() {
    query("cast_date_to_string", spark -> events(spark).select(col("d").cast("string"), col("ts").cast("string")));
    query("cast_ntz_to_string", spark -> spark.range(1).select(
        lit(LocalDateTime.of(2024, 3, 5, 6, 7, 8, 120_000_000)).cast("string")));
    query("cast_date_to_timestamp", spark -> events(spark).select(col("d").cast("timestamp"),
        col("d").cast("timestamp_ntz")));
    query("cast_timestamp_to_date", spark -> events(spark).select(col("ts").cast("date"),
        col("ts").cast("timestamp_ntz")));
    query("cast_ntz_to_timestamp_and_date", spark -> spark.range(1).select(
        lit(LocalDateTime.of(2024, 3, 5, 23, 7, 8)).cast("timestamp"), lit(LocalDateTime.of(2024, 3, 5, 23, 7, 8))
            .cast("date")));
    query("cast_timestamp_to_numbers", spark -> events(spark).select(col("ts").cast("long"),
        col("ts").cast("double"), col("ts").cast("int")));
    query("cast_long_to_timestamp", spark -> events(spark).select(col("n"), col("n").cast("timestamp")));
    query("cast_double_to_timestamp", spark -> spark.range(1).select(lit(1.5).cast("timestamp"),
        lit(-0.25).cast("timestamp")));
    query("cast_date_to_long_fails", spark -> events(spark).select(col("d").cast("long")));
    query("cast_int_to_date_fails", spark -> spark.range(1).select(lit(1).cast("date")));
    query("cast_timestamp_to_boolean_fails", spark -> events(spark).select(col("ts").cast("boolean")));
  }

  private void timeZones() {
    check("show_timestamp_in_new_york", inZone("America/New_York", spark -> events(spark).select(col("ts"))));
    check("show_timestamp_in_kolkata", inZone("Asia/Kolkata", spark -> events(spark).select(col("ts"))));
    check("instant_literal_in_kolkata", inZone("Asia/Kolkata", spark -> spark.range(1).select(
        lit(Instant.parse("2024-03-05T20:00:00Z")))));
    check("ntz_ignores_time_zone", inZone("Asia/Kolkata", spark -> spark.range(1).select(
        lit(LocalDateTime.of(2024, 3, 5, 6, 7, 8)))));
    check("cast_string_to_timestamp_in_new_york", inZone("America/New_York", spark -> strings(spark,
        "2024-03-05 06:07:08", "2024-07-05 06:07:08", "2024-03-05 06:07:08Z").select(col("s").cast("timestamp"))));
    check("cast_timestamp_to_string_in_kolkata", inZone("Asia/Kolkata", spark -> events(spark).select(
        col("ts").cast("string"))));
    check("cast_timestamp_to_date_in_new_york", inZone("America/New_York", spark -> events(spark).select(
        col("ts"), col("ts").cast("date"))));
    check("cast_date_to_timestamp_in_kolkata", inZone("Asia/Kolkata", spark -> events(spark).select(
        col("d").cast("timestamp"), col("d").cast("timestamp").cast("long"))));
    check("cast_ntz_to_timestamp_in_new_york", inZone("America/New_York", spark -> spark.range(1).select(
        lit(LocalDateTime.of(2024, 3, 5, 6, 7, 8)).cast("timestamp").cast("long"))));
    check("cast_long_to_timestamp_in_utc", inZone("UTC", spark -> events(spark).select(col("n").cast("timestamp"))));
    check("dst_gap_in_new_york", inZone("America/New_York", spark -> strings(spark, "2024-03-10 02:30:00",
        "2024-11-03 01:30:00").select(col("s").cast("timestamp"), col("s").cast("timestamp").cast("long"))));
  }

  private void comparisons() {
    query("date_compared_with_string", spark -> events(spark).select(col("d"), col("d").gt("2024-01-01"),
        col("d").equalTo("2024-02-29")));
    query("date_compared_with_timestamp", spark -> events(spark).select(col("d").lt(col("ts")),
        col("d").equalTo(lit(Timestamp.valueOf("2023-12-31 00:00:00")))));
    query("filter_by_date", spark -> events(spark).filter(col("d").geq(lit(LocalDate.of(2024, 1, 1))))
        .select(col("s")));
    query("timestamp_compared_with_string", spark -> events(spark).select(col("ts").gt("2024-01-15 10:30:45"),
        col("ts").between("2024-01-01", "2024-02-01")));
    query("local_date_time_rows", spark -> spark.createDataFrame(java.util.Arrays.asList(
        org.apache.spark.sql.RowFactory.create(LocalDateTime.of(2024, 3, 5, 6, 7, 8, 9000)),
        org.apache.spark.sql.RowFactory.create((Object) null)),
        new org.apache.spark.sql.types.StructType().add("t", org.apache.spark.sql.types.DataTypes.TimestampNTZType))
        .select(col("t"), col("t").cast("string"), col("t").cast("date")));
    check("timestamp_literal_in_new_york_named", inZone("America/New_York", spark -> spark.range(1).select(
        lit(Timestamp.valueOf("2024-07-01 12:00:00")), lit(Timestamp.valueOf("2024-07-01 12:00:00")).cast("string"))));
    query("order_by_timestamp", spark -> events(spark).orderBy(col("ts").desc_nulls_last()).select(col("ts")));
    query("min_max_datetimes", spark -> events(spark).agg(min("d"), max("d"), min("ts"), max("ts")));
    query("group_by_date", spark -> events(spark).groupBy(col("d")).count().orderBy(col("d").asc_nulls_first()));
  }
}
