package dev.ember.conformance.cases;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.hex;
import static org.apache.spark.sql.functions.hll_sketch_agg;
import static org.apache.spark.sql.functions.hll_sketch_estimate;
import static org.apache.spark.sql.functions.hll_union;
import static org.apache.spark.sql.functions.hll_union_agg;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sha2;
import static org.apache.spark.sql.functions.theta_difference;
import static org.apache.spark.sql.functions.theta_intersection;
import static org.apache.spark.sql.functions.theta_intersection_agg;
import static org.apache.spark.sql.functions.theta_sketch_agg;
import static org.apache.spark.sql.functions.theta_sketch_estimate;
import static org.apache.spark.sql.functions.theta_union;
import static org.apache.spark.sql.functions.theta_union_agg;
import static org.apache.spark.sql.functions.when;

import dev.ember.conformance.CaseGroup;
import java.util.Arrays;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The DataSketches functions: HLL (hll_sketch_agg, hll_union_agg, hll_sketch_estimate, hll_union) and Theta
 * (theta_sketch_agg, theta_union_agg, theta_intersection_agg, theta_sketch_estimate, theta_union,
 * theta_intersection, theta_difference). The sketches' bytes are compared (hex, or sha2 of large ones) so that a
 * sketch Spark makes reads in Ember and back. Aggregates run over one partition: Spark merges partial buffers
 * otherwise, which may order a small HLL sketch's coupons differently.
 */
public final class SketchFunctionCases extends CaseGroup {
  private static Dataset<Row> keyed(SparkSession spark) {
    return spark.createDataFrame(Arrays.asList(
        RowFactory.create(1, 10L, "a", 1.5), RowFactory.create(1, 11L, "b", -0.0),
        RowFactory.create(1, 10L, "", 0.0), RowFactory.create(1, null, null, null),
        RowFactory.create(2, 20L, "a", Double.NaN), RowFactory.create(2, 21L, "é", 2.5),
        RowFactory.create(2, 22L, "c", 1e30), RowFactory.create(3, null, null, null)),
        new StructType().add("k", DataTypes.IntegerType).add("v", DataTypes.LongType).add("s", DataTypes.StringType)
            .add("d", DataTypes.DoubleType)).coalesce(1);
  }

  private static Dataset<Row> numbers(SparkSession spark, long count) {
    return spark.range(0, count, 1, 1).toDF();
  }

  private static Column hexOf(Column sketch) {
    return hex(sketch);
  }

  public SketchFunctionCases() {
    super("sketch_functions");
    hll();
    hllSets();
    theta();
    thetaSets();
    sqlText();
  }

  private void hll() {
    query("hll_sketch_agg_longs", spark -> numbers(spark, 10).agg(hexOf(hll_sketch_agg(col("id"))),
        hll_sketch_estimate(hll_sketch_agg(col("id")))));
    query("hll_sketch_agg_ints_lg_k", spark -> numbers(spark, 40).select(col("id").cast("int").as("i"))
        .agg(hexOf(hll_sketch_agg(col("i"), 5)), hll_sketch_estimate(hll_sketch_agg(col("i"), 5))));
    query("hll_sketch_agg_strings", spark -> keyed(spark).agg(hexOf(hll_sketch_agg(col("s"))),
        hll_sketch_estimate(hll_sketch_agg(col("s")))));
    query("hll_sketch_agg_binary", spark -> keyed(spark).select(col("s").cast("binary").as("b"))
        .agg(hexOf(hll_sketch_agg(col("b"), 8)), hll_sketch_estimate(hll_sketch_agg(col("b"), 8))));
    query("hll_sketch_agg_many", spark -> numbers(spark, 3000).agg(sha2(hll_sketch_agg(col("id"), 10), 256),
        hll_sketch_estimate(hll_sketch_agg(col("id"), 10)), hll_sketch_estimate(hll_sketch_agg(col("id")))));
    query("hll_sketch_agg_grouped", spark -> keyed(spark).groupBy("k").agg(hexOf(hll_sketch_agg(col("v"))),
        hll_sketch_estimate(hll_sketch_agg(col("s")))).orderBy("k"));
    query("hll_sketch_agg_empty", spark -> numbers(spark, 0).agg(hexOf(hll_sketch_agg(col("id"))),
        hll_sketch_estimate(hll_sketch_agg(col("id")))));
    query("hll_sketch_agg_lg_k_too_small", spark -> numbers(spark, 3).agg(hll_sketch_agg(col("id"), 3)));
    query("hll_sketch_agg_lg_k_too_large", spark -> numbers(spark, 3).agg(hll_sketch_agg(col("id"), 22)));
    query("hll_sketch_agg_double", spark -> keyed(spark).agg(hll_sketch_agg(col("d"))));
    query("hll_sketch_agg_lg_k_column", spark -> numbers(spark, 3).agg(hll_sketch_agg(col("id"),
        col("id").cast("int"))));
    query("hll_sketch_estimate_null", spark -> numbers(spark, 1).select(hll_sketch_estimate(lit(null).cast("binary"))));
    query("hll_sketch_estimate_not_a_sketch", spark -> numbers(spark, 1).select(hll_sketch_estimate(
        lit("not a sketch").cast("binary"))));
    query("hll_sketch_estimate_string", spark -> keyed(spark).select(hll_sketch_estimate(col("s"))));
  }

