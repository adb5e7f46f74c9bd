package dev.ember.conformance.cases;

import static dev.ember.conformance.cases.CollectionData.collections;
import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.array_contains;
import static org.apache.spark.sql.functions.array_distinct;
import static org.apache.spark.sql.functions.array_join;
import static org.apache.spark.sql.functions.array_max;
import static org.apache.spark.sql.functions.array_min;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.element_at;
import static org.apache.spark.sql.functions.flatten;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.map;
import static org.apache.spark.sql.functions.map_keys;
import static org.apache.spark.sql.functions.map_values;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.slice;
import static org.apache.spark.sql.functions.sort_array;
import static org.apache.spark.sql.functions.struct;

import dev.ember.conformance.CaseGroup;

/** Array, map and struct constructors and the functions that read them. */
public final class CollectionFunctionCases extends CaseGroup {
  public CollectionFunctionCases() {
    super("collection_functions");
    // constructors
    query("array_of_columns", spark -> spark.range(3).select(array(col("id"), lit(7L), col("id").plus(1))));
    query("array_widening", spark -> spark.range(1).select(array(lit(1), lit(2.5)), array(lit(1), lit(null)),
        array(lit("a"), lit(null))));
    query("array_empty", spark -> spark.range(1).select(array()));
    query("array_of_arrays", spark -> collections(spark).select(array(col("a"), col("b"))));
    query("struct_names", spark -> spark.range(2).select(struct(col("id"), col("id").plus(1).as("x"),
        lit("s"), col("id").multiply(2))));
    query("struct_nested", spark -> collections(spark).select(struct(col("id"), struct(col("a"), col("m")).as("inner"))
        .as("outer")));
    query("struct_field_access", spark -> spark.range(2).select(struct(col("id").as("k"), lit("v").as("v")).as("st"))
        .select(col("st.k"), col("st").getField("v"), col("st")));
    query("map_of_columns", spark -> spark.range(3).select(map(lit("a"), col("id"), lit("b"), col("id").plus(1))));
    query("map_empty", spark -> spark.range(1).select(map()));
    query("map_duplicate_key", spark -> spark.range(1).select(map(lit("a"), lit(1), lit("a"), lit(2))));
    query("map_null_key", spark -> spark.range(1).select(map(lit(null).cast("string"), lit(1))));
    query("map_odd_arguments", spark -> spark.range(1).select(map(lit("a"))));
    // size
    query("size_of_arrays_and_maps", spark -> collections(spark).select(col("id"), size(col("a")), size(col("m")),
        size(col("n"))));
    query("size_of_string", spark -> spark.range(1).select(size(lit("abc"))));
    // array_contains
    query("array_contains", spark -> collections(spark).select(col("id"), array_contains(col("a"), 3),
        array_contains(col("s"), "x"), array_contains(col("a"), col("id"))));
    query("array_contains_widening", spark -> collections(spark).select(array_contains(col("a"), 1.0)));
    // element_at
    query("element_at_nullability", spark -> spark.range(2).select(
        element_at(array(lit("a"), lit("b")), col("id").cast("int").plus(1)).as("built_column_index"),
        element_at(array(lit("a"), lit(null).cast("string")), lit(1)).as("constant_index_non_null_element"),
        element_at(array(lit("a"), lit(null).cast("string")), lit(2)).as("constant_index_null_element"),
        element_at(array(lit("a"), lit("b")), lit(-1)).as("negative_constant_index"),
        element_at(array(col("id"), col("id")), col("id").cast("int").plus(1)).as("long_elements")));
    query("element_at_array", spark -> collections(spark).filter(col("id").equalTo(1))
        .select(element_at(col("a"), 1), element_at(col("a"), -1), element_at(col("s"), 2)));
    query("element_at_null_array", spark -> collections(spark).filter(col("id").equalTo(4))
        .select(element_at(col("a"), 1)));
    query("element_at_out_of_bounds", spark -> collections(spark).filter(col("id").equalTo(1))
        .select(element_at(col("a"), 5)));
    query("element_at_negative_out_of_bounds", spark -> collections(spark).filter(col("id").equalTo(1))
        .select(element_at(col("a"), -4)));
    query("element_at_zero", spark -> collections(spark).select(element_at(col("a"), 0)));
    query("element_at_map", spark -> collections(spark).select(col("id"), element_at(col("m"), "a"),
        element_at(col("m"), "z")));
    // sort_array, array_distinct
    query("sort_array", spark -> collections(spark).select(sort_array(col("a")), sort_array(col("s"), false)));
    query("array_distinct", spark -> collections(spark).select(array_distinct(col("a")), array_distinct(col("s"))));
    // map_keys, map_values
    query("map_keys_values", spark -> collections(spark).select(col("id"), map_keys(col("m")), map_values(col("m"))));
    // array_join
    query("array_join", spark -> collections(spark).select(array_join(col("s"), ","),
        array_join(col("s"), "|", "<null>")));
    query("array_join_of_ints", spark -> collections(spark).select(array_join(col("a"), "-")));
    // array_max / array_min
    query("array_max_min", spark -> collections(spark).select(col("id"), array_max(col("a")), array_min(col("a")),
        array_max(col("s")), array_min(col("s"))));
    // slice
    query("slice", spark -> collections(spark).select(col("id"), slice(col("a"), 2, 2), slice(col("a"), -2, 5),
        slice(col("a"), 1, 0)));
    query("slice_start_zero", spark -> collections(spark).select(slice(col("a"), 0, 1)));
    query("slice_negative_length", spark -> collections(spark).select(slice(col("a"), 1, -1)));
    // flatten, concat
    query("flatten", spark -> collections(spark).select(col("id"), flatten(col("n"))));
    query("concat_arrays", spark -> collections(spark).select(col("id"), concat(col("a"), col("b"))));
    query("array_contains_null_value", spark -> collections(spark).select(array_contains(col("a"), lit(null))));
    query("element_at_map_literal_key", spark -> spark.range(2).select(element_at(map(lit(1), lit("one"), lit(2),
        lit("two")), col("id").plus(1).cast("int"))));
    query("size_of_constructed", spark -> spark.range(1).select(size(array(lit(1), lit(2))), size(map()),
        size(array())));
    // show text of constructed values
    show("show_constructed", 20, 20, false, spark -> collections(spark).select(array(col("id"), lit(null)).as("arr"),
        map(lit("k"), col("a")).as("mp"), struct(col("id"), col("s")).as("st")));
  }
}
