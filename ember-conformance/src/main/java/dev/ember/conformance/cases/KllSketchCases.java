package dev.ember.conformance.cases;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.hex;
import static org.apache.spark.sql.functions.kll_merge_agg_bigint;
import static org.apache.spark.sql.functions.kll_merge_agg_double;
import static org.apache.spark.sql.functions.kll_merge_agg_float;
import static org.apache.spark.sql.functions.kll_sketch_agg_bigint;
import static org.apache.spark.sql.functions.kll_sketch_agg_double;
import static org.apache.spark.sql.functions.kll_sketch_agg_float;
import static org.apache.spark.sql.functions.kll_sketch_get_n_bigint;
import static org.apache.spark.sql.functions.kll_sketch_get_n_double;
import static org.apache.spark.sql.functions.kll_sketch_get_n_float;
import static org.apache.spark.sql.functions.kll_sketch_get_quantile_bigint;
import static org.apache.spark.sql.functions.kll_sketch_get_quantile_double;
import static org.apache.spark.sql.functions.kll_sketch_get_quantile_float;
import static org.apache.spark.sql.functions.kll_sketch_get_rank_bigint;
import static org.apache.spark.sql.functions.kll_sketch_get_rank_double;
import static org.apache.spark.sql.functions.kll_sketch_get_rank_float;
import static org.apache.spark.sql.functions.kll_sketch_merge_bigint;
import static org.apache.spark.sql.functions.kll_sketch_merge_double;
import static org.apache.spark.sql.functions.kll_sketch_merge_float;
import static org.apache.spark.sql.functions.kll_sketch_to_string_bigint;
import static org.apache.spark.sql.functions.kll_sketch_to_string_double;
import static org.apache.spark.sql.functions.kll_sketch_to_string_float;
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
 * The KLL quantile sketch functions (kll_sketch_agg_*, kll_merge_agg_*, kll_sketch_get_quantile_*,
 * kll_sketch_get_rank_*, kll_sketch_get_n_*, kll_sketch_merge_*, kll_sketch_to_string_*) for bigint, float and
 * double. The sketches stay below k items: beyond that the library compacts with random choices, so Spark's own
 * bytes vary from run to run. Aggregates run over one partition (Spark merges partial buffers otherwise).
 */
public final class KllSketchCases extends CaseGroup {
  private static Dataset<Row> values(SparkSession spark) {
    return spark.createDataFrame(Arrays.asList(
        RowFactory.create(1, 5L, 2.5f, 0.25), RowFactory.create(1, -3L, -1.0f, 10.0),
        RowFactory.create(1, 5L, null, Double.NaN), RowFactory.create(1, null, 7.0f, -0.0),
        RowFactory.create(2, 100L, 3.0f, 1e30), RowFactory.create(2, 1L, 4.0f, 2.0),
        RowFactory.create(3, null, null, null)),
        new StructType().add("k", DataTypes.IntegerType).add("v", DataTypes.LongType).add("f", DataTypes.FloatType)
            .add("d", DataTypes.DoubleType)).coalesce(1);
  }

  private static Dataset<Row> sketches(SparkSession spark) {
    return values(spark).agg(kll_sketch_agg_bigint(col("v")).as("b"), kll_sketch_agg_float(col("f")).as("f"),
        kll_sketch_agg_double(col("d")).as("d"));
  }

  public KllSketchCases() {
    super("kll_sketch_functions");
    aggregates();
    readers();
    sqlText();
  }

