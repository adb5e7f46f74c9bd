package dev.ember.conformance.cases;

import static dev.ember.conformance.cases.DatetimeData.events;
import static dev.ember.conformance.cases.DatetimeData.inZone;
import static dev.ember.conformance.cases.DatetimeData.strings;
import static org.apache.spark.sql.functions.add_months;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.current_date;
import static org.apache.spark.sql.functions.current_timestamp;
import static org.apache.spark.sql.functions.date_add;
import static org.apache.spark.sql.functions.date_sub;
import static org.apache.spark.sql.functions.date_trunc;
import static org.apache.spark.sql.functions.datediff;
import static org.apache.spark.sql.functions.dayofmonth;
import static org.apache.spark.sql.functions.dayofweek;
import static org.apache.spark.sql.functions.dayofyear;
import static org.apache.spark.sql.functions.hour;
import static org.apache.spark.sql.functions.last_day;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.make_date;
import static org.apache.spark.sql.functions.minute;
import static org.apache.spark.sql.functions.month;
import static org.apache.spark.sql.functions.months_between;
import static org.apache.spark.sql.functions.next_day;
import static org.apache.spark.sql.functions.quarter;
import static org.apache.spark.sql.functions.second;
import static org.apache.spark.sql.functions.trunc;
import static org.apache.spark.sql.functions.weekofyear;
import static org.apache.spark.sql.functions.year;

import dev.ember.conformance.CaseGroup;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** Date and timestamp functions without patterns: fields, arithmetic, truncation. */
public final class DatetimeFunctionCases extends CaseGroup {
  public DatetimeFunctionCases() {
    super("datetime_functions");
    check("current_date_and_timestamp_types", (spark, outcome) ->
        outcome.schema(spark.range(1).select(current_date(), current_timestamp())));
    check("current_date_is_one_value", (spark, outcome) -> outcome.value("distinct",
        spark.range(3).select(current_date().as("d")).distinct().count()));
    fields();
    arithmetic();
    truncation();
  }

  private void fields() {
    query("date_fields", spark -> events(spark).select(year(col("d")), month(col("d")), dayofmonth(col("d")),
        dayofweek(col("d")), dayofyear(col("d")), quarter(col("d")), weekofyear(col("d"))));
    query("timestamp_date_fields", spark -> events(spark).select(year(col("ts")), month(col("ts")),
        dayofmonth(col("ts")), dayofweek(col("ts")), quarter(col("ts"))));
    query("time_fields", spark -> events(spark).select(hour(col("ts")), minute(col("ts")), second(col("ts"))));
    query("fields_of_strings", spark -> events(spark).select(year(col("s")), month(col("s")), dayofmonth(col("s")),
        hour(lit("2024-03-05 06:07:08")), minute(lit("2024-03-05 06:07:08")), second(lit("2024-03-05 06:07:08"))));
    query("fields_of_literals", spark -> spark.range(1).select(year(lit(LocalDate.of(2024, 3, 5))),
        dayofweek(lit(LocalDate.of(2024, 3, 10))), weekofyear(lit(LocalDate.of(2021, 1, 3))),
        weekofyear(lit(LocalDate.of(2020, 12, 31)))));
    query("time_fields_of_ntz", spark -> spark.range(1).select(hour(lit(LocalDateTime.of(2024, 3, 5, 23, 7, 8))),
        year(lit(LocalDateTime.of(2024, 3, 5, 23, 7, 8)))));
    query("fields_of_invalid_string_fail", spark -> strings(spark, "nope").select(year(col("s"))));
    query("fields_of_number_fail", spark -> spark.range(1).select(year(col("id"))));
    check("hour_in_kolkata", inZone("Asia/Kolkata", spark -> events(spark).select(col("ts"), hour(col("ts")),
        minute(col("ts")), dayofmonth(col("ts")))));
    check("fields_in_new_york", inZone("America/New_York", spark -> events(spark).select(year(col("ts")),
        dayofyear(col("ts")), hour(col("ts")))));
  }

