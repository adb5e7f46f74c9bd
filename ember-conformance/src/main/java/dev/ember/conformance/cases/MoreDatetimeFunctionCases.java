package dev.ember.conformance.cases;

import static dev.ember.conformance.cases.DatetimeData.events;
import static dev.ember.conformance.cases.DatetimeData.inZone;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.curdate;
import static org.apache.spark.sql.functions.current_timezone;
import static org.apache.spark.sql.functions.date_diff;
import static org.apache.spark.sql.functions.date_from_unix_date;
import static org.apache.spark.sql.functions.date_part;
import static org.apache.spark.sql.functions.dateadd;
import static org.apache.spark.sql.functions.datepart;
import static org.apache.spark.sql.functions.dayname;
import static org.apache.spark.sql.functions.call_function;
import static org.apache.spark.sql.functions.extract;
import static org.apache.spark.sql.functions.from_utc_timestamp;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.localtimestamp;
import static org.apache.spark.sql.functions.make_timestamp;
import static org.apache.spark.sql.functions.make_timestamp_ltz;
import static org.apache.spark.sql.functions.make_timestamp_ntz;
import static org.apache.spark.sql.functions.monthname;
import static org.apache.spark.sql.functions.timestamp_micros;
import static org.apache.spark.sql.functions.timestamp_millis;
import static org.apache.spark.sql.functions.timestamp_seconds;
import static org.apache.spark.sql.functions.to_unix_timestamp;
import static org.apache.spark.sql.functions.to_utc_timestamp;
import static org.apache.spark.sql.functions.try_make_timestamp;
import static org.apache.spark.sql.functions.try_make_timestamp_ltz;
import static org.apache.spark.sql.functions.try_make_timestamp_ntz;
import static org.apache.spark.sql.functions.to_timestamp_ltz;
import static org.apache.spark.sql.functions.to_timestamp_ntz;
import static org.apache.spark.sql.functions.convert_timezone;
import static org.apache.spark.sql.functions.try_to_date;
import static org.apache.spark.sql.functions.unix_date;
import static org.apache.spark.sql.functions.unix_micros;
import static org.apache.spark.sql.functions.unix_millis;
import static org.apache.spark.sql.functions.unix_seconds;
import static org.apache.spark.sql.functions.weekday;
import static org.apache.spark.sql.functions.window;

import dev.ember.conformance.CaseGroup;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** Date and timestamp functions beyond the basics: epoch conversions, time zones, constructors, field names. */
public final class MoreDatetimeFunctionCases extends CaseGroup {
  public MoreDatetimeFunctionCases() {
    super("more_datetime_functions");
    epochs();
    timeZones();
    constructors();
    fields();
    timeWindows();
  }

  private void timeWindows() {
    unordered("window_group_by", spark -> events(spark).groupBy(window(col("ts"), "1 day")).count());
    query("window_select", spark -> events(spark).select(window(col("ts"), "10 minutes"), col("n")));
    query("window_start_time", spark -> events(spark).select(window(col("ts"), "1 hour", "1 hour", "15 minutes")
        .getField("start").as("start")));
    query("window_compound_duration", spark -> events(spark).select(window(col("ts"), "2 hours 30 minutes")
        .getField("end").as("end")));
    query("window_of_ntz", spark -> spark.range(1).select(window(lit(LocalDateTime.of(2024, 3, 5, 6, 7, 8)),
        "1 week")));
    query("window_fields_aggregated", spark -> events(spark).groupBy(window(col("ts"), "1 week").as("w"))
        .agg(org.apache.spark.sql.functions.max("n")).select(col("w.start"), col("w.end"), col("max(n)")));
  }

  private void epochs() {
    query("timestamp_from_epoch", spark -> events(spark).select(timestamp_seconds(col("n")),
        timestamp_millis(col("n")), timestamp_micros(col("n"))));
    query("timestamp_seconds_fractional", spark -> spark.range(1).select(timestamp_seconds(lit(1.5)),
        timestamp_seconds(lit(new java.math.BigDecimal("-1.000001"))), timestamp_seconds(lit(1230219000))));
    query("unix_epochs", spark -> events(spark).select(unix_seconds(col("ts")), unix_millis(col("ts")),
        unix_micros(col("ts")), unix_date(col("d"))));
    query("unix_of_negative", spark -> spark.range(1).select(unix_seconds(lit(java.sql.Timestamp.valueOf(
        "1969-12-31 23:59:59.5"))), unix_millis(lit(java.sql.Timestamp.valueOf("1969-12-31 23:59:59.9995"))),
        unix_date(lit(LocalDate.of(1969, 12, 31)))));
    query("date_from_unix_date", spark -> spark.range(1).select(date_from_unix_date(lit(0)),
        date_from_unix_date(lit(19000)), date_from_unix_date(lit(-1)), date_from_unix_date(lit(null).cast("int"))));
    query("to_unix_timestamp", spark -> events(spark).select(to_unix_timestamp(col("ts")),
        to_unix_timestamp(col("s"), lit("yyyy-MM-dd")), to_unix_timestamp(col("d")),
        to_unix_timestamp(lit("2024-03-05 06:07:08"))));
    query("to_unix_timestamp_unparsable", spark -> events(spark).select(to_unix_timestamp(col("s"))));
  }

