package dev.ember.conformance.cases;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.make_dt_interval;
import static org.apache.spark.sql.functions.negate;

import dev.ember.conformance.CaseGroup;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Period;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DayTimeIntervalType;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.sql.types.YearMonthIntervalType;

/**
 * Intervals at their edges, as Spark's interval golden files try them: literals of every SQL form (multi-unit,
 * unit-to-unit, {@code INTERVAL '...'}) with their parse errors, values beyond 106,751 days (shown as strings: the
 * Spark Connect client reads a day-time interval through nanoseconds), overflow of quotients, products and
 * negation, strings and numbers meeting intervals, and numeric functions of intervals.
 */
public final class IntervalEdgeCases extends CaseGroup {
  private static final StructType EDGES = new StructType()
      .add("dt", DayTimeIntervalType.apply())
      .add("ym", YearMonthIntervalType.apply());

  private static final List<Row> EDGE_ROWS = Arrays.asList(
      RowFactory.create(Duration.ofDays(3).plusMillis(1), Period.ofMonths(Integer.MAX_VALUE)),
      RowFactory.create(Duration.ofHours(-5), Period.ofMonths(Integer.MIN_VALUE)));

  public IntervalEdgeCases() {
    super("interval_edges");
    literals();
    literalErrors();
    largeValues();
    arithmetic();
    dataFrames();
  }

  private void literals() {
    sql("multi_unit_literals", "SELECT interval 1 year 2 months, interval 3 weeks 4 days 5 hours 6 minutes "
        + "7.123456789 seconds 8 milliseconds 9 microseconds, interval -'3' day '4' hour");
    sql("typed_interval_literals", "SELECT interval '3 year 1 month', interval 'interval 2 weeks 2 days 1 hour "
        + "3 minutes 2 seconds 100 millisecond 200 microseconds', interval '-1 day 1 hour -1 minute 1 second'");
    sql("typed_interval_literal_tabs", "SELECT interval 'interval\\t1\\tday', interval '\\t interval 1 day'");
    sql("seconds_truncated_to_micros", "SELECT interval 13.123456789 seconds, interval -13.123456789 second");
    sql("unit_to_unit_literals", "SELECT INTERVAL '-178956970-8' YEAR TO MONTH, interval -'1-1' year to month, "
        + "INTERVAL '1 02:03:04.123456789' DAY TO SECOND, interval '-10 01:02' day to minute, "
        + "interval '26:03' hour to minute, interval '+61:59.5' minute to second");
    sql("unary_plus_of_intervals", "SELECT +interval '-1 year 1 month', +interval -1 day 1 hour -1 minute 1 second");
  }

  private void literalErrors() {
    sql("mixed_unit_families", "SELECT interval 4 month 2 weeks 3 microseconds");
    sql("typed_literal_mixed_families", "SELECT interval '1 month 2 days'");
    sql("typed_literal_without_unit", "SELECT interval '1 day 1'");
    sql("typed_literal_with_letters", "SELECT interval 'interval\u4e2d\u6587 1 day'");
    sql("invalid_unit", "SELECT interval 10 nanoseconds");
    sql("letters_in_unit_value", "SELECT interval '1 day 2' day");
    sql("from_to_value_not_a_string", "SELECT interval 1 year to month");
    sql("unsupported_from_to", "SELECT interval '1' year to second");
    sql("two_from_to_units", "SELECT interval '10-9' year to month '2-1' year to month");
    sql("unmatched_day_time_string", "SELECT interval '20 15:40:32.99899999' day to hour");
    sql("unmatched_year_month_string", "SELECT interval '-\\t2-2\\t' year to month");
    sql("year_month_literal_overflow", "SELECT INTERVAL '178956970-8' YEAR TO MONTH");
    sql("day_out_of_range", "SELECT INTERVAL '106751992 04' DAY TO HOUR");
    sql("minute_out_of_range", "SELECT INTERVAL '-153722867281:54.775808' MINUTE TO SECOND");
    sql("multi_unit_duration_overflow", "SELECT interval 106751991 day 4 hour 0 minute 54.776 second");
    sql("multi_unit_days_overflow", "SELECT interval 2147483647 day");
  }

