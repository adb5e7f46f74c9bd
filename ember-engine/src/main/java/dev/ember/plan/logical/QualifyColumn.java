package dev.ember.plan.logical;

/**
 * SQL's {@code QUALIFY condition}: the SQL front end computes the condition as one more select-list column of this
 * name, keeps the rows where it holds and drops it ({@code SELECT * EXCEPT}); the analyzer refuses an aggregate in
 * that column as Spark does (QUALIFY_AGGREGATE_NOT_ALLOWED).
 */
public final class QualifyColumn {
  public static final String NAME = "__qualify_condition";

  private QualifyColumn() {
  }
}