  private void timeZones() {
    query("from_to_utc_timestamp", spark -> events(spark).select(from_utc_timestamp(col("ts"), "Asia/Seoul"),
        to_utc_timestamp(col("ts"), "America/Los_Angeles"), from_utc_timestamp(col("s"), "+02:00"),
        to_utc_timestamp(col("d"), "Europe/Paris")));
    query("from_utc_timestamp_column_zone", spark -> events(spark).select(from_utc_timestamp(col("ts"),
        lit("UTC")), from_utc_timestamp(col("ts"), lit(null).cast("string"))));
    check("from_utc_timestamp_session_zone", inZone("America/New_York", spark -> spark.range(1).select(
        from_utc_timestamp(lit(java.sql.Timestamp.valueOf("2024-03-10 06:30:00")), "Europe/Berlin"),
        to_utc_timestamp(lit(java.sql.Timestamp.valueOf("2024-03-10 06:30:00")), "Asia/Kolkata"))));
    query("from_utc_timestamp_invalid_zone", spark -> spark.range(1).select(from_utc_timestamp(
        lit(java.sql.Timestamp.valueOf("2024-01-01 00:00:00")), "Mars/Olympus")));
    check("current_timezone_type", (spark, outcome) -> outcome.schema(spark.range(1).select(current_timezone())));
    check("current_timezone_value", inZone("Asia/Tokyo", spark -> spark.range(1).select(current_timezone())));
    check("curdate_localtimestamp_types", (spark, outcome) -> outcome.schema(spark.range(1).select(curdate(),
        localtimestamp())));
  }

