package dev.ember.conformance.cases;

import static dev.ember.conformance.cases.DatetimeData.events;
import static dev.ember.conformance.cases.DatetimeData.inZone;
import static dev.ember.conformance.cases.DatetimeData.strings;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.date_format;
import static org.apache.spark.sql.functions.from_unixtime;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.to_date;
import static org.apache.spark.sql.functions.to_timestamp;
import static org.apache.spark.sql.functions.try_to_timestamp;
import static org.apache.spark.sql.functions.unix_timestamp;

import dev.ember.conformance.CaseGroup;
import java.time.LocalDateTime;

/** Functions that read or write Spark datetime patterns: to_date, to_timestamp, date_format, unix time. */
public final class DatetimeFormatCases extends CaseGroup {
  public DatetimeFormatCases() {
    super("datetime_formats");
    parsing();
    formatting();
    unixTime();
  }

  private void parsing() {
    query("to_date_default", spark -> events(spark).select(to_date(col("s")), to_date(col("ts"))));
    query("to_date_pattern", spark -> strings(spark, "05/03/2024", "31/12/1999", null)
        .select(to_date(col("s"), "dd/MM/yyyy")));
    query("to_date_month_name", spark -> strings(spark, "Mar 5 2024", "Dec 31 1999")
        .select(to_date(col("s"), "MMM d yyyy")));
    query("to_date_malformed_fails", spark -> strings(spark, "2024/03/05").select(to_date(col("s"))));
    query("to_date_pattern_mismatch_fails", spark -> strings(spark, "2024-03-05")
        .select(to_date(col("s"), "dd/MM/yyyy")));
    query("to_timestamp_default", spark -> strings(spark, "2024-03-05 06:07:08", "2024-03-05T06:07:08.123",
        "2024-03-05").select(to_timestamp(col("s"))));
    query("to_timestamp_without_year", spark -> strings(spark, "12-25", "01-01")
        .select(to_timestamp(col("s"), "MM-dd"), to_date(col("s"), "MM-dd"),
            try_to_timestamp(col("s"), lit("MM-dd HH:mm"))));
    query("to_timestamp_without_year_leap_day", spark -> strings(spark, "02-29")
        .select(to_timestamp(col("s"), "MM-dd")));
    query("to_timestamp_without_year_with_time", spark -> strings(spark, "01-01 10:11", "12-31 23:59")
        .select(try_to_timestamp(col("s"), lit("MM-dd HH:mm"))));
    query("to_timestamp_two_digit_year", spark -> strings(spark, "01/02/99", "31/12/69", "15/06/00", "15/06/68")
        .select(to_timestamp(col("s"), "dd/MM/yy"), to_date(col("s"), "dd/MM/yy")));
    query("to_timestamp_day_of_year", spark -> strings(spark, "9", "300", "365")
        .select(to_timestamp(col("s"), "D"), to_date(col("s"), "D")));
    query("to_timestamp_pattern", spark -> strings(spark, "05/03/2024 18:07:08", "31/12/1999 00:00:01")
        .select(to_timestamp(col("s"), "dd/MM/yyyy HH:mm:ss")));
    query("to_timestamp_quoted_t_and_millis", spark -> strings(spark, "2024-03-05T06:07:08.123")
        .select(to_timestamp(col("s"), "yyyy-MM-dd'T'HH:mm:ss.SSS")));
    query("to_timestamp_am_pm", spark -> strings(spark, "2024-03-05 06:07 PM", "2024-03-05 12:30 AM")
        .select(to_timestamp(col("s"), "yyyy-MM-dd hh:mm a")));
    query("to_timestamp_malformed_fails", spark -> strings(spark, "yesterday").select(to_timestamp(col("s"))));
    query("to_timestamp_pattern_mismatch_fails", spark -> strings(spark, "2024-03-05")
        .select(to_timestamp(col("s"), "yyyy-MM-dd HH:mm:ss")));
    query("try_to_timestamp", spark -> strings(spark, "2024-03-05 06:07:08", "yesterday", null)
        .select(try_to_timestamp(col("s")), try_to_timestamp(col("s"), lit("yyyy-MM-dd HH:mm:ss"))));
    query("to_timestamp_of_date", spark -> events(spark).select(to_timestamp(col("d"))));
    check("to_timestamp_in_new_york", inZone("America/New_York", spark -> strings(spark, "2024-03-05 06:07:08")
        .select(to_timestamp(col("s")), to_timestamp(col("s"), "yyyy-MM-dd HH:mm:ss").cast("long"))));
    query("to_date_single_digit_for_padded_field_fails", spark -> strings(spark, "2024-3-5")
        .select(to_date(col("s"), "yyyy-MM-dd")));
    query("to_date_short_pattern_accepts_two_digits", spark -> strings(spark, "2024-3-5", "2024-12-25")
        .select(to_date(col("s"), "yyyy-M-d")));
    query("to_timestamp_trailing_text_fails", spark -> strings(spark, "2024-03-05 06:07:08 extra")
        .select(to_timestamp(col("s"), "yyyy-MM-dd HH:mm:ss")));
    query("to_timestamp_micros_pattern", spark -> strings(spark, "2024-03-05 06:07:08.123456")
        .select(to_timestamp(col("s"), "yyyy-MM-dd HH:mm:ss.SSSSSS")));
    check("to_timestamp_date_only_pattern_in_new_york", inZone("America/New_York", spark -> strings(spark,
        "2024-03-05").select(to_timestamp(col("s"), "yyyy-MM-dd"), to_timestamp(col("s"), "yyyy-MM-dd").cast("long"))));
    query("to_date_of_timestamp_with_pattern", spark -> events(spark).select(to_date(col("ts"), "dd/MM/yyyy")));
    query("try_to_timestamp_pattern_mismatch", spark -> strings(spark, "05/03/2024", "2024-03-05 06:07:08")
        .select(try_to_timestamp(col("s"), lit("yyyy-MM-dd HH:mm:ss"))));
    query("to_date_unsupported_letter_fails", spark -> strings(spark, "2024-03-05")
        .select(to_date(col("s"), "yyyy-MM-dd A")));
  }