  private void largeValues() {
    sql("largest_day_time_literals_as_strings", "SELECT CAST(INTERVAL '-106751991 04:00:54.775808' DAY TO SECOND "
        + "AS STRING), CAST(INTERVAL '106751991' DAY AS STRING), CAST(INTERVAL '2562047788:00' HOUR TO MINUTE AS "
        + "STRING), CAST(INTERVAL '153722867280' MINUTE AS STRING)");
    sql("large_quotient_as_string", "SELECT CAST((INTERVAL '-106751991 04:00:54.775808' DAY TO SECOND) / 5 AS "
        + "STRING)");
    sql("make_dt_interval_beyond_nanoseconds", "SELECT CAST(make_dt_interval(1, 0, 0, 123456789012.123456) AS "
        + "STRING)");
  }

  private void arithmetic() {
    sql("divide_year_month_overflow", "SELECT (INTERVAL '-178956970-8' YEAR TO MONTH) / -1");
    sql("divide_day_time_overflow", "SELECT (INTERVAL '-106751991 04:00:54.775808' DAY TO SECOND) / -1L");
    sql("negate_smallest_interval", "SELECT -(a) FROM VALUES (interval '-2147483648 months') t(a)");
    sql("subtract_overflow", "SELECT a - b FROM VALUES (interval '-2147483648 months', interval '2147483647 "
        + "months') t(a, b)");
    sql("interval_times_string", "SELECT interval 2 second * '2', '2' * interval 2 year, interval 2 year / '2'");
    sql("interval_times_bad_string", "SELECT interval 2 second * 'a'");
    sql("string_plus_day_time", "SELECT '2021-01-01 10:00:00' + interval '1 02:03' day to minute, "
        + "'2021-01-01' - interval 2 day");
    sql("bad_string_plus_day_time", "SELECT '4 11:11' - interval '4 22:12' day to minute");
    sql("number_over_interval", "SELECT 2 / interval '2' year");
    sql("number_plus_year_month", "SELECT 1 + interval '2' month");
    sql("year_month_plus_string", "SELECT interval '2' year + '3-3'");
    sql("year_month_minus_day_time", "SELECT interval '2-2' year to month - interval '3' day");
    sql("interval_compared_with_string", "SELECT INTERVAL '1' DAY < '1'");
    sql("interval_plus_null", "SELECT interval '2' year + null, interval '2' hour - null, null + interval '2' year");
    sql("numeric_functions_of_intervals", "SELECT signum(INTERVAL '-10' YEAR), signum(INTERVAL '10' HOUR), "
        + "width_bucket(INTERVAL '-59' MINUTE, INTERVAL -'1 01' DAY TO HOUR, INTERVAL '1 2:3:4.001' DAY TO SECOND, "
        + "10), div(INTERVAL '1-1' YEAR TO MONTH, INTERVAL '-1' MONTH), div(INTERVAL '1 06' DAY TO HOUR, "
        + "INTERVAL '-1' HOUR)");
    sql("try_arithmetic_of_intervals", "SELECT try_add(interval 2147483647 month, interval 2 month), "
        + "try_subtract(interval 106751991 day, interval -3 day), try_multiply(interval 2 year, 2), "
        + "try_divide(interval 2 second, 0), try_divide(interval 2147483647 month, 0.5), "
        + "try_add(date'2021-01-01', interval 2 year)");
    sql("try_avg_of_intervals", "SELECT try_avg(col) FROM VALUES (interval '1 months'), (interval '2 months') "
        + "AS tab(col)");
    sql("interval_fields_widened", "SELECT array(INTERVAL '1' YEAR, INTERVAL '1' MONTH), "
        + "coalesce(INTERVAL '1' DAY, INTERVAL '01:01' HOUR TO MINUTE)");
  }

  private void dataFrames() {
    query("data_frame_year_month_overflow", spark -> edges(spark).select(col("ym").plus(col("ym"))));
    query("data_frame_negate_overflow", spark -> edges(spark).select(negate(col("ym"))));
    query("data_frame_divide_overflow", spark -> edges(spark).select(col("ym").divide(lit(-1))));
    query("data_frame_day_time_arithmetic", spark -> edges(spark).select(col("dt").multiply(lit(2)),
        col("dt").divide(lit(new BigDecimal("0.5"))), negate(col("dt")), col("dt").multiply(lit("3"))));
    query("data_frame_make_dt_interval_large", spark -> spark.range(1).select(make_dt_interval(lit(106_751_991),
        lit(4), lit(0), lit(new BigDecimal("54.775807"))).cast("string")));
  }

  private static Dataset<Row> edges(SparkSession spark) {
    return spark.createDataFrame(EDGE_ROWS, EDGES);
  }

  private void sql(String caseName, String text) {
    query(caseName, spark -> spark.sql(text));
  }
}