  private void arithmetic() {
    query("datediff", spark -> events(spark).select(datediff(col("d"), lit(LocalDate.of(2024, 1, 1))),
        datediff(lit(LocalDate.of(2024, 1, 1)), col("d"))));
    query("datediff_of_timestamps_and_strings", spark -> events(spark).select(datediff(col("ts"), col("s")),
        datediff(lit("2024-03-01"), lit("2024-02-01"))));
    query("date_add_sub", spark -> events(spark).select(date_add(col("d"), 1), date_sub(col("d"), 1),
        date_add(col("d"), -30)));
    query("date_add_column", spark -> events(spark).select(date_add(col("d"), col("n").cast("int")),
        date_sub(col("d"), lit(2))));
    query("date_add_of_timestamp_and_string", spark -> events(spark).select(date_add(col("ts"), 1),
        date_add(col("s"), 2)));
    query("date_add_long_fails", spark -> events(spark).select(date_add(col("d"), col("n"))));
    query("add_months", spark -> events(spark).select(col("d"), add_months(col("d"), 1), add_months(col("d"), -2),
        add_months(col("d"), 12)));
    query("add_months_end_of_month", spark -> spark.range(1).select(add_months(lit(LocalDate.of(2024, 1, 31)), 1),
        add_months(lit(LocalDate.of(2023, 1, 31)), 1), add_months(lit(LocalDate.of(2024, 2, 29)), 12)));
    query("months_between", spark -> events(spark).select(months_between(col("ts"),
        lit(Timestamp.valueOf("2023-01-01 00:00:00"))), months_between(col("d"), lit(LocalDate.of(2024, 3, 31)))));
    query("months_between_no_round", spark -> events(spark).select(months_between(col("ts"),
        lit(Timestamp.valueOf("2023-01-01 00:00:00")), false)));
    query("months_between_month_ends", spark -> spark.range(1).select(
        months_between(lit(LocalDate.of(2024, 2, 29)), lit(LocalDate.of(2024, 1, 31))),
        months_between(lit(LocalDate.of(2024, 3, 15)), lit(LocalDate.of(2024, 1, 15))),
        months_between(lit("2024-03-15 12:00:00"), lit("2024-02-14"))));
    check("months_between_in_kolkata", inZone("Asia/Kolkata", spark -> events(spark).select(
        months_between(col("ts"), lit(Timestamp.valueOf("2023-12-15 20:00:00"))))));
    query("date_functions_of_nulls", spark -> events(spark).filter(col("d").isNull()).select(
        datediff(col("d"), col("d")), date_add(col("d"), 1), add_months(col("d"), 1), last_day(col("d")),
        dayofweek(col("d")), date_trunc("day", col("ts"))));
    query("date_trunc_of_ntz", spark -> spark.range(1).select(date_trunc("hour",
        lit(LocalDateTime.of(2024, 3, 5, 6, 7, 8)))));
    query("make_date_month_out_of_range_fails", spark -> spark.range(1).select(make_date(lit(2024), lit(13),
        lit(1))));
    query("last_day", spark -> events(spark).select(last_day(col("d")), last_day(col("ts")), last_day(col("s"))));
    query("make_date", spark -> spark.range(1).select(make_date(lit(2024), lit(2), lit(29)),
        make_date(lit(2024), lit(12), lit(31)), make_date(lit(null).cast("int"), lit(1), lit(1))));
    query("make_date_invalid_fails", spark -> spark.range(1).select(make_date(lit(2023), lit(2), lit(29))));
    query("make_date_of_columns", spark -> spark.range(1, 4).select(make_date(lit(2024), col("id"), col("id"))));
    query("next_day", spark -> events(spark).select(col("d"), next_day(col("d"), "Mon"), next_day(col("d"), "friday")));
    query("next_day_invalid_fails", spark -> events(spark).select(next_day(col("d"), "someday")));
  }

  private void truncation() {
    query("trunc_date", spark -> events(spark).select(trunc(col("d"), "year"), trunc(col("d"), "MM"),
        trunc(col("d"), "quarter"), trunc(col("d"), "week")));
    query("trunc_aliases_and_invalid", spark -> events(spark).select(trunc(col("d"), "yy"), trunc(col("d"), "mon"),
        trunc(col("d"), "day"), trunc(col("ts"), "month")));
    query("date_trunc", spark -> events(spark).select(date_trunc("hour", col("ts")), date_trunc("day", col("ts")),
        date_trunc("month", col("ts")), date_trunc("year", col("ts"))));
    query("date_trunc_small_units", spark -> events(spark).select(date_trunc("minute", col("ts")),
        date_trunc("second", col("ts")), date_trunc("millisecond", col("ts")), date_trunc("week", col("ts")),
        date_trunc("quarter", col("ts"))));
    query("date_trunc_of_date_and_invalid", spark -> events(spark).select(date_trunc("MM", col("d")),
        date_trunc("decade", col("ts"))));
    check("date_trunc_in_kolkata", inZone("Asia/Kolkata", spark -> events(spark).select(
        date_trunc("day", col("ts")), date_trunc("hour", col("ts")))));
  }
}