  private void hllSets() {
    // the sketches in the order of k: an HLL union keeps its coupons in the order it meets them
    query("hll_union_agg", spark -> keyed(spark).groupBy("k").agg(hll_sketch_agg(col("v")).as("sketch"))
        .orderBy("k").coalesce(1).agg(hexOf(hll_union_agg(col("sketch"))),
            hll_sketch_estimate(hll_union_agg(col("sketch")))));
    query("hll_union_agg_lg_k_mismatch", spark -> numbers(spark, 2).select(col("id"))
        .groupBy("id").agg(hll_sketch_agg(col("id"), 12).as("a"), hll_sketch_agg(col("id"), 10).as("b"))
        .select(when(col("id").equalTo(0), col("a")).otherwise(col("b")).as("sketch")).coalesce(1)
        .agg(hll_union_agg(col("sketch"))));
    query("hll_union_agg_allow_different", spark -> numbers(spark, 2).select(col("id"))
        .groupBy("id").agg(hll_sketch_agg(col("id"), 12).as("a"), hll_sketch_agg(col("id"), 10).as("b"))
        .select(when(col("id").equalTo(0), col("a")).otherwise(col("b")).as("sketch")).coalesce(1)
        .agg(hexOf(hll_union_agg(col("sketch"), true)), hll_sketch_estimate(hll_union_agg(col("sketch"), true))));
    query("hll_union_agg_nulls_only", spark -> numbers(spark, 2).select(lit(null).cast("binary").as("sketch"))
        .agg(hexOf(hll_union_agg(col("sketch")))));
    query("hll_union_agg_not_a_sketch", spark -> numbers(spark, 1).select(lit("xyz").cast("binary").as("sketch"))
        .agg(hll_union_agg(col("sketch"))));
    query("hll_union_scalar", spark -> numbers(spark, 30).coalesce(1).agg(hll_sketch_agg(col("id")).as("a"),
        hll_sketch_agg(col("id").plus(20)).as("b")).select(hexOf(hll_union(col("a"), col("b"))),
        hll_sketch_estimate(hll_union(col("a"), col("b")))));
    query("hll_union_scalar_lg_k_mismatch", spark -> numbers(spark, 30).coalesce(1).agg(hll_sketch_agg(col("id"))
        .as("a"), hll_sketch_agg(col("id"), 8).as("b")).select(hll_union(col("a"), col("b"))));
    query("hll_union_scalar_allow_different", spark -> numbers(spark, 30).coalesce(1).agg(hll_sketch_agg(col("id"))
        .as("a"), hll_sketch_agg(col("id"), 8).as("b")).select(hexOf(hll_union(col("a"), col("b"), true)),
        hll_sketch_estimate(hll_union(col("b"), col("a"), true))));
    query("hll_union_scalar_null", spark -> numbers(spark, 3).coalesce(1).agg(hll_sketch_agg(col("id")).as("a"))
        .select(hll_union(col("a"), lit(null).cast("binary"))));
  }

