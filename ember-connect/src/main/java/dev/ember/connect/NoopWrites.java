package dev.ember.connect;

import dev.ember.engine.EngineSession;
import dev.ember.plan.errors.EmberException;
import dev.ember.plan.errors.ErrorKind;
import dev.ember.plan.expressions.Identifiers;
import dev.ember.plan.logical.LogicalPlan;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.spark.connect.proto.ExecutePlanResponse;
import org.apache.spark.connect.proto.WriteOperation;

/**
 * {@code df.write.format("noop")}, Spark's benchmark sink: the query runs to its last row (every column computed, so its
 * errors are raised) and the rows are dropped; its observations are sent as an action's are. As Spark's V2 writer, it
 * takes the Append and Overwrite modes only, no partitioning, and no table.
 */
final class NoopWrites {
  private static final String SOURCE = "noop";
  private static final int BATCH_ROWS = 4096;

  private NoopWrites() {
  }

  static boolean applies(WriteOperation write, String defaultSource) {
    return SOURCE.equalsIgnoreCase(write.hasSource() ? write.getSource() : defaultSource);
  }

  static void run(WriteOperation write, LogicalPlan input, EngineSession session, String operationId,
      Consumer<ExecutePlanResponse.Builder> send) {
    WriteOperations.checkBucketing(write);
    if (write.hasTable()) {
      String table = write.getTable().getTableName();
      throw new EmberException(ErrorKind.UNSUPPORTED_OPERATION,
          "CANNOT_CREATE_DATA_SOURCE_TABLE.EXTERNAL_METADATA_UNSUPPORTED", "42KDE", "Failed to create data source "
              + "table " + table + ": provider '" + SOURCE + "' does not support external metadata but a schema is "
              + "provided. Please remove the schema when creating the table.",
          Map.of("tableName", qualified(session, table), "provider", SOURCE));
    }
    String mode = switch (write.getMode()) {
      case SAVE_MODE_APPEND, SAVE_MODE_OVERWRITE -> null;
      case SAVE_MODE_IGNORE -> "Ignore";
      default -> "ErrorIfExists";
    };
    if (mode != null) {
      throw new EmberException(ErrorKind.ANALYSIS, "UNSUPPORTED_DATA_SOURCE_SAVE_MODE", "0A000", "The data source \""
          + SOURCE + "\" cannot be written in the \"" + mode + "\" mode. Please use either the \"Append\" or "
          + "\"Overwrite\" mode instead.", Map.of("source", SOURCE, "createMode", "\"" + mode + "\""));
    }
    if (write.getPartitioningColumnsCount() > 0 || write.getClusteringColumnsCount() > 0) {
      String provided = String.join(", ", write.getPartitioningColumnsCount() > 0
          ? write.getPartitioningColumnsList().stream().map(column -> "identity(" + column + ")").toList()
          : List.of("cluster_by(" + String.join(", ", write.getClusteringColumnsList()) + ")"));
      throw EmberException.withoutErrorClass(ErrorKind.JAVA_ILLEGAL_ARGUMENT, "requirement failed: The provided "
          + "partitioning or clustering columns do not match the existing table's.\n - provided: " + provided
          + "\n - table: ");
    }
    QueryRunner.PreparedQuery query = QueryRunner.prepare(session, input);
    query.requireRunnable();
    try {
      session.executeInBatches(operationId, query.sql(), query.schema(), BATCH_ROWS, rows -> { });
    } catch (EmberException failure) {
      throw query.withQueryContext(failure);
    }
    List<ExecutePlanResponse.ObservedMetrics> observed = QueryRunner.observe(session, operationId, query);
    if (!observed.isEmpty()) {
      send.accept(ExecutePlanResponse.newBuilder().addAllObservedMetrics(observed));
    }
  }

  /** The table's name as Spark's error shows it: {@code `default`.`t`} for a name of one part. */
  private static String qualified(EngineSession session, String table) {
    List<String> parts = Identifiers.parseAttributeName(table);
    List<String> full = parts.size() == 1 ? List.of(session.catalog().currentDatabase(), parts.get(0)) : parts;
    return Identifiers.quoteNameParts(full);
  }
}