  private void aggregates() {
    query("kll_sketch_agg_bytes", spark -> values(spark).agg(hex(kll_sketch_agg_bigint(col("v"))),
        hex(kll_sketch_agg_float(col("f"))), hex(kll_sketch_agg_double(col("d"))),
        hex(kll_sketch_agg_bigint(col("v"), 8))));
    query("kll_sketch_agg_grouped", spark -> values(spark).groupBy("k").agg(hex(kll_sketch_agg_bigint(col("v"))),
        kll_sketch_get_n_double(kll_sketch_agg_double(col("d")))).orderBy("k"));
    query("kll_sketch_agg_empty", spark -> spark.range(0, 0, 1, 1).agg(hex(kll_sketch_agg_bigint(col("id"))),
        kll_sketch_get_n_bigint(kll_sketch_agg_bigint(col("id")))));
    query("kll_sketch_agg_int_types", spark -> spark.range(0, 5, 1, 1).agg(
        hex(kll_sketch_agg_bigint(col("id").cast("int"))), hex(kll_sketch_agg_bigint(col("id").cast("short"))),
        hex(kll_sketch_agg_bigint(col("id").cast("byte"))), hex(kll_sketch_agg_double(col("id").cast("float")))));
    query("kll_sketch_agg_many_counts", spark -> spark.range(0, 5000, 1, 1).agg(
        kll_sketch_get_n_bigint(kll_sketch_agg_bigint(col("id"))),
        kll_sketch_get_n_double(kll_sketch_agg_double(col("id").cast("double"), 50))));
    query("kll_sketch_agg_float_of_double", spark -> values(spark).agg(kll_sketch_agg_float(col("d"))));
    query("kll_sketch_agg_bigint_of_double", spark -> values(spark).agg(kll_sketch_agg_bigint(col("d"))));
    query("kll_sketch_agg_k_too_small", spark -> values(spark).agg(kll_sketch_agg_bigint(col("v"), 7)));
    query("kll_sketch_agg_k_too_large", spark -> values(spark).agg(kll_sketch_agg_double(col("d"), 65536)));
    query("kll_sketch_agg_k_column", spark -> values(spark).agg(kll_sketch_agg_bigint(col("v"), col("k"))));
    query("kll_sketch_agg_k_null", spark -> values(spark).agg(kll_sketch_agg_bigint(col("v"),
        lit(null).cast("int"))));
    query("kll_merge_agg", spark -> values(spark).groupBy("k").agg(kll_sketch_agg_bigint(col("v")).as("b"),
        kll_sketch_agg_float(col("f")).as("f"), kll_sketch_agg_double(col("d")).as("d")).orderBy("k").coalesce(1)
        .agg(hex(kll_merge_agg_bigint(col("b"))), hex(kll_merge_agg_float(col("f"))),
            hex(kll_merge_agg_double(col("d"), 300))));
    query("kll_merge_agg_nulls_only", spark -> spark.range(0, 2, 1, 1).select(lit(null).cast("binary").as("s"))
        .agg(hex(kll_merge_agg_bigint(col("s"))), hex(kll_merge_agg_double(col("s"), 20))));
    query("kll_merge_agg_not_a_sketch", spark -> spark.range(0, 1, 1, 1).select(lit("xyz").cast("binary").as("s"))
        .agg(kll_merge_agg_bigint(col("s"))));
  }

