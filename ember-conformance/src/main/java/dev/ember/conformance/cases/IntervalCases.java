package dev.ember.conformance.cases;

import static dev.ember.conformance.cases.DatetimeData.events;
import static dev.ember.conformance.cases.DatetimeData.strings;
import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.date_part;
import static org.apache.spark.sql.functions.extract;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.make_dt_interval;
import static org.apache.spark.sql.functions.make_interval;
import static org.apache.spark.sql.functions.make_ym_interval;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.try_make_interval;

import dev.ember.conformance.CaseGroup;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DayTimeIntervalType;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.sql.types.YearMonthIntervalType;

/**
 * Interval types: day-time ({@code java.time.Duration}), year-month ({@code java.time.Period}) and calendar
 * intervals (shown only: the Spark Connect client cannot decode them), their literals, casts, constructors,
 * arithmetic with timestamps, dates and numbers, comparisons and aggregates.
 */
public final class IntervalCases extends CaseGroup {
  private static final StructType SPANS = new StructType()
      .add("k", DataTypes.StringType)
      .add("dt", DayTimeIntervalType.apply())
      .add("ym", YearMonthIntervalType.apply());

  private static final List<Row> SPAN_ROWS = Arrays.asList(
      RowFactory.create("a", Duration.ofSeconds(93_784, 5_000), Period.ofMonths(14)),
      RowFactory.create("a", Duration.ofHours(-5).minusMillis(250), Period.ofMonths(-3)),
      RowFactory.create("b", Duration.ofDays(400), Period.ofYears(10)),
      RowFactory.create("b", null, null));

  public IntervalCases() {
    super("intervals");
    literals();
    casts();
    constructors();
    datetimeArithmetic();
    intervalArithmetic();
    aggregates();
    errors();
  }

  /** A key, a day-time and a year-month interval column, with a row of NULLs. */
  private static Dataset<Row> spans(SparkSession spark) {
    return spark.createDataFrame(SPAN_ROWS, SPANS);
  }

  private void literals() {
    query("duration_literals", spark -> spark.range(1).select(lit(Duration.ofSeconds(93_784, 5_000)),
        lit(Duration.ZERO), lit(Duration.ofMillis(-1500)), lit(Duration.ofDays(-3).plusHours(2))));
    query("period_literals", spark -> spark.range(1).select(lit(Period.ofMonths(14)), lit(Period.ZERO),
        lit(Period.ofYears(-2).plusMonths(1))));
    query("interval_data_frame", spark -> spans(spark));
    query("interval_columns_aliased", spark -> spans(spark).select(col("dt").as("span"), col("ym").as("months")));
    query("null_intervals", spark -> spark.range(1).select(lit(null).cast("interval day to second"),
        lit(null).cast("interval year to month")));
    query("duration_nanoseconds_truncated", spark -> spark.range(1).select(lit(Duration.ofNanos(1_999))));
    query("interval_in_struct_and_array", spark -> spans(spark).select(
        org.apache.spark.sql.functions.struct(col("dt"), col("ym")).as("s"),
        org.apache.spark.sql.functions.array(col("dt")).as("a")));
  }

  private void casts() {
    query("cast_day_time_to_string", spark -> spans(spark).select(col("dt").cast("string")));
    query("cast_year_month_to_string", spark -> spans(spark).select(col("ym").cast("string")));
    query("cast_string_to_day_time", spark -> strings(spark, "INTERVAL '1 02:03:04.5' DAY TO SECOND",
        "1 02:03:04.5", "-0 00:00:01", "+3 00:00:00", null)
        .select(col("s"), col("s").cast("interval day to second")));
    query("cast_string_to_year_month", spark -> strings(spark, "INTERVAL '1-2' YEAR TO MONTH", "1-2", "-0-11",
        "+10-0", null).select(col("s"), col("s").cast("interval year to month")));
    query("cast_invalid_string_to_day_time", spark -> strings(spark, "1 day").select(
        col("s").cast("interval day to second")));
    query("try_cast_invalid_string_to_intervals", spark -> strings(spark, "x", "1 02:03:04", "1-2").select(
        col("s").try_cast("interval day to second"), col("s").try_cast("interval year to month")));
    query("cast_day_time_to_narrower_fields", spark -> spans(spark).select(col("dt").cast("interval day"),
        col("dt").cast("interval hour to minute"), col("dt").cast("interval second")));
    query("cast_year_month_fields", spark -> spans(spark).select(col("ym").cast("interval year"),
        col("ym").cast("interval month")));
    query("interval_field_types_to_string", spark -> spans(spark).select(col("dt").cast("interval hour").cast("string"),
        col("dt").cast("interval minute to second").cast("string"), col("ym").cast("interval month").cast("string")));
    query("cast_string_to_hour_to_second", spark -> strings(spark, "26:03:04", "-01:00:00.25").select(
        col("s").cast("interval hour to second")));
    query("cast_intervals_to_numbers", spark -> spans(spark).select(col("dt").cast("interval day").cast("long"),
        col("ym").cast("interval month").cast("int")));
    query("cast_numbers_to_intervals", spark -> spark.range(-1, 3).select(col("id").cast("interval day"),
        col("id").cast("interval hour"), col("id").cast("interval year"), col("id").cast("interval month")));
    query("from_json_interval_fields", spark -> strings(spark,
        "{\"d\": \"1\", \"dm\": \"INTERVAL '100 02:10' DAY TO MINUTE\", \"y\": \"2\", \"ym\": \"1-2\"}",
        "{\"d\": \"x\", \"m\": {\"k\": \"-3\"}, \"a\": [\"4\", \"INTERVAL '5' HOUR\"]}").select(
            org.apache.spark.sql.functions.from_json(col("s"), "d INTERVAL DAY, dm INTERVAL DAY TO MINUTE, "
                + "y INTERVAL YEAR, ym INTERVAL YEAR TO MONTH, m MAP<STRING, INTERVAL MINUTE>, a ARRAY<INTERVAL HOUR>",
                java.util.Map.of()).as("r")));
  }

