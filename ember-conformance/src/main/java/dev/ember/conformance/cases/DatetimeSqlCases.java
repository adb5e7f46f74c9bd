package dev.ember.conformance.cases;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;

import dev.ember.conformance.CaseGroup;
import org.apache.spark.sql.functions;

/**
 * Dates and timestamps through spark.sql and the DataFrame API: timestampadd / timestampdiff by unit (and their
 * dateadd / datediff / timediff spellings), timestamp literals with zones, parsing with variable fractions,
 * optional sections and zone names, Spark's errors for pattern lengths, make_timestamp(date), time_bucket.
 */
public final class DatetimeSqlCases extends CaseGroup {
  private static final String TIMES = "(VALUES (TIMESTAMP_NTZ '2024-01-31 10:15:30.123456', DATE '2024-02-29'),"
      + " (TIMESTAMP_NTZ '1999-12-31 23:59:59', DATE '2000-01-01'), (NULL, NULL)) AS t(ts, d)";

  public DatetimeSqlCases() {
    super("datetime_sql");
    query("timestampadd_units", spark -> spark.sql("SELECT timestampadd(MONTH, -1, timestamp'2022-03-31 01:02:03'),"
        + " timestampadd(MINUTE, 58, timestamp'2022-02-14 01:02:03'), dateadd(QUARTER, 5, date'2022-02-25'),"
        + " date_add(MICROSECOND, 1001, timestamp'2022-02-25 01:02:03.123'), timestampadd(WEEK, 2, date'2024-02-20')"));
    query("timestampadd_ntz_keeps_type", spark -> spark.sql("SELECT timestampadd(YEAR, 1, timestamp_ntz'2024-02-29"
        + " 10:00:00'), timestampadd(HOUR, -25, timestamp_ntz'2024-03-10 12:00:00')"));
    query("timestampdiff_units", spark -> spark.sql("SELECT timestampdiff(MONTH, timestamp'2022-02-14 01:02:03',"
        + " timestamp'2022-01-14 01:02:03'), timestampdiff(YEAR, date'2022-02-15', date'2023-02-14'),"
        + " datediff(QUARTER, date'2022-02-25', date'2023-05-25'), date_diff(MILLISECOND, timestamp'2022-02-25"
        + " 01:02:03.456', timestamp'2022-02-25 01:02:03.455'), timediff(WEEK, date'2024-01-01', date'2024-01-31')"));
    query("timestampdiff_mixed_ntz", spark -> spark.sql("SELECT timestampdiff(DAY, timestamp_ntz'2022-02-25"
        + " 01:02:03', date'2022-03-01'), timestampdiff(SECOND, date'2022-02-15',"
        + " timestamp_ntz'2022-02-14 23:59:59')"));
    unordered("timestampadd_columns", spark -> spark.sql("SELECT ts, timestampadd(DAY, 1, ts), timestampdiff(HOUR, d,"
        + " ts) FROM " + TIMES));
    query("timestampadd_quoted_unit_error", spark -> spark.sql("SELECT timestampadd('MONTH', 1, date'2022-01-01')"));
    query("timestampdiff_quoted_unit_error", spark -> spark.sql("SELECT datediff('YEAR', date'2022-01-01',"
        + " date'2023-01-01')"));
    query("timestampadd_expr_dataframe", spark -> spark.range(3).select(col("id"),
        expr("timestampadd(DAY, id, timestamp_ntz'2024-02-28 00:00:00')").as("next"),
        expr("timestampdiff(MINUTE, timestamp'2024-01-01 00:00:00', timestamp'2024-01-01 01:30:00')").as("m")));
    query("timestamp_literal_zones", spark -> spark.sql("SELECT unix_seconds(timestamp'2020-12-01 14:30:08Z'),"
        + " unix_micros(timestamp'2020-12-01 14:30:08.999999+01:00'), unix_millis(timestamp'2020-12-01T14:30:08"
        + " UTC+05:30'), unix_seconds(timestamp_ltz'2019-01-01 00:00:00 America/New_York')"));
    query("timestamp_ntz_literal_ignores_zone", spark -> spark.sql("SELECT timestamp_ntz'2020-12-01 14:30:08Z',"
        + " timestamp_ntz'2020-12-01 14:30:08 Europe/Paris'"));
    query("timestamp_literal_short_forms", spark -> spark.sql("SELECT timestamp'2019', timestamp'2019-7',"
        + " timestamp'2019-07-04 5:6', timestamp'+2019-07-04T05:06:07.1234567'"));
    query("timestamp_literal_invalid", spark -> spark.sql("SELECT timestamp'2019-01-01中文'"));
    query("timestamp_literal_invalid_number", spark -> spark.sql("SELECT timestamp'4294967297'"));
    query("parse_variable_fraction", spark -> spark.sql("SELECT to_timestamp('2019-10-06 10:11:12.1',"
        + " 'yyyy-MM-dd HH:mm:ss.SSSSSS'), to_timestamp('2019-10-06 10:11:12.12345', 'yyyy-MM-dd HH:mm:ss.SSSSSS'),"
        + " to_timestamp('12.1234019-10-06S10:11', 'ss.SSSSy-MM-dd''S''HH:mm')"));
    query("parse_fraction_too_long_error", spark -> spark.sql("SELECT to_timestamp('2019-10-06 10:11:12.1234567',"
        + " 'yyyy-MM-dd HH:mm:ss.SSSSSS')"));
    query("parse_optional_section", spark -> spark.sql("SELECT to_timestamp('2019-10-06 10:11', 'yyyy-MM-dd"
        + " HH:mm[:ss]'), to_timestamp('2019-10-06 10:11:12', 'yyyy-MM-dd HH:mm[:ss]'),"
        + " try_to_timestamp('2019-10-06 10:11:', 'yyyy-MM-dd HH:mm[:ss]')"));
    query("parse_zone_names", spark -> spark.sql("SELECT to_timestamp('2019-10-06 10:11:12.123UTC',"
        + " 'yyyy-MM-dd HH:mm:ss.SSSSSS[zzz]'), to_timestamp('2019-10-06 10:11:12 PST', 'yyyy-MM-dd HH:mm:ss zzz'),"
        + " to_timestamp('2019-10-06 10:11:12.12345CST', 'yyyy-MM-dd HH:mm:ss.SSSSSS[zzz]')"));
    query("parse_repeated_field_must_agree", spark -> spark.sql("SELECT try_to_timestamp('123456 2019-10-06"
        + " 10:11:12.123456', 'SSSSSS yyyy-MM-dd HH:mm:ss.SSSSSS'), try_to_timestamp('223456 2019-10-06"
        + " 10:11:12.123456', 'SSSSSS yyyy-MM-dd HH:mm:ss.SSSSSS')"));
    query("parse_day_of_year_and_hours", spark -> spark.sql("SELECT to_timestamp('2020-366', 'yyyy-DDD'),"
        + " to_timestamp('2019 10:10:10', 'yyyy hh:mm:ss'), to_timestamp('12 PM', 'hh a'), to_timestamp('24:00',"
        + " 'kk:mm'), try_to_timestamp('2019-366', 'yyyy-DDD')"));
    query("parse_dataframe_column", spark -> spark.sql("SELECT * FROM VALUES ('2024-03-01 7:05:09.5'),"
        + " ('2024-13-01 07:05:09.5'), (NULL) AS t(s)").select(col("s"),
        functions.try_to_timestamp(col("s"), lit("yyyy-MM-dd H:mm:ss.SSS")).as("parsed")));
    query("pattern_too_many_letters_upgrade", spark -> spark.sql("SELECT date_format(timestamp'2018-11-17"
        + " 13:33:33', 'HHH')"));
    query("pattern_length_quarter", spark -> spark.sql("SELECT date_format(timestamp'2018-11-17 13:33:33',"
        + " 'qqqqq')"));
    query("pattern_week_based_e", spark -> spark.sql("SELECT date_format(timestamp'2018-11-17 13:33:33', 'e')"));
    query("pattern_too_many_offset_letters", spark -> spark.sql("SELECT date_format(timestamp'2018-11-17 13:33:33',"
        + " 'xxxxxx')"));
    query("to_date_month_name_too_long", spark -> spark.sql("SELECT to_date('26/October/2015', 'dd/MMMMM/yyyy')"));
    query("format_optional_section", spark -> spark.sql("SELECT date_format(timestamp'2019-10-06 10:11:12',"
        + " 'yyyy-MM-dd[ HH:mm]')"));
    query("make_timestamp_of_date", spark -> spark.sql("SELECT make_timestamp(DATE'2021-07-11'),"
        + " try_make_timestamp(NULL), make_timestamp_ltz(DATE'2021-07-11', TIME'06:30:45.678'),"
        + " try_make_timestamp_ntz(DATE'2021-07-11', TIME'06:30:45')"));
    query("time_bucket_day_time", spark -> spark.sql("SELECT time_bucket(INTERVAL '15' MINUTE,"
        + " TIMESTAMP_NTZ '2024-01-01 11:27:00'), time_bucket(INTERVAL '1' HOUR, TIMESTAMP_NTZ '2024-01-01 11:27:00',"
        + " TIMESTAMP_NTZ '1970-01-01 00:05:00'), time_bucket(INTERVAL '1' DAY, TIMESTAMP_NTZ '1969-12-31 23:30:00')"));
    query("time_bucket_year_month", spark -> spark.sql("SELECT time_bucket(INTERVAL '1' MONTH,"
        + " TIMESTAMP_NTZ '2024-03-01 12:00:00', TIMESTAMP_NTZ '1970-01-31 00:00:00'), time_bucket(INTERVAL '1-3'"
        + " YEAR TO MONTH, TIMESTAMP_NTZ '2024-06-20 10:00:00')"));
    query("time_bucket_session_zone", spark -> spark.sql("SELECT time_bucket(INTERVAL '1' DAY, TIMESTAMP"
        + " '2024-03-10 12:00:00'), time_bucket(INTERVAL '1' MONTH, TIMESTAMP '2024-03-15 10:00:00')"));
    query("time_bucket_dataframe", spark -> spark.sql("SELECT * FROM VALUES (TIMESTAMP_NTZ '2024-01-15 10:23:00'),"
        + " (TIMESTAMP_NTZ '2024-01-15 14:07:00') AS t(ts)").select(col("ts"),
        functions.time_bucket(expr("INTERVAL '15' MINUTE"), col("ts")).as("bucket")));
    query("time_bucket_non_positive_error", spark -> spark.sql("SELECT time_bucket(INTERVAL '5' MINUTE - INTERVAL"
        + " '15' MINUTE, TIMESTAMP '2024-06-20 09:47:00')"));
    query("time_bucket_mixed_flavors_error", spark -> spark.sql("SELECT time_bucket(INTERVAL '1' HOUR, TIMESTAMP"
        + " '2024-01-01 11:27:00', TIMESTAMP_NTZ '2024-01-01 00:00:00')"));
    query("timestamp_difference_across_dst", spark -> spark.sql("SELECT date'2020-01-01' - timestamp'2019-10-06"
        + " 10:11:12.345678', timestamp'2019-11-03 12:00:00' - timestamp'2019-11-02 12:00:00'"));
    query("date_minus_text_and_null", spark -> spark.sql("SELECT date '2001-10-01' - '2001-09-28',"
        + " date '2001-09-28' - null, date'2011-11-11' + null, null + timestamp'2011-11-11 11:11:11'"));
    query("date_plus_text_error", spark -> spark.sql("SELECT '1' + date'2011-11-11'"));
    withConf("parse_invalid_without_ansi", "spark.sql.ansi.enabled", "false", spark -> spark.sql("SELECT"
        + " to_timestamp('Unparseable', 'yyyy-MM-dd HH:mm:ss.SSS'), to_date('02-29', 'MM-dd'),"
        + " unix_timestamp('2020-01-27T20:06:11.847', 'yyyy-MM-dd HH:mm:ss.SSS'), make_date(2000, 13, 1),"
        + " make_timestamp(1, 1, 1, 1, 1, 61)"));
    withConf("timestamp_minus_text_without_ansi_error", "spark.sql.ansi.enabled", "false", spark -> spark.sql(
        "SELECT timestamp'2011-11-11 11:11:11' - '2011-11-11 11:11:10'"));
    withConf("session_timestamp_ntz", "spark.sql.timestampType", "TIMESTAMP_NTZ", spark -> spark.sql("SELECT"
        + " timestamp'2019-01-01 10:00:00', timestamp'2019-01-01 10:00:00Z', CAST('2019-01-01' AS TIMESTAMP),"
        + " to_timestamp('2019-01-01 10:00', 'yyyy-MM-dd HH:mm'), make_timestamp(2021, 7, 11, 6, 30, 45.678)"));
    query("time_bucket_non_foldable_error", spark -> spark.sql("SELECT time_bucket(bs, TIMESTAMP_NTZ '2024-06-20"
        + " 09:47:00') FROM VALUES (INTERVAL '1' HOUR) tab(bs)"));
  }
}
