package dev.ember.conformance.cases;

import static dev.ember.conformance.cases.CollectionData.collections;
import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.array_agg;
import static org.apache.spark.sql.functions.array_append;
import static org.apache.spark.sql.functions.array_contains;
import static org.apache.spark.sql.functions.array_compact;
import static org.apache.spark.sql.functions.array_distinct;
import static org.apache.spark.sql.functions.array_except;
import static org.apache.spark.sql.functions.array_insert;
import static org.apache.spark.sql.functions.array_intersect;
import static org.apache.spark.sql.functions.array_position;
import static org.apache.spark.sql.functions.array_prepend;
import static org.apache.spark.sql.functions.array_remove;
import static org.apache.spark.sql.functions.array_repeat;
import static org.apache.spark.sql.functions.array_size;
import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.array_union;
import static org.apache.spark.sql.functions.arrays_overlap;
import static org.apache.spark.sql.functions.arrays_zip;
import static org.apache.spark.sql.functions.cardinality;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.get;
import static org.apache.spark.sql.functions.length;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.reduce;
import static org.apache.spark.sql.functions.reverse;
import static org.apache.spark.sql.functions.sequence;
import static org.apache.spark.sql.functions.shuffle;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.sort_array;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.try_element_at;
import static org.apache.spark.sql.functions.when;