  private void theta() {
    query("theta_sketch_agg_longs", spark -> numbers(spark, 10).agg(hexOf(theta_sketch_agg(col("id"))),
        theta_sketch_estimate(theta_sketch_agg(col("id")))));
    query("theta_sketch_agg_types", spark -> keyed(spark).agg(hexOf(theta_sketch_agg(col("k"))),
        hexOf(theta_sketch_agg(col("s"))), hexOf(theta_sketch_agg(col("d"))),
        hexOf(theta_sketch_agg(col("d").cast("float"))), hexOf(theta_sketch_agg(col("s").cast("binary")))));
    query("theta_sketch_agg_arrays", spark -> keyed(spark).agg(
        hexOf(theta_sketch_agg(array(col("k"), col("k").plus(1)))),
        hexOf(theta_sketch_agg(array(col("v")))), theta_sketch_estimate(theta_sketch_agg(array(col("v"))))));
    query("theta_sketch_agg_many", spark -> numbers(spark, 3000).agg(sha2(theta_sketch_agg(col("id"), 8), 256),
        theta_sketch_estimate(theta_sketch_agg(col("id"), 8)), theta_sketch_estimate(theta_sketch_agg(col("id")))));
    query("theta_sketch_agg_grouped", spark -> keyed(spark).groupBy("k").agg(hexOf(theta_sketch_agg(col("v"))),
        theta_sketch_estimate(theta_sketch_agg(col("s"), 5))).orderBy("k"));
    query("theta_sketch_agg_empty", spark -> numbers(spark, 0).agg(hexOf(theta_sketch_agg(col("id"))),
        theta_sketch_estimate(theta_sketch_agg(col("id")))));
    query("theta_sketch_agg_lg_nom_too_small", spark -> numbers(spark, 3).agg(theta_sketch_agg(col("id"), 3)));
    query("theta_sketch_agg_lg_nom_too_large", spark -> numbers(spark, 3).agg(theta_sketch_agg(col("id"), 27)));
    query("theta_sketch_agg_boolean", spark -> numbers(spark, 3).agg(theta_sketch_agg(col("id").equalTo(1))));
    query("theta_sketch_estimate_null", spark -> numbers(spark, 1).select(theta_sketch_estimate(
        lit(null).cast("binary"))));
    query("theta_sketch_estimate_not_a_sketch", spark -> numbers(spark, 1).select(theta_sketch_estimate(
        lit("not a sketch").cast("binary"))));
    query("theta_sketch_estimate_of_hll", spark -> numbers(spark, 5).coalesce(1).agg(theta_sketch_estimate(
        hll_sketch_agg(col("id")))));
  }

  private void thetaSets() {
    query("theta_union_agg", spark -> keyed(spark).groupBy("k").agg(theta_sketch_agg(col("v")).as("sketch"))
        .orderBy("k").coalesce(1).agg(hexOf(theta_union_agg(col("sketch"))),
            theta_sketch_estimate(theta_union_agg(col("sketch"), 5))));
    query("theta_intersection_agg", spark -> numbers(spark, 40).groupBy(col("id").mod(3).as("p"))
        .agg(theta_sketch_agg(col("id").mod(10)).as("sketch")).coalesce(1)
        .agg(hexOf(theta_intersection_agg(col("sketch"))), theta_sketch_estimate(theta_intersection_agg(
            col("sketch")))));
    query("theta_union_agg_nulls_only", spark -> numbers(spark, 2).select(lit(null).cast("binary").as("sketch"))
        .agg(hexOf(theta_union_agg(col("sketch")))));
    query("theta_union_agg_not_a_sketch", spark -> numbers(spark, 1).select(lit("xyz").cast("binary").as("sketch"))
        .agg(theta_union_agg(col("sketch"))));
    query("theta_set_operations", spark -> numbers(spark, 30).coalesce(1).agg(theta_sketch_agg(col("id")).as("a"),
        theta_sketch_agg(col("id").plus(20)).as("b")).select(hexOf(theta_union(col("a"), col("b"))),
        hexOf(theta_intersection(col("a"), col("b"))), hexOf(theta_difference(col("a"), col("b"))),
        theta_sketch_estimate(theta_union(col("a"), col("b"), 5)),
        theta_sketch_estimate(theta_intersection(col("a"), col("b"))),
        theta_sketch_estimate(theta_difference(col("b"), col("a")))));
    query("theta_set_operations_estimation", spark -> numbers(spark, 5000).coalesce(1)
        .agg(theta_sketch_agg(col("id"), 9).as("a"), theta_sketch_agg(col("id").plus(2500), 10).as("b"))
        .select(sha2(theta_union(col("a"), col("b")), 256), theta_sketch_estimate(theta_union(col("a"), col("b"), 8)),
            theta_sketch_estimate(theta_intersection(col("a"), col("b"))),
            theta_sketch_estimate(theta_difference(col("a"), col("b")))));
    query("theta_union_lg_nom_out_of_range", spark -> numbers(spark, 3).coalesce(1)
        .agg(theta_sketch_agg(col("id")).as("a")).select(theta_union(col("a"), col("a"), 30)));
    query("theta_set_operations_null", spark -> numbers(spark, 3).coalesce(1).agg(theta_sketch_agg(col("id")).as("a"))
        .select(theta_union(col("a"), lit(null).cast("binary")), theta_intersection(lit(null).cast("binary"),
            col("a")), theta_difference(col("a"), lit(null).cast("binary"))));
    query("theta_difference_not_a_sketch", spark -> numbers(spark, 3).coalesce(1)
        .agg(theta_sketch_agg(col("id")).as("a")).select(theta_difference(col("a"), lit("junk").cast("binary"))));
  }

