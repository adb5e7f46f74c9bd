package dev.ember.sqlgen;

import java.util.Set;

/**
 * Aggregates whose result depends on the order of the group's rows, which take them in input order
 * (the input numbered by {@link RowNumbering}), as Spark updates its buffer in the order a partition
 * delivers them. Over a window they take the frame's order instead.
 */
final class InputOrderedAggregates {
  private static final Set<String> NAMES = Set.of("histogram_numeric", "listagg", "bitmap_construct_agg", "mode",
      "vector_sum", "vector_avg", "hll_sketch_agg", "hll_union_agg", "theta_sketch_agg", "theta_union_agg",
      "theta_intersection_agg", "kll_sketch_agg_bigint", "kll_sketch_agg_float", "kll_sketch_agg_double",
      "kll_merge_agg_bigint", "kll_merge_agg_float", "kll_merge_agg_double", "approx_top_k",
      "tuple_sketch_agg_double", "tuple_sketch_agg_integer", "tuple_union_agg_double", "tuple_union_agg_integer",
      "tuple_intersection_agg_double", "tuple_intersection_agg_integer");

  private InputOrderedAggregates() {
  }

  static boolean contains(String function) {
    return NAMES.contains(function);
  }
}