  private void formatting() {
    query("date_format_date", spark -> events(spark).select(date_format(col("d"), "yyyy-MM-dd"),
        date_format(col("d"), "dd/MM/yyyy"), date_format(col("d"), "yy.M.d")));
    query("date_format_timestamp", spark -> events(spark).select(
        date_format(col("ts"), "yyyy-MM-dd HH:mm:ss"), date_format(col("ts"), "HH:mm:ss.SSS"),
        date_format(col("ts"), "yyyyMMddHHmmss")));
    query("date_format_names", spark -> events(spark).select(date_format(col("d"), "MMM"),
        date_format(col("d"), "MMMM"), date_format(col("d"), "EEE"), date_format(col("d"), "EEEE")));
    query("date_format_twelve_hour", spark -> events(spark).select(date_format(col("ts"), "hh:mm a"),
        date_format(col("ts"), "h a")));
    query("date_format_quoted_literals", spark -> events(spark).select(
        date_format(col("ts"), "yyyy-MM-dd'T'HH:mm:ss"), date_format(col("d"), "'day' D 'of' yyyy"),
        date_format(col("d"), "''yy''")));
    query("date_format_of_string", spark -> events(spark).select(date_format(col("s"), "MM/dd/yyyy")));
    query("date_format_of_ntz", spark -> spark.range(1).select(date_format(
        lit(LocalDateTime.of(2024, 3, 5, 6, 7, 8)), "yyyy-MM-dd HH:mm")));
    check("date_format_in_new_york", inZone("America/New_York", spark -> events(spark).select(
        date_format(col("ts"), "yyyy-MM-dd HH:mm:ss"))));
    query("date_format_fraction_digits", spark -> events(spark).select(date_format(col("ts"), "ss.SSSSSS"),
        date_format(col("ts"), "ss.S"), date_format(col("ts"), "ss.SS")));
    query("date_format_null_pattern", spark -> events(spark).select(date_format(col("d"), null)));
    check("date_format_in_kolkata_across_midnight", inZone("Asia/Kolkata", spark -> events(spark).select(
        date_format(col("ts"), "EEEE dd MMM yyyy hh:mm a"))));
    query("date_format_unsupported_letter_fails", spark -> events(spark).select(date_format(col("d"), "yyyy-MM-dd A")));
    query("date_format_week_based_fails", spark -> events(spark).select(date_format(col("d"), "YYYY-ww")));
    query("date_format_unknown_letter_fails", spark -> events(spark).select(date_format(col("d"), "yyyy-MM-dd b")));
  }

  private void unixTime() {
    query("unix_timestamp_of_timestamp", spark -> events(spark).select(unix_timestamp(col("ts")),
        unix_timestamp(col("d"))));
    query("unix_timestamp_of_string", spark -> strings(spark, "2024-03-05 06:07:08", null)
        .select(unix_timestamp(col("s"))));
    query("unix_timestamp_with_pattern", spark -> strings(spark, "05/03/2024").select(
        unix_timestamp(col("s"), "dd/MM/yyyy")));
    query("unix_timestamp_malformed_fails", spark -> strings(spark, "05/03/2024").select(unix_timestamp(col("s"))));
    check("unix_timestamp_now_type", (spark, outcome) -> outcome.schema(spark.range(1).select(unix_timestamp())));
    query("from_unixtime", spark -> events(spark).select(col("n"), from_unixtime(col("n"))));
    query("from_unixtime_pattern", spark -> events(spark).select(from_unixtime(col("n"), "yyyy/MM/dd HH:mm")));
    check("from_unixtime_in_kolkata", inZone("Asia/Kolkata", spark -> events(spark).select(from_unixtime(col("n")),
        unix_timestamp(lit("2024-03-05 06:07:08")))));
  }
}