  private void constructors() {
    query("make_dt_interval", spark -> spark.range(1).select(make_dt_interval(lit(1), lit(2), lit(3),
        lit(new BigDecimal("4.5"))), make_dt_interval(lit(-1)), make_dt_interval(), make_dt_interval(lit(0),
        lit(25))));
    query("make_dt_interval_columns", spark -> spark.range(3).select(make_dt_interval(col("id"), col("id"),
        col("id"), col("id"))));
    query("make_dt_interval_null", spark -> spark.range(1).select(make_dt_interval(lit(null).cast("int"),
        lit(1))));
    query("make_ym_interval", spark -> spark.range(1).select(make_ym_interval(lit(1), lit(2)),
        make_ym_interval(lit(-1)), make_ym_interval(), make_ym_interval(lit(0), lit(30))));
    show("make_interval_shown", 20, 20, false, spark -> spark.range(1).select(make_interval(lit(1), lit(2),
        lit(3), lit(4), lit(5), lit(6), lit(new BigDecimal("7.25"))), make_interval(), make_interval(lit(-1),
        lit(0), lit(0), lit(-2))));
    show("make_interval_schema_and_text", 20, 0, true, spark -> spark.range(2).select(make_interval(col("id"),
        col("id")).as("i"), make_interval(lit(0), lit(0), lit(0), lit(0), lit(0), lit(0),
        lit(new BigDecimal("-0.000001"))).as("tiny")));
    check("make_interval_type", (spark, outcome) -> outcome.value("type", spark.range(1)
        .select(make_interval(lit(1))).schema().treeString()));
    show("try_make_interval_overflow", 20, 20, false, spark -> spark.range(1).select(try_make_interval(
        lit(Integer.MAX_VALUE), lit(12)), try_make_interval(lit(1), lit(2))));
    show("calendar_interval_cast_to_string", 20, 0, false, spark -> spark.range(1).select(make_interval(lit(0),
        lit(13), lit(1), lit(1), lit(25), lit(0), lit(new BigDecimal("1.5"))).cast("string").as("s")));
    query("calendar_interval_string", spark -> spark.range(1).select(make_interval(lit(1), lit(2), lit(0),
        lit(3)).cast("string").as("s")));
  }

  private void datetimeArithmetic() {
    query("timestamp_plus_day_time", spark -> events(spark).select(col("ts").plus(lit(Duration.ofHours(25))),
        col("ts").minus(lit(Duration.ofSeconds(1, 500_000_000)))));
    query("timestamp_plus_year_month", spark -> events(spark).select(col("ts").plus(lit(Period.ofMonths(1))),
        col("ts").minus(lit(Period.ofYears(1)))));
    query("date_plus_intervals", spark -> events(spark).select(col("d").plus(lit(Period.ofMonths(1))),
        col("d").minus(lit(Period.ofMonths(13))), col("d").plus(lit(Duration.ofDays(2))),
        col("d").plus(lit(Duration.ofHours(30)))));
    query("date_plus_day_interval", spark -> events(spark).select(col("d").plus(make_dt_interval(lit(3)).cast(
        "interval day"))));
    query("date_plus_calendar_interval", spark -> events(spark).select(col("d").plus(make_interval(lit(0), lit(1),
        lit(0), lit(2))), col("d").minus(make_interval(lit(1), lit(13)))));
    query("date_plus_calendar_interval_time_part", spark -> events(spark).select(col("d").plus(make_interval(lit(0),
        lit(0), lit(0), lit(1), lit(2)))));
    query("date_part_null_field", spark -> spans(spark).select(date_part(lit(null).cast("string"), col("dt")),
        date_part(lit(null).cast("string"), col("ym"))));
    query("ntz_plus_intervals", spark -> spark.range(1).select(lit(LocalDateTime.of(2024, 1, 31, 10, 0))
        .plus(lit(Period.ofMonths(1))), lit(LocalDateTime.of(2024, 1, 31, 10, 0)).plus(lit(Duration.ofMinutes(90)))));
    query("month_end_clamped", spark -> spark.range(1).select(lit(LocalDate.of(2024, 3, 31)).minus(lit(
        Period.ofMonths(1))), lit(LocalDate.of(2023, 1, 29)).plus(lit(Period.ofMonths(1)))));
    query("interval_plus_timestamp", spark -> events(spark).select(lit(Duration.ofMinutes(1)).plus(col("ts"))));
    query("timestamp_difference", spark -> events(spark).select(col("ts").minus(lit(java.sql.Timestamp.valueOf(
        "2024-01-01 00:00:00")))));
    query("date_difference", spark -> events(spark).select(col("d").minus(lit(LocalDate.of(2024, 1, 1)))));
    show("timestamp_plus_calendar_interval", 20, 0, false, spark -> events(spark).select(
        col("ts").plus(make_interval(lit(0), lit(1), lit(0), lit(1), lit(1))).as("t")));
    query("timestamp_plus_interval_column", spark -> spans(spark).select(lit(java.sql.Timestamp.valueOf(
        "2024-01-31 00:00:00")).plus(col("dt")), lit(LocalDate.of(2024, 1, 31)).plus(col("ym"))));
  }