  private void sqlText() {
    query("sql_hll", spark -> spark.sql("SELECT hll_sketch_estimate(hll_sketch_agg(col)), hex(hll_sketch_agg(col, 4)) "
        + "FROM VALUES (1), (1), (2), (2), (3) tab(col)"));
    query("sql_hll_union", spark -> spark.sql("SELECT hll_sketch_estimate(hll_union(hll_sketch_agg(col1), "
        + "hll_sketch_agg(col2))), hex(hll_union(hll_sketch_agg(col1), hll_sketch_agg(col2, 6), true)) "
        + "FROM VALUES (1, 4), (1, 4), (2, 5), (2, 5), (3, 6) tab(col1, col2)"));
    query("sql_hll_union_agg", spark -> spark.sql("SELECT hll_sketch_estimate(hll_union_agg(sketch, true)) FROM "
        + "(SELECT hll_sketch_agg(col) AS sketch FROM VALUES (1) tab(col) UNION ALL "
        + "SELECT hll_sketch_agg(col, 20) AS sketch FROM VALUES (1) tab(col))"));
    query("sql_theta", spark -> spark.sql("SELECT theta_sketch_estimate(theta_sketch_agg(col)), "
        + "hex(theta_sketch_agg(col, 4)) FROM VALUES (1), (1), (2), (2), (3) tab(col)"));
    query("sql_theta_set_operations", spark -> spark.sql("SELECT "
        + "theta_sketch_estimate(theta_union(theta_sketch_agg(col1), theta_sketch_agg(col2))), "
        + "theta_sketch_estimate(theta_intersection(theta_sketch_agg(col1), theta_sketch_agg(col2))), "
        + "theta_sketch_estimate(theta_difference(theta_sketch_agg(col1), theta_sketch_agg(col2))) "
        + "FROM VALUES (5, 4), (1, 4), (2, 5), (2, 5), (3, 1) tab(col1, col2)"));
    query("sql_theta_union_agg", spark -> spark.sql("SELECT theta_sketch_estimate(theta_union_agg(sketch)), "
        + "theta_sketch_estimate(theta_intersection_agg(sketch)) FROM "
        + "(SELECT theta_sketch_agg(col) AS sketch FROM VALUES (1), (2) tab(col) UNION ALL "
        + "SELECT theta_sketch_agg(col, 20) AS sketch FROM VALUES (1) tab(col))"));
    query("sql_theta_wrong_argument_count", spark -> spark.sql("SELECT theta_union(X'01')"));
    query("sql_estimate_of_string", spark -> spark.sql("SELECT theta_sketch_estimate('x')"));
    query("sql_hll_wrong_argument_type", spark -> spark.sql("SELECT hll_union(X'01', X'02', 1)"));
  }
}
