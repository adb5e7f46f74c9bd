package dev.ember.plan.resolved;

/** Plain GROUP BY, or the grouping sets of ROLLUP and CUBE. */
public enum GroupingKind {
  GROUP_BY, ROLLUP, CUBE
}