  private void intervalArithmetic() {
    query("day_time_sum_and_difference", spark -> spans(spark).select(col("dt").plus(lit(Duration.ofHours(1))),
        col("dt").minus(col("dt")), col("dt").unary_$minus()));
    query("year_month_sum_and_difference", spark -> spans(spark).select(col("ym").plus(lit(Period.ofMonths(1))),
        col("ym").minus(lit(Period.ofYears(1))), col("ym").unary_$minus()));
    query("interval_times_number", spark -> spans(spark).select(col("dt").multiply(2), col("dt").multiply(1.5),
        col("ym").multiply(3), col("ym").multiply(new BigDecimal("0.5")), lit(2).multiply(col("dt"))));
    query("interval_divided_by_number", spark -> spans(spark).select(col("dt").divide(2), col("dt").divide(3.0),
        col("ym").divide(2), col("ym").divide(4.0)));
    query("interval_comparisons", spark -> spans(spark).select(col("dt").gt(lit(Duration.ofHours(1))),
        col("dt").equalTo(lit(Duration.ofDays(400))), col("ym").lt(lit(Period.ofYears(1))),
        col("ym").geq(col("ym"))));
    query("interval_order_by", spark -> spans(spark).orderBy(col("dt").desc_nulls_last()).select(col("dt")));
    query("extract_day_time_fields", spark -> spans(spark).select(extract(lit("DAY"), col("dt")),
        extract(lit("HOUR"), col("dt")), extract(lit("MINUTE"), col("dt")), extract(lit("SECOND"), col("dt"))));
    query("extract_year_month_fields", spark -> spans(spark).select(date_part(lit("YEAR"), col("ym")),
        date_part(lit("MONTH"), col("ym"))));
    query("interval_filter", spark -> spans(spark).filter(col("dt").lt(lit(Duration.ZERO))).select(col("k")));
  }

  private void aggregates() {
    unordered("sum_avg_by_key", spark -> spans(spark).groupBy(col("k")).agg(sum(col("dt")), avg(col("dt")),
        sum(col("ym")), avg(col("ym"))));
    query("sum_avg_global", spark -> spans(spark).agg(sum(col("dt")), avg(col("dt")), sum(col("ym")),
        avg(col("ym")), min(col("dt")), max(col("ym"))));
    query("sum_of_no_rows", spark -> spans(spark).filter(col("k").equalTo("z")).agg(sum(col("dt")),
        avg(col("ym"))));
  }

  private void errors() {
    query("day_time_plus_year_month", spark -> spans(spark).select(col("dt").plus(col("ym"))));
    query("interval_plus_number", spark -> spans(spark).select(col("dt").plus(lit(1))));
    query("interval_times_interval", spark -> spans(spark).select(col("dt").multiply(col("dt"))));
    query("day_time_multiply_overflow", spark -> spark.range(1).select(lit(Duration.ofDays(100_000_000))
        .multiply(2)));
    query("year_month_add_overflow", spark -> spark.range(1).select(make_ym_interval(lit(178_956_970), lit(7))
        .plus(lit(Period.ofMonths(1)))));
    query("make_ym_interval_overflow", spark -> spark.range(1).select(make_ym_interval(lit(Integer.MAX_VALUE),
        lit(1))));
    query("make_dt_interval_overflow", spark -> spark.range(1).select(make_dt_interval(lit(Integer.MAX_VALUE),
        lit(0))));
    query("interval_divide_by_zero", spark -> spans(spark).select(col("dt").divide(0)));
    query("sum_day_time_overflow", spark -> spark.range(2).select(lit(Duration.ofDays(100_000_000)).as("d"))
        .agg(sum(col("d"))));
    query("make_interval_overflow", spark -> spark.range(1).select(make_interval(lit(Integer.MAX_VALUE),
        lit(12))));
    query("make_dt_interval_string_argument", spark -> spark.range(1).select(make_dt_interval(lit("x"))));
    query("timestamp_plus_string_interval", spark -> events(spark).select(col("ts").plus(lit("1 day"))));
  }
}
