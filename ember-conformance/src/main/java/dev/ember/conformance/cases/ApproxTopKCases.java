package dev.ember.conformance.cases;

import static org.apache.spark.sql.functions.call_function;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import dev.ember.conformance.CaseGroup;
import java.util.Arrays;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * approx_top_k(expr[, k[, maxItemsTracked]]): the k most frequent items with their counts (NULL counted as an
 * item), through DataSketches' frequent-items sketch as Spark uses it; equally frequent items in the sketch's
 * order. One partition (Spark merges partial sketches otherwise).
 */
public final class ApproxTopKCases extends CaseGroup {
  private static Dataset<Row> items(SparkSession spark) {
    return spark.createDataFrame(Arrays.asList(
        RowFactory.create(1, 5L, "a", 2.5, true), RowFactory.create(1, 5L, "b", 2.5, true),
        RowFactory.create(1, 7L, "a", -1.0, false), RowFactory.create(1, null, null, null, null),
        RowFactory.create(2, 7L, "c", 2.5, true), RowFactory.create(2, 7L, "a", 0.0, null),
        RowFactory.create(2, null, "é", -0.0, false), RowFactory.create(3, 9L, "b", 1e30, true)),
        new StructType().add("k", DataTypes.IntegerType).add("v", DataTypes.LongType).add("s", DataTypes.StringType)
            .add("d", DataTypes.DoubleType).add("b", DataTypes.BooleanType)).coalesce(1);
  }

  public ApproxTopKCases() {
    super("approx_top_k");
    query("sql_ints", spark -> spark.sql("SELECT approx_top_k(expr) FROM VALUES (0), (0), (1), (1), (2), (3), (4), "
        + "(4) AS tab(expr)"));
    query("sql_strings_k", spark -> spark.sql("SELECT approx_top_k(expr, 2) FROM VALUES 'a', 'b', 'c', 'c', 'c', "
        + "'c', 'd', 'd' AS tab(expr)"));
    query("sql_k_and_max_items", spark -> spark.sql("SELECT approx_top_k(expr, 10, 100) FROM VALUES (0), (1), (1), "
        + "(2), (2), (2) AS tab(expr)"));
    query("longs_with_nulls", spark -> items(spark).agg(call_function("approx_top_k", col("v")),
        call_function("approx_top_k", col("v"), lit(1))));
    query("strings_and_doubles", spark -> items(spark).agg(call_function("approx_top_k", col("s"), lit(3)),
        call_function("approx_top_k", col("d")), call_function("approx_top_k", col("b"))));
    query("small_types", spark -> spark.range(0, 30, 1, 1).select(col("id").mod(4).cast("int").as("i"),
        col("id").mod(3).cast("short").as("h"), col("id").mod(5).cast("byte").as("t"),
        col("id").mod(2).cast("float").as("f")).agg(call_function("approx_top_k", col("i")),
        call_function("approx_top_k", col("h"), lit(2)), call_function("approx_top_k", col("t"), lit(5), lit(10)),
        call_function("approx_top_k", col("f"))));
    query("dates", spark -> spark.range(0, 10, 1, 1).select(org.apache.spark.sql.functions.date_add(
        lit("2024-01-01").cast("date"), col("id").mod(3).cast("int")).as("day"))
        .agg(call_function("approx_top_k", col("day"), lit(2))));
    query("timestamps", spark -> spark.range(0, 10, 1, 1).select(col("id").mod(3).multiply(86400).plus(1700000000)
        .cast("timestamp").as("ts")).select(col("ts"), col("ts").cast("timestamp_ntz").as("ntz"))
        .agg(call_function("approx_top_k", col("ts"), lit(2)), call_function("approx_top_k", col("ntz"))));
    query("decimals_not_yet", spark -> spark.range(0, 4, 1, 1).select(col("id").cast("decimal(10,2)").as("m"))
        .agg(call_function("approx_top_k", col("m"))));
    query("grouped", spark -> items(spark).groupBy("k").agg(call_function("approx_top_k", col("s"), lit(2)))
        .orderBy("k"));
    query("empty", spark -> spark.range(0, 0, 1, 1).agg(call_function("approx_top_k", col("id"))));
    query("many_distinct", spark -> spark.range(0, 3000, 1, 1).select(col("id").mod(700).as("v"))
        .agg(call_function("approx_top_k", col("v"), lit(4), lit(64))));
    query("k_zero", spark -> items(spark).agg(call_function("approx_top_k", col("v"), lit(0))));
    query("k_null", spark -> items(spark).agg(call_function("approx_top_k", col("v"), lit(null).cast("int"))));
    query("max_items_less_than_k", spark -> items(spark).agg(call_function("approx_top_k", col("v"), lit(10),
        lit(5))));
    query("max_items_too_large", spark -> items(spark).agg(call_function("approx_top_k", col("v"), lit(5),
        lit(1000001))));
    query("k_not_constant", spark -> items(spark).agg(call_function("approx_top_k", col("v"), col("k"))));
    query("binary_items", spark -> items(spark).agg(call_function("approx_top_k", col("s").cast("binary"))));
  }
}
