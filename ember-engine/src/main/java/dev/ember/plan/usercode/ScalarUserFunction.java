package dev.ember.plan.usercode;

import dev.ember.plan.types.DataType;
import java.util.List;

/**
 * A user-defined scalar function written on the JVM ({@code functions.udf}, a typed {@code filter}): one value out
 * for each row in. The engine hands it the rows' arguments as an Arrow IPC stream in Spark's Arrow layout (columns
 * {@code _1, _2, ...}, or the row's own columns when it {@link #takesWholeRow() takes the whole row}), and gets back
 * a stream of the same number of rows with one column, the results.
 */
public interface ScalarUserFunction {
  /** The name Spark shows for a call ({@code UDF} unless the function was named or registered). */
  String name();

  /** The name Spark gives a call's column, over arguments of these names: {@code name(a, b)}. */
  default String columnName(List<String> argumentNames, UserCodeContext context) {
    return name() + "(" + String.join(", ", argumentNames) + ")";
  }

  DataType returnType();

  boolean nullable();

  boolean deterministic();

  /** The types the arguments are cast to first, in order; empty when the function takes them as they come. */
  List<DataType> inputTypes();

  /**
   * The inputs an aggregate declares (a {@code UserDefinedAggregateFunction}'s input schema): a call must give as
   * many arguments, each cast to its field's type (Spark's implicit input casts), and the function reads each row as
   * a struct of them; empty when the function takes what it is given.
   */
  default java.util.Optional<dev.ember.plan.types.StructType> declaredInputs() {
    return java.util.Optional.empty();
  }

  /** Whether the function reads each row whole, as one object of its encoder (a typed {@code filter}). */
  boolean takesWholeRow();

  /**
   * Whether the function aggregates (an {@code Aggregator}): it is called once per group, with the list of the
   * group's inputs (each a struct of the arguments when its {@link #inputTypes() input type} is a struct, else the
   * one argument) as its only argument.
   */
  default boolean aggregates() {
    return false;
  }

  /**
   * Whether Spark runs this aggregate as a Python grouped aggregate ({@code AggregateInPandasExec}: after a shuffle on
   * the grouping keys and a sort by them), so its groups come out in an order of Spark's own, which the engine gives
   * them too; false for an aggregate Spark hashes (its groups' order unspecified).
   */
  default boolean sortsGroups() {
    return false;
  }

  /**
   * This function as one the engine may call inside its SQL over {@code arguments} (named as a stage names them: a
   * whole row's columns by their names, else {@code _1, _2, ...}), when its values are flat (see {@link RowFunction});
   * empty when it runs as a stage.
   */
  default java.util.Optional<RowFunction> rowFunction(dev.ember.plan.types.StructType arguments,
      UserCodeContext context) {
    return java.util.Optional.empty();
  }

  /**
   * The results, one per row of {@code arguments} (both Arrow IPC streams): the arguments are the stream's first
   * columns, as {@code argumentSchema} describes them; the columns after them are not the function's.
   */
  byte[] evaluate(byte[] arguments, dev.ember.plan.types.StructType argumentSchema, UserCodeContext context);

  /**
   * How many consecutive batches of a stage one call of {@link #evaluateBatches} takes (a task of Spark's, whose
   * per-call costs the batches share), and how many such calls may run at once; {@code 1, 1} (the default: code on
   * the JVM) is {@link #evaluate} a batch after another on the stage's thread.
   */
  default Tasks tasks() {
    return Tasks.ONE_BATCH;
  }

  /** The results of {@link #evaluate} for each of {@code batches}, in their order (a stream per batch). */
  default List<byte[]> evaluateBatches(List<byte[]> batches, dev.ember.plan.types.StructType argumentSchema,
      UserCodeContext context) {
    return batches.stream().map(batch -> evaluate(batch, argumentSchema, context)).toList();
  }

  /** Batches per call of {@link #evaluateBatches} and calls at once (see {@link #tasks()}). */
  record Tasks(int batchesPerTask, int parallelism) {
    public static final Tasks ONE_BATCH = new Tasks(1, 1);

    public Tasks {
      batchesPerTask = Math.max(1, batchesPerTask);
      parallelism = Math.max(1, parallelism);
    }
  }
}
