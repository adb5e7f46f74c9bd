package dev.ember.conformance.cases;

import dev.ember.conformance.CaseGroup;
import java.time.LocalTime;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.sql.types.TimeType;

/**
 * Spark 4.2's TIME(p): literals, casts (which need {@code spark.sql.timeType.enabled}, off by default in Spark 4.2),
 * the TIME functions and arithmetic, results as the client decodes them ({@link LocalTime}), {@code show()} text, and
 * Spark's errors — through SQL and the DataFrame API.
 */
public final class TimeTypeCases extends CaseGroup {
  private static final String ENABLED = "spark.sql.timeType.enabled";

  public TimeTypeCases() {
    super("time_type");
    sql("literals", "SELECT TIME '12:34:56' AS a, TIME '0:0:0.5' AS b, TIME '01:02:03 PM' AS c, "
        + "TIME '23:59:59.123456789' AS d, TIME '12:00 am' AS e");
    sql("fields", "SELECT hour(TIME '21:34:56.5'), minute(TIME '21:34:56.5'), second(TIME '21:34:56.5'), "
        + "extract(SECOND FROM TIME '21:34:56.5'), extract(HOURS FROM TIME '07:00:00')");
    sql("make_time", "SELECT make_time(6, 30, 45.678) AS a, make_time(23, 59, 59.999999) AS b, "
        + "make_time(NULL, 1, 1) AS c");
    sql("time_trunc", "SELECT time_trunc('HOUR', TIME '12:34:56.789') AS a, time_trunc('millisecond', "
        + "TIME '12:34:56.789123') AS b, time_trunc(NULL, TIME '01:00') AS c");
    sql("time_diff", "SELECT time_diff('MINUTE', TIME '01:02:03', TIME '12:34:56') AS a, "
        + "time_diff('HOUR', TIME '12:34:56', TIME '01:02:03') AS b, time_diff('MICROSECOND', TIME '00:00', "
        + "TIME '00:00:00.5') AS c");
    sql("to_time", "SELECT to_time('01:02:03.25') AS a, to_time('23-59-59.999999', 'HH-mm-ss.SSSSSS') AS b, "
        + "try_to_time('25:00') AS c, try_to_time('11 PM', 'h a') AS d");
    sql("counts_of_the_day", "SELECT time_to_seconds(TIME '14:30:00.5') AS a, time_to_millis(TIME '14:30:00.5') AS b, "
        + "time_to_micros(TIME '00:00:00.000001') AS c, time_from_seconds(52200.5) AS d, time_from_millis(86399999) AS e, "
        + "time_from_micros(1) AS f");
    sql("difference", "SELECT TIME '12:30:41' - TIME '10:00' AS a, TIME '00:00' - TIME '23:59:59.5' AS b, "
        + "'12:30:41.123' - TIME '10:00:01' AS c");
    sql("plus_interval", "SELECT TIME '12:30' + INTERVAL '01:04:05.56' HOUR TO SECOND AS a, "
        + "TIME '12:30' - INTERVAL '6' HOUR AS b, INTERVAL '90' MINUTE + TIME '01:00' AS c");
    sql("comparison_and_order", "SELECT t, t > TIME '12:00' AS late, '12:00:00' = t AS noon FROM VALUES "
        + "(TIME '13:00'), (TIME '12:00'), (TIME '00:00:00.000001'), (NULL) AS v(t) ORDER BY t");
    sql("group_by_time", "SELECT t, count(*) AS n FROM VALUES (TIME '10:00'), (TIME '10:00:00'), (TIME '11:00') "
        + "AS v(t) GROUP BY t ORDER BY t");
    sql("in_collections", "SELECT array(TIME '01:00', TIME '02:00:00.5') AS a, named_struct('t', TIME '03:04') AS s");
    sql("as_text", "SELECT concat('at ', TIME '09:05:00.120'), to_json(named_struct('t', TIME '14:30:45.5'))");
    sql("make_timestamp_of_date_and_time", "SELECT make_timestamp(DATE '2021-07-11', TIME '06:30:45.678') AS a, "
        + "make_timestamp_ntz(DATE '2021-07-11', TIME '23:59:59') AS b, make_timestamp(DATE '1970-01-01', "
        + "TIME '00:00', 'UTC') AS c");
    sql("cast_from_string", "SELECT CAST('12:34:56.789' AS TIME(3)) AS a, CAST(' 1:2:3 pm ' AS TIME) AS b, "
        + "CAST('12:34:56.987654' AS TIME(0)) AS c, try_cast('24:00' AS TIME) AS d");
    sql("cast_between_precisions", "SELECT CAST(TIME '12:34:56.123456' AS TIME(2)) AS a, "
        + "CAST(CAST('12:00' AS TIME(0)) AS TIME(6)) AS b");
    sql("cast_to_numbers_and_text", "SELECT CAST(TIME '12:34:56.5' AS INT) AS a, "
        + "CAST(TIME '12:34:56.5' AS DECIMAL(12, 3)) AS b, CAST(TIME '12:34:56.5' AS STRING) AS c");
    sql("schema_names", "SELECT CAST('01:00' AS TIME(0)) AS t0, CAST('01:00' AS TIME(4)) AS t4, "
        + "typeof(CAST('01:00' AS TIME(4))) AS type");
    // errors
    sql("error_literal_out_of_range", "SELECT TIME '24:00:00'");
    sql("error_literal_meridiem_hour", "SELECT TIME '13:00:00 PM'");
    sql("error_make_time_field", "SELECT make_time(1, 60, 0)");
    sql("error_time_trunc_unit", "SELECT time_trunc('DAY', TIME '12:34:56')");
    sql("error_time_diff_unit", "SELECT time_diff('WEEK', TIME '00:00', TIME '12:34:56')");
    sql("error_time_from_seconds_range", "SELECT time_from_seconds(86400)");
    sql("error_to_time_unparsable", "SELECT to_time('13-60', 'HH-mm')");
    sql("error_to_time_not_string", "SELECT try_to_time(1)");
    sql("error_plus_int", "SELECT TIME '00:00:00.0101' + 1");
    sql("error_plus_year_month", "SELECT TIME '10:00:01' - INTERVAL '1' MONTH");
    sql("error_minus_timestamp", "SELECT TIME '12:30:41.123' - TIMESTAMP '2025-07-11 10:00:01'");
    sql("error_overflow", "SELECT TIME '23:00' + INTERVAL '2' HOUR");
    sql("error_cast_invalid_input", "SELECT CAST('12:60' AS TIME)");
    sql("error_cast_from_int", "SELECT CAST(45296 AS TIME)");
    sql("error_cast_to_double", "SELECT CAST(TIME '01:00' AS DOUBLE)");
    sql("error_compare_precisions", "SELECT TIME '12:00:00.5' = CAST('12:00:00.5' AS TIME(1))");
    // the DataFrame API
    enabled("functions", spark -> spark.range(1).select(
        functions.make_time(functions.lit(6), functions.lit(30), functions.lit(45.5)).as("made"),
        functions.time_trunc(functions.lit("MINUTE"), functions.expr("TIME '12:34:56'")).as("trunc"),
        functions.time_diff(functions.lit("SECOND"), functions.expr("TIME '01:00'"), functions.expr("TIME '02:00'")),
        functions.time_to_micros(functions.expr("TIME '00:00:01'")),
        functions.try_to_time(functions.lit("12:34"))));
    enabled("local_time_literal", spark -> spark.range(1).select(functions.lit(LocalTime.of(13, 45, 30, 123_456_000))
        .as("t"), functions.hour(functions.lit(LocalTime.of(7, 8, 9)))));
    enabled("local_data", spark -> localTimes(spark).orderBy("id"));
    enabled("local_data_functions", spark -> localTimes(spark)
        .select(functions.col("id"), functions.time_to_seconds(functions.col("t")),
            functions.expr("t + INTERVAL '30' MINUTE")).orderBy("id"));
    // by default Spark 4.2 sends no TIME values, yet writes them as text
    query("collect_disabled_by_default", spark -> spark.sql("SELECT TIME '01:02:03' AS t"));
    show("show", 20, 20, false, spark -> spark.sql("SELECT TIME '01:02:03' AS a, TIME '23:59:59.999999' AS b, "
        + "CAST(NULL AS STRING) AS c, TIME '00:00:00.1' AS d"));
  }

  private void sql(String caseName, String text) {
    enabled(caseName, spark -> spark.sql(text));
  }

  /**
   * A query with TIME values, which Spark 4.2 refuses unless {@code spark.sql.timeType.enabled} (false by default;
   * Ember always takes the TIME type, see known-differences.txt).
   */
  private void enabled(String caseName, DataFrameQuery query) {
    check(caseName, (spark, outcome) -> {
      spark.conf().set(ENABLED, "true");
      try {
        outcome.dataset(query.apply(spark).toDF());
      } finally {
        spark.conf().unset(ENABLED);
      }
    });
  }

  private static Dataset<Row> localTimes(SparkSession spark) {
    StructType schema = new StructType().add("id", DataTypes.IntegerType, false).add("t", TimeType.apply(6), true);
    return spark.createDataFrame(List.of(RowFactory.create(1, LocalTime.of(8, 30)),
        RowFactory.create(2, LocalTime.of(23, 59, 59, 999_999_000)), RowFactory.create(3, null)), schema);
  }
}