import dev.ember.conformance.CaseGroup;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/** Spark's array functions of {@code functions}: sorting, searching, set operations, building and reshaping. */
public final class ArrayFunctionCases extends CaseGroup {
  public ArrayFunctionCases() {
    super("array_functions");
    // sorting
    query("array_sort", spark -> collections(spark).select(col("id"), array_sort(col("a")), array_sort(col("s"))));
    query("array_sort_collect_list", spark -> spark.range(10).groupBy(col("id").mod(3).as("k"))
        .agg(array_sort(collect_list(col("id").multiply(7).mod(5)))).orderBy("k"));
    query("array_sort_doubles", spark -> doubles(spark).select(array_sort(col("d")), sort_array(col("d")),
        sort_array(col("d"), false)));
    query("array_sort_comparator", spark -> collections(spark).filter(col("id").notEqual(2)).select(col("id"),
        array_sort(col("a"), (l, r) -> when(l.lt(r), 1).when(l.gt(r), -1).otherwise(0)).as("desc")));
    query("array_sort_comparator_strings", spark -> spark.range(1).select(
        array_sort(array(lit("ccc"), lit("a"), lit("bb")), (l, r) -> length(l).minus(length(r))).as("by_length")));
    query("array_sort_not_array", spark -> spark.range(1).select(array_sort(lit(1))));
    // searching
    query("array_position", spark -> collections(spark).select(col("id"), array_position(col("a"), 3),
        array_position(col("s"), "x"), array_position(col("a"), col("id"))));
    query("array_position_null_value", spark -> collections(spark).select(array_position(col("a"), lit(null))));
    query("array_remove", spark -> collections(spark).select(col("id"), array_remove(col("a"), 3),
        array_remove(col("s"), "x")));
    query("array_remove_null_value", spark -> collections(spark).select(array_remove(col("a"), lit(null)
        .cast("int"))));
    query("arrays_overlap", spark -> collections(spark).select(col("id"), arrays_overlap(col("a"), col("b")),
        arrays_overlap(col("a"), array(lit(1), lit(9))), arrays_overlap(col("a"), array(lit(9)))));
    query("arrays_overlap_types", spark -> collections(spark).select(arrays_overlap(col("a"), col("s"))));
    // set operations
    query("array_union", spark -> collections(spark).select(col("id"), array_union(col("a"), col("b")),
        array_union(col("a"), array(lit(3), lit(4), lit(null).cast("int"), lit(4)))));
    query("array_intersect", spark -> collections(spark).select(col("id"), array_intersect(col("a"),
        array(lit(3), lit(1), lit(null).cast("int"), lit(3))), array_intersect(col("s"), array(lit("x")))));
    query("array_except", spark -> collections(spark).select(col("id"), array_except(col("a"), array(lit(1))),
        array_except(col("s"), array(lit("y"))), array_except(col("a"), col("b"))));
    query("array_union_widening", spark -> collections(spark).select(array_union(col("a"), array(lit(1.5)))));
    query("array_union_different_types", spark -> collections(spark).select(array_union(col("a"), col("s"))));
    // building
    query("array_repeat", spark -> spark.range(4).select(col("id"), array_repeat(lit("ab"), col("id").cast("int")),
        array_repeat(col("id"), 2)));
    query("array_repeat_negative_and_null", spark -> spark.range(1).select(array_repeat(lit(1), -2),
        array_repeat(lit(1), lit(null).cast("int")), array_repeat(lit(null), 2)));
    query("array_repeat_string_count", spark -> spark.range(1).select(array_repeat(lit(1), lit("2"))));
    query("array_append_prepend", spark -> collections(spark).select(col("id"), array_append(col("a"), 9),
        array_prepend(col("a"), 0), array_append(col("s"), lit(null)), array_prepend(col("b"), col("id"))));
    query("array_insert", spark -> collections(spark).select(col("id"), array_insert(col("a"), lit(2), lit(99)),
        array_insert(col("a"), lit(-1), lit(99)), array_insert(col("a"), lit(6), lit(99)),
        array_insert(col("a"), lit(-6), lit(99))));
    query("array_insert_zero", spark -> collections(spark).select(array_insert(col("a"), lit(0), lit(1))));
    query("array_compact", spark -> collections(spark).select(col("id"), array_compact(col("a")),
        array_compact(col("s"))));
    query("array_size_cardinality", spark -> collections(spark).select(col("id"), array_size(col("a")),
        cardinality(col("a")), cardinality(col("m"))));
    query("reverse_arrays", spark -> collections(spark).select(col("id"), reverse(col("a")), reverse(col("n"))));
    query("shuffle", spark -> collections(spark).select(col("id"), size(shuffle(col("a"))).as("n"),
        sort_array(shuffle(col("a"))).as("sorted"), shuffle(array(lit(7))).as("single")));
    query("arrays_zip", spark -> collections(spark).select(col("id"), arrays_zip(col("a"), col("b")),
        arrays_zip(col("s"), col("a").as("renamed"))));
    query("arrays_zip_expressions", spark -> collections(spark).select(arrays_zip(array(col("id")),
        array(lit("x")))));
    // sequence
    query("sequence", spark -> spark.range(1).select(sequence(lit(1), lit(5)), sequence(lit(5), lit(1)),
        sequence(lit(1), lit(10), lit(3)), sequence(lit(10L), lit(1L), lit(-4L))));
    query("sequence_columns", spark -> spark.range(4).select(col("id"), sequence(lit(0L), col("id"))));
    query("sequence_wrong_step", spark -> spark.range(1).select(sequence(lit(1), lit(5), lit(-1))));
    query("sequence_zero_step", spark -> spark.range(1).select(sequence(lit(1), lit(5), lit(0))));
    query("sequence_null_bound", spark -> spark.range(1).select(sequence(lit(1), lit(null).cast("int"))));
    query("sequence_dates", spark -> spark.range(1).select(sequence(lit("2024-01-30").cast("date"),
        lit("2024-02-02").cast("date"))));
    // element access
    query("get", spark -> collections(spark).select(col("id"), get(col("a"), lit(0)), get(col("a"), lit(3)),
        get(col("a"), lit(-1)), get(col("s"), col("id"))));
    query("try_element_at", spark -> collections(spark).select(col("id"), try_element_at(col("a"), lit(1)),
        try_element_at(col("a"), lit(-5)), try_element_at(col("a"), lit(9)), try_element_at(col("m"), lit("a"))));
    query("try_element_at_zero", spark -> collections(spark).select(try_element_at(col("a"), lit(0))));
    // aggregation
    query("array_agg", spark -> spark.range(7).groupBy(col("id").mod(2).as("k"))
        .agg(sort_array(array_agg(col("id"))).as("ids"), size(array_agg(lit(null))).as("nulls")).orderBy("k"));
    // more edges: element types, widening, errors
    query("array_sort_structs_and_arrays", spark -> collections(spark).filter(col("id").equalTo(1)).select(
        array_sort(array(struct(lit(2), lit("b")), struct(lit(1), lit("z")), struct(lit(1), lit("a")))),
        array_sort(col("n")), sort_array(col("n"), false)));
    query("array_sort_comparator_not_int", spark -> collections(spark).select(
        array_sort(col("a"), (l, r) -> l.lt(r)).as("s")));
    query("array_union_nan", spark -> spark.range(1).select(array_union(array(lit(1.0), lit(Double.NaN)),
        array(lit(Double.NaN), lit(2.0))), array_position(array(lit(Double.NaN)), lit(Double.NaN)),
        array_intersect(array(lit(1), lit(2)), array(lit(null).cast("int"), lit(2)))));
    query("array_position_not_array", spark -> spark.range(1).select(array_position(lit(1), 1)));
    query("array_append_widening", spark -> collections(spark).select(array_append(col("a"), lit(5L)),
        array_prepend(col("s"), lit(1))));
    query("array_repeat_arrays", spark -> collections(spark).select(array_repeat(col("a"), 2),
        array_compact(col("n"))));
    query("array_insert_string_position", spark -> collections(spark).select(array_insert(col("a"), lit("2"),
        lit(1))));
    query("get_string_index", spark -> collections(spark).select(get(col("a"), lit("1"))));
    query("get_not_array", spark -> collections(spark).select(get(col("m"), lit(1))));
    query("arrays_zip_three", spark -> collections(spark).select(arrays_zip(col("a"), col("b"), col("s"))));
    query("arrays_zip_not_array", spark -> collections(spark).select(arrays_zip(col("a"), col("id"))));
    query("cardinality_of_string", spark -> spark.range(1).select(cardinality(lit("abc"))));
    query("array_size_of_map", spark -> collections(spark).select(array_size(col("m"))));
    query("sequence_mixed_types", spark -> spark.range(1).select(sequence(lit(1), lit(3L)),
        sequence(lit(1).cast("short"), lit(3).cast("short"))));
    query("sequence_dates_descending", spark -> spark.range(1).select(sequence(lit("2024-03-02").cast("date"),
        lit("2024-02-28").cast("date"))));
    query("sequence_strings", spark -> spark.range(1).select(sequence(lit("a"), lit("b"))));
    query("shuffle_name", spark -> spark.range(1).select(shuffle(array(lit(7)))));
    // the seed is fixed in the plan: running the same Dataset again shuffles the same way
    check("shuffle_repeatable", (spark, outcome) -> {
      Dataset<Row> shuffled = spark.range(20).select(shuffle(array(lit(1), lit(2), lit(3), lit(4), lit(5), lit(6),
          lit(7), lit(8))).as("s"));
      List<Row> first = shuffled.collectAsList();
      outcome.value("repeatable", shuffled.collectAsList().equals(first));
      outcome.value("permutations", first.stream().allMatch(row -> row.getList(0).stream().sorted().toList()
          .equals(List.of(1, 2, 3, 4, 5, 6, 7, 8))));
    });
    query("reduce", spark -> collections(spark).select(col("id"),
        reduce(col("a"), lit(0), (acc, x) -> acc.plus(coalesce(x, lit(0)))).as("total"),
        reduce(col("b"), lit(10L), (acc, x) -> acc.minus(x), acc -> acc.multiply(2)).as("finished")));
    query("array_agg_name", spark -> spark.range(3).groupBy(col("id").mod(2).as("k")).agg(array_agg(col("id")))
        .orderBy("k"));
    query("array_contains_wrong_type", spark -> collections(spark).select(array_contains(col("a"), "x")));
    query("sequence_timestamps", spark -> spark.range(1).select(sequence(lit("2024-01-30 10:00:00").cast("timestamp"),
        lit("2024-02-01 09:00:00").cast("timestamp"))));
    query("array_intersect_except_unique", spark -> spark.range(1).select(
        array_intersect(array(lit("b"), lit("a"), lit("b"), lit("c")), array(lit("c"), lit("b"))),
        array_except(array(lit(2), lit(1), lit(2), lit(3)), array(lit(3))),
        array_union(array(lit(2), lit(2)), array(lit(1), lit(1)))));
    // over aggregates
    query("array_sort_comparator_collect_list", spark -> spark.range(10).groupBy(col("id").mod(3).as("k"))
        .agg(array_sort(collect_list(col("id")), (l, r) -> r.minus(l).cast("int")).as("desc")).orderBy("k"));
    query("array_functions_over_aggregates", spark -> spark.range(10).groupBy(col("id").mod(2).as("k"))
        .agg(array_union(array_sort(collect_list(col("id").mod(3))), array(lit(7L))).as("u"),
            array_position(array_sort(collect_list(col("id"))), 4L).as("p"),
            sequence(min(col("id")), max(col("id")), lit(4L)).as("seq"))
        .orderBy("k"));
    query("array_sort_comparator_outer_column", spark -> collections(spark).filter(col("id").notEqual(2))
        .select(col("id"), array_sort(col("a"), (l, r) -> when(l.equalTo(col("id")), -1)
            .when(r.equalTo(col("id")), 1).otherwise(l.minus(r))).as("own_first")));
    query("array_remove_nan_and_structs", spark -> spark.range(1).select(
        array_remove(array(lit(Double.NaN), lit(1.0)), lit(Double.NaN)),
        array_distinct(array(struct(lit(1), lit("a")), struct(lit(1), lit("a")), struct(lit(2), lit("b")))),
        array_union(array(array(lit(1)), array(lit(2))), array(array(lit(1)), lit(null)))));
  }

  private static Dataset<Row> doubles(SparkSession spark) {
    Column nan = lit(Double.NaN);
    return spark.range(1).select(array(lit(2.0), nan, lit(null), lit(-1.0), lit(-0.0), nan).as("d"));
  }
}
