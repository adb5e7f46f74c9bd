package dev.ember.engine;

import dev.ember.plan.errors.SparkErrors;
import dev.ember.plan.usercode.ScalarUserFunction;
import dev.ember.plan.usercode.UserCodeContext;
import java.io.IOException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.arrow.memory.BufferAllocator;
import org.duckdb.DuckDBConnection;

/**
 * Runs the user code stages of a statement before it: each stage's input query streams out as Arrow batches in
 * Spark's layout, the code computes its rows on the JVM, and they land in the stage's table through DuckDB's Arrow
 * scan. A table is shared by the statements that run at once with it and dropped when the last one ends.
 */
final class UserCodeStages {
  /** Rows per Arrow batch handed to user code (Spark's spark.sql.execution.arrow.maxRecordsPerBatch default). */
  private static final int BATCH_ROWS = 10_000;

  /** How a stage's input runs: the session's Arrow batch execution. */
  interface InputRunner {
    void run(String operationId, QueryText sql, dev.ember.plan.types.StructType schema, int batchRows,
        java.util.function.Consumer<dev.ember.engine.arrow.ArrowBatch> batches);
  }

  private final DuckDBConnection connection;
  private final BufferAllocator allocator;
  private final InputRunner inputs;
  private final Supplier<UserCodeContext> context;
  private final RunningOperations operations;
  private final java.util.function.Consumer<String> dropTable;
  private final Map<String, Integer> users = new HashMap<>();
  private final UserFunctionRegistrations functions;

  /** The tables of a statement's stages, held until it ends. */
  interface Held extends AutoCloseable {
    @Override
    void close();
  }

  UserCodeStages(DuckDBConnection connection, BufferAllocator allocator, InputRunner inputs,
      Supplier<UserCodeContext> context, RunningOperations operations, java.util.function.Consumer<String> dropTable,
      UserFunctionRegistrations functions) {
    this.functions = functions;
    this.operations = operations;
    this.connection = connection;
    this.allocator = allocator;
    this.inputs = inputs;
    this.context = context;
    this.dropTable = dropTable;
  }

  /** The stages of {@code sql} materialized and its user functions registered; closing the result releases them. */
  Held materialize(String operationId, QueryText sql) {
    sql.userFunctions().forEach(function -> functions.ensure(connection, function));
    if (sql.stages().isEmpty()) {
      return () -> { };
    }
    List<String> held = new ArrayList<>();
    try {
      for (UserCodeStage stage : sql.stages()) {
        if (!reuse(stage.tableName())) {
          build(operationId, stage);
          hold(stage.tableName());
        }
        held.add(stage.tableName());
      }
    } catch (RuntimeException e) {
      release(held);
      throw e;
    }
    return () -> release(held);
  }

  private synchronized boolean reuse(String table) {
    Integer count = users.get(table);
    if (count != null) {
      users.put(table, count + 1);
    }
    return count != null;
  }

  private synchronized void hold(String table) {
    users.merge(table, 1, Integer::sum);
  }

  private void release(List<String> tables) {
    for (String table : tables) {
      boolean last;
      synchronized (this) {
        int count = users.getOrDefault(table, 1) - 1;
        last = count <= 0;
        if (last) {
          users.remove(table);
        } else {
          users.put(table, count);
        }
      }
      if (last) {
        dropTable.accept(table);
      }
    }
  }

  private void build(String operationId, UserCodeStage stage) {
    UserCodeContext code = context.get();
    List<byte[]> rows = new ArrayList<>();
    int columns;
    if (stage instanceof UserCodeStage.RowResults results) {
      int arguments = results.argumentColumns();
      var argumentSchema = new dev.ember.plan.types.StructType(stage.inputSchema().fields().subList(0, arguments));
      if (results.function().tasks().equals(ScalarUserFunction.Tasks.ONE_BATCH)) {
        inputs.run(operationId, stage.input(), stage.inputSchema(), BATCH_ROWS, batch -> rows.add(ArrowColumnJoin.join(
            allocator, batch.data(), arguments, operations.runUserCode(operationId,
                () -> results.function().evaluate(batch.data(), argumentSchema, code)))));
      } else {
        UserCodeTasks.run(results.function(), argumentSchema, arguments, code, allocator, operations, operationId,
            batches -> inputs.run(operationId, stage.input(), stage.inputSchema(), BATCH_ROWS, batches), rows);
      }
      columns = stage.inputSchema().fields().size() - arguments + 1;
    } else {
      UserCodeStage.PartitionRows partitions = (UserCodeStage.PartitionRows) stage;
      List<byte[]> input = new ArrayList<>();
      inputs.run(operationId, stage.input(), stage.inputSchema(), BATCH_ROWS, batch -> input.add(batch.data()));
      operations.runUserCode(operationId, () -> {
        partitions.function().apply(input.iterator(), stage.inputSchema(), code).forEachRemaining(rows::add);
        return rows;
      });
      columns = partitions.function().outputSchema(stage.inputSchema()).fields().size();
    }
    try {
      ArrowTables.create(connection, allocator, stage.tableName(), rows, columns);
    } catch (SQLException | IOException e) {
      dropTable.accept(stage.tableName());
      throw SparkErrors.internal("Could not load the rows of user code: " + e.getMessage());
    }
  }
}
