package dev.ember.conformance.cases;

import static dev.ember.conformance.cases.CollectionData.collections;
import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.map;
import static org.apache.spark.sql.functions.map_concat;
import static org.apache.spark.sql.functions.map_contains_key;
import static org.apache.spark.sql.functions.map_entries;
import static org.apache.spark.sql.functions.map_from_arrays;
import static org.apache.spark.sql.functions.map_from_entries;
import static org.apache.spark.sql.functions.map_zip_with;
import static org.apache.spark.sql.functions.named_struct;
import static org.apache.spark.sql.functions.str_to_map;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.transform_keys;
import static org.apache.spark.sql.functions.upper;

import dev.ember.conformance.CaseGroup;
import org.apache.spark.SparkThrowable;

/**
 * Spark's map functions of {@code functions} and named_struct, with the map-key checks of the default
 * {@code spark.sql.mapKeyDedupPolicy=EXCEPTION}. Lambda results are aliased (Spark numbers lambda variables).
 */
public final class MapFunctionCases extends CaseGroup {
  public MapFunctionCases() {
    super("map_functions");
    query("map_from_arrays", spark -> collections(spark).filter(col("id").geq(3)).select(col("id"),
        map_from_arrays(col("a"), col("s")),
        map_from_arrays(array(lit(1), lit(2)), array(lit("one"), lit(null)))));
    query("map_from_arrays_null_argument", spark -> collections(spark).filter(col("id").equalTo(4))
        .select(map_from_arrays(col("a"), col("b"))));
    query("map_from_arrays_different_lengths", spark -> collections(spark).filter(col("id").equalTo(1))
        .select(map_from_arrays(col("a"), col("b"))));
    // the part of the error above any Connect server can reproduce (see known-differences.txt)
    check("map_from_arrays_different_lengths_condition", (spark, outcome) -> {
      try {
        collections(spark).filter(col("id").equalTo(1)).select(map_from_arrays(col("a"), col("b"))).collectAsList();
        outcome.value("error", "none");
      } catch (Exception error) {
        outcome.value("condition", ((SparkThrowable) error).getCondition());
      }
    });
    query("map_from_arrays_null_key", spark -> collections(spark).filter(col("id").equalTo(2))
        .select(map_from_arrays(col("s"), col("s"))));
    query("map_from_arrays_duplicate_key", spark -> collections(spark).filter(col("id").equalTo(1))
        .select(map_from_arrays(col("s"), col("a"))));
    query("map_from_arrays_not_arrays", spark -> spark.range(1).select(map_from_arrays(lit(1), lit(2))));
    query("map_from_entries", spark -> spark.range(3).select(col("id"), map_from_entries(array(
        struct(col("id").as("k"), lit("v").as("v")),
        struct(col("id").plus(10).as("k"), lit(null).cast("string").as("v"))))));
    query("map_from_entries_null_entry", spark -> spark.range(1).select(map_from_entries(array(
        struct(lit(1), lit("a")), lit(null)))));
    query("map_from_entries_duplicate_key", spark -> spark.range(1).select(map_from_entries(array(
        struct(lit(1), lit("a")), struct(lit(1), lit("b"))))));
    query("map_from_entries_not_structs", spark -> spark.range(1).select(map_from_entries(array(lit(1)))));
    query("map_entries", spark -> collections(spark).select(col("id"), map_entries(col("m"))));
    query("map_concat", spark -> collections(spark).select(col("id"), map_concat(col("m"), map(lit("c"),
        lit(3))), map_concat(map(lit("x"), lit(1.5)), col("m"))));
    query("map_concat_duplicate_key", spark -> collections(spark).filter(col("id").equalTo(1))
        .select(map_concat(col("m"), map(lit("a"), lit(3)))));
    query("map_concat_different_types", spark -> collections(spark).select(map_concat(col("m"),
        map(lit(1), lit(2)))));
    query("map_contains_key", spark -> collections(spark).select(col("id"), map_contains_key(col("m"), "a"),
        map_contains_key(col("m"), "z")));
    query("str_to_map", spark -> spark.range(1).select(str_to_map(lit("a:1,b:2,c")),
        str_to_map(lit("a=1;b=2"), lit(";"), lit("=")), str_to_map(lit(""))));
    query("str_to_map_duplicate_key", spark -> spark.range(1).select(str_to_map(lit("a:1,a:2"))));
    query("map_zip_with", spark -> collections(spark).select(col("id"), map_zip_with(col("m"),
        map(lit("a"), lit(10), lit("c"), lit(30)), (k, v1, v2) -> coalesce(v1, lit(0)).plus(coalesce(v2, lit(0))))
        .as("zipped")));
    query("transform_keys", spark -> collections(spark).select(col("id"),
        transform_keys(col("m"), (k, v) -> upper(k)).as("upper"),
        transform_keys(col("m"), (k, v) -> concat(k, lit("!"))).as("keys")));
    query("transform_keys_null_key", spark -> collections(spark).filter(col("id").equalTo(1))
        .select(transform_keys(col("m"), (k, v) -> lit(null).cast("string")).as("t")));
    query("transform_keys_duplicate_key", spark -> collections(spark).filter(col("id").equalTo(1))
        .select(transform_keys(col("m"), (k, v) -> lit("same")).as("t")));
    query("named_struct", spark -> collections(spark).select(named_struct(lit("x"), col("id"), lit("y"), col("a")),
        named_struct(lit("only"), lit(null))));
    // more edges
    query("map_from_entries_null_key", spark -> spark.range(1).select(map_from_entries(array(
        struct(lit(null).cast("int").as("k"), lit("a").as("v"))))));
    query("map_concat_three", spark -> collections(spark).select(map_concat(col("m"), map(), map(lit("k"),
        lit(9)))));
    query("map_entries_nested_values", spark -> collections(spark).select(map_entries(map(lit(1), col("s")))));
    query("str_to_map_edges", spark -> spark.range(1).select(str_to_map(lit(null).cast("string")),
        str_to_map(lit("a:1:2,b")), str_to_map(lit("k1->v1||k2->v2"), lit("\\|\\|"), lit("->"))));
    query("transform_keys_int_keys", spark -> spark.range(1).select(transform_keys(map(lit(1), lit("a"), lit(2),
        lit("b")), (k, v) -> k.multiply(10)).as("t")));
    // Spark's sqlExpr names the lambda variables from a JVM-wide counter: only the stable parts are recorded
    check("map_zip_with_different_key_types", (spark, outcome) -> {
      try {
        collections(spark).select(map_zip_with(col("m"), map(lit(1), lit(2)), (k, v1, v2) -> v1).as("z"))
            .collectAsList();
        outcome.value("error", "none");
      } catch (Exception error) {
        SparkThrowable thrown = (SparkThrowable) error;
        outcome.value("condition", thrown.getCondition());
        outcome.value("leftType", thrown.getMessageParameters().get("leftType"));
        outcome.value("rightType", thrown.getMessageParameters().get("rightType"));
      }
    });
    query("map_contains_key_int_key", spark -> collections(spark).select(map_contains_key(col("m"), lit(1))));
    query("named_struct_column_name", spark -> collections(spark).select(named_struct(col("s"), col("id"))));
    // maps from aggregates
    query("map_from_entries_collect_list", spark -> collections(spark).select(col("id").mod(2).as("k"),
        col("id").cast("string").as("key"), col("a")).groupBy("k")
        .agg(map_from_entries(array_sort(collect_list(struct(col("key"), size(col("a")))))).as("sizes")).orderBy("k"));
    query("map_from_arrays_collect_list", spark -> spark.range(4).groupBy(col("id").mod(2).as("k"))
        .agg(map_from_arrays(array_sort(collect_list(col("id"))), array_sort(collect_list(col("id").multiply(10))))
            .as("m")).orderBy("k"));
    query("named_struct_odd_arguments", spark -> spark.range(1).select(named_struct(lit("x"))));
  }
}
