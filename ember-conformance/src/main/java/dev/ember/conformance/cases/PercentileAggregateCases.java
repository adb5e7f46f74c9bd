package dev.ember.conformance.cases;

import static org.apache.spark.sql.functions.approx_percentile;
import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.call_function;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.date_from_unix_date;
import static org.apache.spark.sql.functions.histogram_numeric;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.make_dt_interval;
import static org.apache.spark.sql.functions.make_ym_interval;
import static org.apache.spark.sql.functions.median;
import static org.apache.spark.sql.functions.mode;
import static org.apache.spark.sql.functions.percentile;
import static org.apache.spark.sql.functions.percentile_approx;
import static org.apache.spark.sql.functions.timestamp_seconds;
import static org.apache.spark.sql.functions.when;

import dev.ember.conformance.CaseGroup;
import java.math.BigDecimal;
import java.util.Arrays;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/** median, percentile (with arrays and frequencies), approx_percentile / percentile_approx, mode, histogram_numeric. */
public final class PercentileAggregateCases extends CaseGroup {
  public PercentileAggregateCases() {
    super("percentile_aggregates");
    unordered("median_grouped", spark -> data(spark).groupBy("k").agg(median(col("v")), median(col("d")),
        median(col("amount")), median(col("big"))));
    query("median_global", spark -> data(spark).agg(median(col("v")), median(col("d")), median(col("s"))));
    query("median_empty", spark -> data(spark).where(col("v").gt(100)).agg(median(col("v")),
        percentile(col("v"), lit(0.5)), mode(col("v")), histogram_numeric(col("v"), lit(3))));
    query("median_in_select", spark -> data(spark).select(median(col("v")), mode(col("m")),
        percentile(col("d"), lit(0.5))));
    query("percentile_with_nan", spark -> spark.range(6).select(when(col("id").equalTo(2), lit(Double.NaN))
        .otherwise(col("id").cast("double")).as("x")).agg(median(col("x")), percentile(col("x"),
        array(lit(0.9), lit(1.0))), mode(col("x"))));
    query("histogram_over_running_window", spark -> spark.range(0, 8, 1, 1).select(col("id"),
        histogram_numeric(col("id").multiply(col("id")), lit(2)).over(Window.orderBy("id"))).orderBy("id"));
    query("mode_of_arrays", spark -> data(spark).agg(mode(array(col("m"), lit(1)))));
    query("median_of_a_string", spark -> data(spark).where(col("name").equalTo("y1")).agg(median(col("name"))));
    query("median_of_numeric_strings", spark -> data(spark).agg(median(col("v").cast("string"))));
    query("median_of_a_boolean", spark -> data(spark).agg(median(col("flag"))));
    query("percentile_single", spark -> data(spark).agg(percentile(col("v"), lit(0.3)),
        percentile(col("d"), lit(0.25)), percentile(col("big"), lit(0.75)), percentile(col("amount"), lit(0.1))));
    query("percentile_bounds", spark -> data(spark).agg(percentile(col("v"), lit(0.0)), percentile(col("v"), lit(1.0)),
        percentile(col("d"), lit(1))));
    query("percentile_array", spark -> data(spark).agg(percentile(col("v"), array(lit(0.1), lit(0.5), lit(0.9))),
        percentile(col("d"), array(lit(0.0), lit(1.0)))));
    unordered("percentile_array_grouped", spark -> data(spark).groupBy("k")
        .agg(percentile(col("v"), array(lit(0.25), lit(0.75)))));
    query("percentile_frequency", spark -> data(spark).agg(percentile(col("v"), lit(0.5), col("w")),
        percentile(col("d"), array(lit(0.2), lit(0.8)), col("w"))));
    unordered("percentile_frequency_grouped", spark -> data(spark).groupBy("k")
        .agg(percentile(col("v"), lit(0.4), col("w"))));
    query("percentile_frequency_literal", spark -> data(spark).agg(percentile(col("v"), lit(0.5), lit(3))));
    query("percentile_call_function", spark -> data(spark).agg(call_function("percentile", col("v"), lit(0.5)),
        call_function("median", col("d"))));
    query("percentile_out_of_range", spark -> data(spark).agg(percentile(col("v"), lit(1.5))));
    query("percentile_negative", spark -> data(spark).agg(percentile(col("v"), lit(-0.1))));
    query("percentile_array_out_of_range", spark -> data(spark).agg(percentile(col("v"), array(lit(0.5), lit(2.0)))));
    query("percentile_null_percentage", spark -> data(spark).agg(percentile(col("v"), lit(null).cast("double"))));
    query("percentile_not_constant", spark -> data(spark).agg(percentile(col("v"), col("d"))));
    query("percentile_string_percentage", spark -> data(spark).agg(percentile(col("v"), lit("0.5"))));
    query("percentile_of_a_string", spark -> data(spark).where(col("name").equalTo("y1"))
        .agg(percentile(col("name"), lit(0.5))));
    query("percentile_negative_frequency", spark -> data(spark).agg(percentile(col("v"), lit(0.5), lit(-1))));
    query("percentile_frequency_not_integral", spark -> data(spark).agg(percentile(col("v"), lit(0.5), col("d"))));
    query("percentile_zero_frequency", spark -> data(spark).agg(percentile(col("v"), lit(0.5), lit(0))));
    query("percentile_over_window", spark -> data(spark).select(col("name"),
        median(col("v")).over(Window.partitionBy("k")),
        percentile(col("v"), lit(0.25)).over(Window.partitionBy("k").orderBy("name")))
        .orderBy("name"));
    query("percentile_of_intervals", spark -> data(spark).agg(median(make_ym_interval(lit(0), col("v"))),
        percentile(make_dt_interval(lit(0), lit(0), lit(0), col("d")), lit(0.25)),
        percentile(make_ym_interval(lit(1), col("v")), array(lit(0.5), lit(0.9)))));
    unordered("median_of_intervals_grouped", spark -> data(spark).groupBy("k").agg(
        median(make_dt_interval(col("v"), lit(0), lit(0), lit(0)))));
    query("percentile_cont_call", spark -> data(spark).agg(call_function("percentile_cont", col("v"), lit(0.5))));
    query("percentile_disc_call", spark -> data(spark).agg(call_function("percentile_disc", col("v"), lit(0.5))));
    query("percentile_cont_without_within_group", spark -> data(spark).agg(
        call_function("percentile_cont", lit(0.5))));
    query("percentile_disc_without_within_group", spark -> data(spark).agg(
        call_function("percentile_disc", lit(0.5))));
    query("approx_percentile_of_datetimes", spark -> data(spark).agg(
        percentile_approx(date_from_unix_date(col("v")), lit(0.5), lit(100)),
        percentile_approx(timestamp_seconds(col("big")), array(lit(0.25), lit(0.75)), lit(100)),
        percentile_approx(make_ym_interval(lit(0), col("v")), lit(0.5), lit(100))));
    query("approx_percentile", spark -> data(spark).agg(approx_percentile(col("v"), lit(0.5), lit(100)),
        percentile_approx(col("d"), lit(0.25), lit(10000))));
    query("approx_percentile_of_decimals", spark -> data(spark).agg(
        percentile_approx(col("amount"), lit(0.5), lit(100))));
    query("approx_percentile_array", spark -> data(spark).agg(
        percentile_approx(col("v"), array(lit(0.1), lit(0.5), lit(1.0)), lit(10000)),
        call_function("approx_percentile", col("big"), array(lit(0.5)))));
    unordered("approx_percentile_grouped", spark -> data(spark).groupBy("k")
        .agg(call_function("approx_percentile", col("v"), lit(0.5))));
    query("approx_percentile_bad_accuracy", spark -> data(spark).agg(percentile_approx(col("v"), lit(0.5), lit(0))));
    query("approx_percentile_bad_percentage", spark -> data(spark).agg(
        percentile_approx(col("v"), lit(1.5), lit(100))));
    query("approx_percentile_of_a_string", spark -> data(spark).where(col("name").equalTo("y1")).agg(
        percentile_approx(col("name"), lit(0.5), lit(100))));
    unordered("mode_grouped", spark -> data(spark).groupBy("k").agg(mode(col("m")), mode(col("tag"))));
    query("mode_global", spark -> data(spark).agg(mode(col("m")), mode(col("tag")), mode(col("d"))));
    query("mode_deterministic", spark -> data(spark).agg(mode(col("v"), true), mode(col("name"), true),
        mode(col("m"), false)));
    query("mode_deterministic_call", spark -> data(spark).agg(call_function("mode", col("v"), lit(true))));
    query("mode_deterministic_not_boolean", spark -> data(spark).agg(call_function("mode", col("v"), lit(1))));
    query("mode_deterministic_not_constant", spark -> data(spark).agg(call_function("mode", col("v"), col("flag"))));
    query("mode_deterministic_null", spark -> data(spark).agg(call_function("mode", col("v"),
        lit(null).cast("boolean"))));
    query("mode_ties_in_hash_order", spark -> data(spark).agg(mode(col("name")), mode(col("s")), mode(col("k")),
        mode(col("flag"))));
    query("mode_ties_one_partition", spark -> spark.range(0, 40, 1, 1).select(col("id"),
        col("id").cast("string").as("text"), col("id").cast("int").as("number"), col("id").multiply(1.5).as("real"),
        col("id").cast("float").as("single"), date_from_unix_date(col("id").cast("int")).as("day"))
        .agg(mode(col("id")), mode(col("text")), mode(col("number")), mode(col("real")), mode(col("single")),
            mode(col("day"))));
    unordered("mode_ties_grouped", spark -> spark.range(0, 30, 1, 1).groupBy(col("id").mod(3).as("g"))
        .agg(mode(col("id")), mode(col("id").cast("string"))));
    query("mode_over_window", spark -> data(spark).select(col("name"), mode(col("m")).over(Window.partitionBy("k")))
        .orderBy("name"));
    query("histogram_distinct_values", spark -> data(spark).agg(histogram_numeric(col("v"), lit(10)),
        histogram_numeric(col("d"), lit(6))));
    query("histogram_one_partition", spark -> spark.range(0, 20, 1, 1).select(col("id").multiply(col("id")).as("x"))
        .agg(histogram_numeric(col("x"), lit(5))));
    query("histogram_doubles_one_partition", spark -> spark.range(0, 30, 1, 1)
        .select(col("id").divide(7).as("x")).agg(histogram_numeric(col("x"), lit(4))));
    unordered("histogram_grouped", spark -> data(spark).groupBy("k").agg(histogram_numeric(col("v"), lit(3)),
        histogram_numeric(col("amount"), lit(5))));
    query("histogram_of_datetimes", spark -> data(spark).where(col("k").equalTo("a")).agg(
        histogram_numeric(date_from_unix_date(col("v")), lit(3)),
        histogram_numeric(timestamp_seconds(col("v")), lit(10)),
        histogram_numeric(make_dt_interval(lit(0), lit(0), lit(0), col("d")), lit(2)),
        histogram_numeric(make_ym_interval(lit(0), col("v")), lit(10))));
    query("histogram_of_floats_and_bytes", spark -> data(spark).where(col("k").equalTo("a")).agg(
        histogram_numeric(col("d").cast("float"), lit(3)), histogram_numeric(col("v").cast("byte"), lit(3)),
        histogram_numeric(col("s"), lit(10))));
    query("histogram_too_few_bins", spark -> data(spark).agg(histogram_numeric(col("v"), lit(1))));
    query("histogram_bins_not_constant", spark -> data(spark).agg(histogram_numeric(col("v"), col("w"))));
    query("histogram_of_a_string", spark -> data(spark).where(col("name").equalTo("y1"))
        .agg(histogram_numeric(col("name"), lit(3))));
  }

