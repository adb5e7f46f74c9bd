package dev.ember.plan.logical;

import java.util.List;

/**
 * {@code toDF("a", "b")}: renames every column by position; {@code ofTableAlias} when SQL's table alias names the
 * columns ({@code FROM t AS x(a, b)}), whose count Spark checks with ASSIGNMENT_ARITY_MISMATCH.
 */
public record ToDF(LogicalPlan input, List<String> columnNames, boolean ofTableAlias) implements LogicalPlan {
  public ToDF {
    columnNames = List.copyOf(columnNames);
  }

  public ToDF(LogicalPlan input, List<String> columnNames) {
    this(input, columnNames, false);
  }
}
