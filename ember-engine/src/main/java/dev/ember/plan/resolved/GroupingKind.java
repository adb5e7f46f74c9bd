package dev.ember.plan.resolved;

/**
 * Plain GROUP BY, the grouping sets of ROLLUP and CUBE, or explicit GROUPING SETS (each set a list of positions in
 * the aggregation's groupings, as Spark's Expand groups them).
 */
public enum GroupingKind {
  GROUP_BY, ROLLUP, CUBE, GROUPING_SETS
}