  private void constructors() {
    query("make_timestamp", spark -> spark.range(1).select(make_timestamp(lit(2024), lit(2), lit(29), lit(10),
        lit(30), lit(45.123456)), make_timestamp(lit(2024), lit(1), lit(1), lit(0), lit(0), lit(60)),
        make_timestamp(lit(2024), lit(1), lit(1), lit(1), lit(2), lit(3), lit("Asia/Tokyo"))));
    query("make_timestamp_invalid", spark -> spark.range(1).select(make_timestamp(lit(2023), lit(2), lit(29),
        lit(0), lit(0), lit(0))));
    query("make_timestamp_ntz_ltz", spark -> spark.range(1).select(make_timestamp_ntz(lit(2024), lit(3), lit(5),
        lit(6), lit(7), lit(8.5)), make_timestamp_ltz(lit(2024), lit(3), lit(5), lit(6), lit(7), lit(8.5)),
        make_timestamp_ltz(lit(2024), lit(3), lit(5), lit(6), lit(7), lit(8), lit("-05:00"))));
    query("make_timestamp_nulls", spark -> spark.range(1).select(make_timestamp(lit(2024), lit(null).cast("int"),
        lit(1), lit(0), lit(0), lit(0)), try_make_timestamp(lit(2024), lit(13), lit(1), lit(0), lit(0), lit(0))));
    query("make_timestamp_invalid_hour", spark -> spark.range(1).select(make_timestamp_ntz(lit(2024), lit(1),
        lit(1), lit(24), lit(0), lit(0))));
    query("try_make_timestamp_ntz", spark -> spark.range(1).select(try_make_timestamp_ntz(lit(2024), lit(1), lit(1),
        lit(23), lit(60), lit(0)), try_make_timestamp_ntz(lit(2023), lit(12), lit(31), lit(23), lit(59), lit(60)),
        try_make_timestamp_ltz(lit(2024), lit(2), lit(30), lit(0), lit(0), lit(0))));
    // Spark names the seven-argument try_make_timestamp without its time zone (try_make_timestamp_ltz with it)
    query("try_make_timestamp_zone", spark -> spark.range(1).select(try_make_timestamp(lit(2014), lit(12), lit(28),
        lit(6), lit(30), lit(45.887), lit("CET")), try_make_timestamp_ltz(lit(2014), lit(12), lit(28), lit(6), lit(30),
        lit(45.887), lit("CET"))));
    check("make_timestamp_session_zone", inZone("America/New_York", spark -> spark.range(1).select(
        make_timestamp(lit(2024), lit(3), lit(10), lit(2), lit(30), lit(0)),
        make_timestamp(lit(2024), lit(11), lit(3), lit(1), lit(30), lit(0)))));
    query("to_timestamp_ltz_ntz", spark -> events(spark).select(to_timestamp_ltz(col("s")), to_timestamp_ntz(col("s")),
        to_timestamp_ntz(col("s"), lit("yyyy-MM-dd")), to_timestamp_ltz(col("s"), lit("yyyy-MM-dd")),
        to_timestamp_ntz(col("d"))));
    query("to_timestamp_ntz_unparsable", spark -> spark.range(1).select(to_timestamp_ntz(lit("2024/01/01"),
        lit("yyyy-MM-dd"))));
    query("convert_timezone", spark -> spark.range(1).select(convert_timezone(lit("Europe/Brussels"),
        lit("America/Los_Angeles"), lit(LocalDateTime.of(2021, 12, 6, 0, 0))),
        convert_timezone(lit("Asia/Tokyo"), lit(LocalDateTime.of(2021, 12, 6, 0, 0))),
        convert_timezone(lit("+02:00"), lit("UTC"), lit(LocalDateTime.of(2021, 12, 6, 0, 0)))));
    query("from_utc_timestamp_zone_spellings", spark -> events(spark).select(from_utc_timestamp(col("ts"), "PST"),
        from_utc_timestamp(col("ts"), "GMT+1"), to_utc_timestamp(col("ts"), "-8:00"), from_utc_timestamp(col("ts"),
        "Z")));
    query("unix_seconds_of_string", spark -> spark.range(1).select(unix_seconds(lit("2024-03-05 06:07:08.9"))));
    query("unix_micros_of_date", spark -> spark.range(1).select(unix_micros(lit(LocalDate.of(2024, 3, 5)))));
    query("unix_date_of_timestamp", spark -> events(spark).select(unix_date(col("ts"))));
    query("timestamp_millis_of_long", spark -> spark.range(1).select(timestamp_millis(lit(1709618828123L)),
        timestamp_micros(lit(-1L)), timestamp_millis(lit((short) 5))));
    query("timestamp_millis_of_double", spark -> spark.range(1).select(timestamp_millis(lit(1.5))));
    query("timestamp_seconds_of_string", spark -> spark.range(1).select(timestamp_seconds(lit("1"))));
    query("try_to_date", spark -> spark.range(1).select(try_to_date(lit("2024-02-30")),
        try_to_date(lit("2024-02-29")), try_to_date(lit("05/03/2024"), "dd/MM/yyyy"),
        try_to_date(lit("x"), "dd/MM/yyyy")));
    query("dateadd_date_diff", spark -> events(spark).select(dateadd(col("d"), lit(10)),
        date_diff(col("d"), lit(LocalDate.of(2024, 1, 1)))));
  }

  private void fields() {
    query("weekday_dayname_monthname", spark -> events(spark).select(weekday(col("d")), dayname(col("d")),
        monthname(col("d")), weekday(col("ts")), dayname(col("s"))));
    query("extract_fields", spark -> events(spark).select(extract(lit("YEAR"), col("ts")), extract(lit("month"),
        col("d")), extract(lit("DAY"), col("ts")), extract(lit("hour"), col("ts")), extract(lit("minute"), col("ts")),
        extract(lit("second"), col("ts"))));
    query("date_part_fields", spark -> events(spark).select(date_part(lit("dow"), col("d")),
        date_part(lit("dayofweek_iso"), col("d")), date_part(lit("doy"), col("d")), date_part(lit("quarter"), col("d")),
        date_part(lit("week"), col("d")), datepart(lit("yearofweek"), col("d")), date_part(lit("s"), col("ts"))));
    query("extract_from_ntz", spark -> spark.range(1).select(extract(lit("second"),
        lit(LocalDateTime.of(2024, 3, 5, 6, 7, 8, 123_456_000))), extract(lit("hours"),
        lit(LocalDateTime.of(2024, 3, 5, 6, 7, 8)))));
    query("extract_unknown_field", spark -> events(spark).select(extract(lit("fortnight"), col("d"))));
    query("date_part_of_string", spark -> events(spark).select(call_function("date_part", lit("MONTH"), col("s")),
        call_function("extract", lit("YEAR"), col("d"))));
  }
}
