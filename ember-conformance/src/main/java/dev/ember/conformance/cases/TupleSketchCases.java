package dev.ember.conformance.cases;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.hex;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.theta_sketch_agg;
import static org.apache.spark.sql.functions.tuple_difference_double;
import static org.apache.spark.sql.functions.tuple_difference_theta_integer;
import static org.apache.spark.sql.functions.tuple_intersection_agg_double;
import static org.apache.spark.sql.functions.tuple_intersection_double;
import static org.apache.spark.sql.functions.tuple_intersection_theta_double;
import static org.apache.spark.sql.functions.tuple_sketch_agg_double;
import static org.apache.spark.sql.functions.tuple_sketch_agg_integer;
import static org.apache.spark.sql.functions.tuple_sketch_estimate_double;
import static org.apache.spark.sql.functions.tuple_sketch_estimate_integer;
import static org.apache.spark.sql.functions.tuple_sketch_summary_double;
import static org.apache.spark.sql.functions.tuple_sketch_summary_integer;
import static org.apache.spark.sql.functions.tuple_sketch_theta_double;
import static org.apache.spark.sql.functions.tuple_union_agg_integer;
import static org.apache.spark.sql.functions.tuple_union_double;
import static org.apache.spark.sql.functions.tuple_union_theta_integer;

import dev.ember.conformance.CaseGroup;
import java.util.Arrays;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The Tuple sketch functions (tuple_sketch_agg_*, tuple_union_agg_*, tuple_intersection_agg_*,
 * tuple_sketch_estimate_*, tuple_sketch_summary_*, tuple_sketch_theta_*, tuple_union_*, tuple_intersection_*,
 * tuple_difference_* and their _theta variants) through the DataFrame API and SQL. Sketches are compared as their
 * bytes (hex), so that Ember's sketches are Spark's; aggregates run over one partition, as Spark merges partial
 * buffers otherwise.
 */
public final class TupleSketchCases extends CaseGroup {
  private static Dataset<Row> keyed(SparkSession spark) {
    return spark.createDataFrame(Arrays.asList(
        RowFactory.create(1, 10L, "a", 1.5, 3), RowFactory.create(1, 11L, "b", -0.0, 4),
        RowFactory.create(1, 10L, "", 0.0, 5), RowFactory.create(1, null, null, null, null),
        RowFactory.create(2, 20L, "a", Double.NaN, 6), RowFactory.create(2, 21L, "é", 2.5, -7),
        RowFactory.create(2, 10L, "c", 1e30, 8), RowFactory.create(3, null, "z", 4.0, 9)),
        new StructType().add("k", DataTypes.IntegerType).add("v", DataTypes.LongType).add("s", DataTypes.StringType)
            .add("d", DataTypes.DoubleType).add("i", DataTypes.IntegerType)).coalesce(1);
  }

  public TupleSketchCases() {
    super("tuple_sketches");
    aggregates();
    setOperations();
    sqlText();
  }

  private void aggregates() {
    query("tuple_sketch_agg_double_longs", spark -> keyed(spark).agg(hex(tuple_sketch_agg_double(col("v"), col("d"))),
        tuple_sketch_estimate_double(tuple_sketch_agg_double(col("v"), col("d"))),
        tuple_sketch_summary_double(tuple_sketch_agg_double(col("v"), col("d")))));
    query("tuple_sketch_agg_integer_strings_modes", spark -> keyed(spark).agg(
        hex(tuple_sketch_agg_integer(col("s"), col("i"), 5, "max")),
        tuple_sketch_summary_integer(tuple_sketch_agg_integer(col("s"), col("i"), 12, "min"), lit("sum")),
        tuple_sketch_summary_integer(tuple_sketch_agg_integer(col("s"), col("i")), lit("alwaysone")),
        tuple_sketch_estimate_integer(tuple_sketch_agg_integer(col("s"), col("i"), 12, "alwaysone"))));
    query("tuple_sketch_agg_grouped", spark -> keyed(spark).groupBy("k").agg(
        hex(tuple_sketch_agg_double(col("d"), col("d"), 6, "min")),
        tuple_sketch_summary_double(tuple_sketch_agg_double(col("s"), col("i")), lit("max"))).orderBy("k"));
    query("tuple_sketch_agg_arrays_and_binary", spark -> keyed(spark).agg(
        hex(tuple_sketch_agg_double(array(col("i"), col("k")), col("d"))),
        hex(tuple_sketch_agg_integer(col("s").cast("binary"), col("k"))),
        hex(tuple_sketch_agg_integer(array(col("v")), col("i")))));
    query("tuple_sketch_agg_many", spark -> spark.range(0, 5000, 1, 1).agg(
        tuple_sketch_estimate_double(tuple_sketch_agg_double(col("id"), col("id").cast("double"), 10)),
        tuple_sketch_theta_double(tuple_sketch_agg_double(col("id"), lit(1.0), 10)),
        tuple_sketch_summary_double(tuple_sketch_agg_double(col("id"), lit(2.0), 10), lit("max"))));
    query("tuple_sketch_agg_empty", spark -> spark.range(0, 0, 1, 1).agg(
        hex(tuple_sketch_agg_integer(col("id"), col("id").cast("int"))),
        tuple_sketch_estimate_integer(tuple_sketch_agg_integer(col("id"), col("id").cast("int")))));
  }