  private static Dataset<Row> data(SparkSession spark) {
    return spark.createDataFrame(Arrays.asList(
        RowFactory.create("a", "x1", 1, 1.5, new BigDecimal("1.25"), 10L, 2, 7, "p", true, (short) 4),
        RowFactory.create("a", "x2", 3, 2.5, new BigDecimal("2.50"), 20L, 1, 7, "q", true, (short) 2),
        RowFactory.create("a", "x3", 6, null, new BigDecimal("9.75"), 9_000_000_000L, 3, 8, "q", false, null),
        RowFactory.create("a", "x4", null, 0.5, null, null, 1, 8, null, null, (short) 9),
        RowFactory.create("a", "x5", 10, 4.0, new BigDecimal("0.05"), -5L, null, 7, "q", true, (short) 1),
        RowFactory.create("b", "y1", 2, -1.0, new BigDecimal("3.00"), 7L, 4, 1, "r", null, (short) 3),
        RowFactory.create("b", "y2", 4, 1.0, new BigDecimal("4.00"), 8L, 1, 1, "r", true, (short) 5),
        RowFactory.create("b", "y3", 4, 1.0, new BigDecimal("4.00"), 8L, 2, 2, "s", true, (short) 5),
        RowFactory.create("c", "z1", 5, 3.0, new BigDecimal("5.55"), 100L, 1, 3, "t", null, (short) 6),
        RowFactory.create("c", "z2", null, null, null, null, null, null, null, null, null)),
        new StructType().add("k", DataTypes.StringType).add("name", DataTypes.StringType)
            .add("v", DataTypes.IntegerType).add("d", DataTypes.DoubleType)
            .add("amount", DataTypes.createDecimalType(10, 2)).add("big", DataTypes.LongType)
            .add("w", DataTypes.IntegerType).add("m", DataTypes.IntegerType).add("tag", DataTypes.StringType)
            .add("flag", DataTypes.BooleanType).add("s", DataTypes.ShortType));
  }
}