  private void readers() {
    query("kll_quantiles", spark -> sketches(spark).select(kll_sketch_get_quantile_bigint(col("b"), lit(0.5)),
        kll_sketch_get_quantile_float(col("f"), lit(0.0)), kll_sketch_get_quantile_double(col("d"), lit(1.0)),
        kll_sketch_get_quantile_bigint(col("b"), array(lit(0.1), lit(0.9))),
        kll_sketch_get_quantile_double(col("d"), array(lit(0.25), lit(0.5), lit(0.75)))));
    query("kll_quantile_out_of_range", spark -> sketches(spark).select(
        kll_sketch_get_quantile_bigint(col("b"), lit(1.5))));
    query("kll_quantile_null_rank", spark -> sketches(spark).select(
        kll_sketch_get_quantile_float(col("f"), lit(null).cast("double"))));
    query("kll_quantile_of_empty", spark -> spark.range(0, 0, 1, 1).agg(kll_sketch_agg_bigint(col("id")).as("b"))
        .select(kll_sketch_get_quantile_bigint(col("b"), lit(0.5))));
    query("kll_ranks", spark -> sketches(spark).select(kll_sketch_get_rank_bigint(col("b"), lit(5L)),
        kll_sketch_get_rank_float(col("f"), lit(3.0f)), kll_sketch_get_rank_double(col("d"), lit(2.0)),
        kll_sketch_get_rank_bigint(col("b"), array(lit(-10L), lit(1L), lit(1000L))),
        kll_sketch_get_rank_double(col("d"), array(lit(0.0), lit(5.0)))));
    query("kll_rank_int_argument", spark -> sketches(spark).select(kll_sketch_get_rank_bigint(col("b"), lit(5))));
    query("kll_counts", spark -> sketches(spark).select(kll_sketch_get_n_bigint(col("b")),
        kll_sketch_get_n_float(col("f")), kll_sketch_get_n_double(col("d"))));
    query("kll_to_string", spark -> sketches(spark).select(kll_sketch_to_string_bigint(col("b")),
        kll_sketch_to_string_float(col("f")), kll_sketch_to_string_double(col("d"))));
    query("kll_merge_scalar", spark -> sketches(spark).select(hex(kll_sketch_merge_bigint(col("b"), col("b"))),
        hex(kll_sketch_merge_float(col("f"), col("f"))), kll_sketch_get_n_double(kll_sketch_merge_double(col("d"),
            col("d")))));
    query("kll_merge_scalar_null", spark -> sketches(spark).select(kll_sketch_merge_bigint(col("b"),
        lit(null).cast("binary"))));
    query("kll_merge_scalar_not_a_sketch", spark -> sketches(spark).select(kll_sketch_merge_bigint(col("b"),
        lit("junk").cast("binary"))));
    query("kll_get_n_not_a_sketch", spark -> spark.range(1).select(kll_sketch_get_n_float(lit("junk")
        .cast("binary"))));
    query("kll_readers_null", spark -> spark.range(1).select(kll_sketch_get_n_bigint(lit(null).cast("binary")),
        kll_sketch_to_string_double(lit(null).cast("binary")),
        kll_sketch_get_rank_float(lit(null).cast("binary"), lit(1.0f))));
  }

  private void sqlText() {
    query("sql_kll_quantile", spark -> spark.sql("SELECT kll_sketch_get_quantile_bigint(kll_sketch_agg_bigint(col), "
        + "0.5), kll_sketch_get_n_bigint(kll_sketch_agg_bigint(col, 400)) FROM VALUES (1), (2), (3), (4), (5) "
        + "tab(col)"));
    query("sql_kll_merge_agg", spark -> spark.sql("SELECT kll_sketch_get_n_bigint(kll_merge_agg_bigint(sketch)) FROM "
        + "(SELECT kll_sketch_agg_bigint(col) AS sketch FROM VALUES (1), (2), (3) tab(col) UNION ALL "
        + "SELECT kll_sketch_agg_bigint(col) AS sketch FROM VALUES (4), (5), (6) tab(col)) t"));
    query("sql_kll_rank_double", spark -> spark.sql("SELECT kll_sketch_get_rank_double(kll_sketch_agg_double(col), "
        + "3.0D), kll_sketch_get_quantile_double(kll_sketch_agg_double(col), array(0.0D, 1.0D)) "
        + "FROM VALUES (CAST(1.0 AS DOUBLE)), (CAST(3.0 AS DOUBLE)), (CAST(5.0 AS DOUBLE)) tab(col)"));
    query("sql_kll_quantile_rank_column", spark -> spark.sql("SELECT kll_sketch_get_quantile_bigint(s, r) FROM "
        + "(SELECT kll_sketch_agg_bigint(col) AS s, 0.5D AS r FROM VALUES (1), (2) tab(col))"));
    query("sql_kll_wrong_argument_count", spark -> spark.sql("SELECT kll_sketch_get_n_bigint(X'01', 1)"));
  }
}