  private void setOperations() {
    query("tuple_union_intersection_agg", spark -> keyed(spark).groupBy("k")
        .agg(tuple_sketch_agg_integer(col("v"), col("i")).as("sketch"),
            tuple_sketch_agg_double(col("s"), col("d")).as("doubles")).coalesce(1)
        .agg(hex(tuple_union_agg_integer(col("sketch"), 8, "max")),
            tuple_sketch_summary_integer(tuple_union_agg_integer(col("sketch"))),
            hex(tuple_intersection_agg_double(col("doubles"), "min"))));
    query("tuple_set_operations", spark -> keyed(spark).agg(tuple_sketch_agg_double(col("v"), col("d")).as("a"),
        tuple_sketch_agg_double(col("i").cast("long"), col("d")).as("b"))
        .select(hex(tuple_union_double(col("a"), col("b"), 10, "max")),
            hex(tuple_intersection_double(col("a"), col("b"))), hex(tuple_difference_double(col("a"), col("b")))));
    query("tuple_theta_set_operations", spark -> keyed(spark).agg(tuple_sketch_agg_integer(col("v"), col("i")).as("a"),
        tuple_sketch_agg_double(col("s"), col("d")).as("c"), theta_sketch_agg(col("k")).as("t"),
        theta_sketch_agg(col("s")).as("ts"))
        .select(hex(tuple_union_theta_integer(col("a"), col("t"), 12, "alwaysone")),
            hex(tuple_intersection_theta_double(col("c"), col("ts"), "max")),
            hex(tuple_difference_theta_integer(col("a"), col("t")))));
  }

  private void sqlText() {
    query("sql_tuple_named_arguments", spark -> spark.sql("SELECT tuple_sketch_summary_double("
        + "tuple_sketch_agg_double(mode => 'max', lgNomEntries => 5, summary => val, key => key)), "
        + "hex(tuple_union_double(second => tuple_sketch_agg_double(key, val), first => tuple_sketch_agg_double(val, "
        + "val))) FROM VALUES (1, 1.0D), (1, 2.0D), (2, 3.0D) tab(key, val)"));
    query("sql_tuple_invalid_mode", spark -> spark.sql("SELECT tuple_sketch_agg_integer(key, val, 12, 'avg') "
        + "FROM VALUES (1, 1) tab(key, val)"));
    query("sql_tuple_invalid_lg_nom_entries", spark -> spark.sql("SELECT tuple_union_agg_double(s, 30) "
        + "FROM VALUES (X'01') tab(s)"));
    query("sql_tuple_invalid_buffer", spark -> spark.sql("SELECT tuple_sketch_estimate_double(X'0102030405')"));
    query("sql_tuple_wrong_family", spark -> spark.sql("SELECT tuple_sketch_summary_integer(theta_sketch_agg(col)) "
        + "FROM VALUES (1), (2) tab(col)"));
    query("sql_tuple_intersection_agg_of_nothing", spark -> spark.sql("SELECT hex(tuple_intersection_agg_integer(s)) "
        + "FROM VALUES (CAST(NULL AS BINARY)) tab(s)"));
    query("sql_tuple_summary_type_mismatch", spark -> spark.sql("SELECT tuple_union_integer(X'01', 'x')"));
  }
}
