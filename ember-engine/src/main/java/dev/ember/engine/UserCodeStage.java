package dev.ember.engine;

import dev.ember.plan.types.StructType;
import dev.ember.plan.usercode.PartitionFunction;
import dev.ember.plan.usercode.ScalarUserFunction;

/**
 * A step of a query that user code computes, before the query's SQL runs: the rows of {@link #input()} go through
 * the code on the JVM and land in the table {@link #tableName()}, which the query reads (columns {@code c0, c1, ...}).
 */
public sealed interface UserCodeStage {
  String tableName();

  /** The SQL of the code's input rows. */
  QueryText input();

  /** The Spark schema of {@link #input()}'s columns. */
  StructType inputSchema();

  /**
   * Each input row's columns after its first {@code argumentColumns} (the function's arguments), then
   * {@code function}'s result for the row.
   */
  record RowResults(String tableName, QueryText input, StructType inputSchema, int argumentColumns,
      ScalarUserFunction function) implements UserCodeStage {
  }

  /** The rows {@code function} makes of all the input rows. */
  record PartitionRows(String tableName, QueryText input, StructType inputSchema, PartitionFunction function)
      implements UserCodeStage {
  }
}
