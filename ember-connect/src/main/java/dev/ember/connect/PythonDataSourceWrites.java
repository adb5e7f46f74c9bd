package dev.ember.connect;

import dev.ember.engine.EngineSession;
import dev.ember.engine.QueryResult;
import dev.ember.engine.python.PythonDataSource;
import dev.ember.engine.python.PythonDataSourcePlanner;
import dev.ember.engine.python.PythonDataSourceWrite;
import dev.ember.plan.errors.EmberException;
import dev.ember.plan.errors.ErrorKind;
import dev.ember.plan.logical.LogicalPlan;
import dev.ember.plan.logical.MapPartitions;
import dev.ember.plan.resolved.FileFormat;
import dev.ember.plan.types.StructType;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.connect.proto.WriteOperation;

/**
 * {@code df.write.format(name).mode("append"|"overwrite").save()} of a registered Python data source, as Spark's
 * {@code PythonBatchWrite}: the writer made with the options (and the path, as option {@code path}) and the input's
 * schema ({@code write_into_data_source}), the rows written by a write task, then the writer's {@code commit} of the
 * tasks' messages, or its {@code abort} when the task failed (whose error is the write's). The other save modes are
 * Spark's UNSUPPORTED_DATA_SOURCE_SAVE_MODE.
 */
final class PythonDataSourceWrites {
  /** What {@code pickle.loads} reads as None: the message of a failed task. */
  private static final byte[] NONE = "N.".getBytes(StandardCharsets.US_ASCII);

  private PythonDataSourceWrites() {
  }

  /** The registered Python data source a write saves into (by format, not a table), if any. */
  static Optional<PythonDataSource> target(WriteOperation write, EngineSession session) {
    if (!write.hasSource() || write.hasTable() || FileFormat.of(write.getSource()).isPresent()
        || write.getSource().equalsIgnoreCase("noop")) {
      return Optional.empty();
    }
    return session.pythonDataSources().lookup(write.getSource());
  }

  static void run(WriteOperation write, PythonDataSource source, LogicalPlan input, EngineSession session,
      String operationId) {
    boolean overwrite = switch (write.getMode()) {
      case SAVE_MODE_APPEND -> false;
      case SAVE_MODE_OVERWRITE -> true;
      default -> throw unsupportedSaveMode(write.getSource(), write.getMode());
    };
    if (write.getPartitioningColumnsCount() > 0 || write.hasBucketBy() || write.getSortColumnNamesCount() > 0
        || write.getClusteringColumnsCount() > 0) {
      throw UnsupportedApi.named("DataFrameWriter.partitionBy/bucketBy/sortBy/clusterBy of a Python data source");
    }
    Map<String, String> options = new LinkedHashMap<>(write.getOptionsMap());
    if (write.hasPath()) {
      options.put("path", write.getPath());
    }
    StructType schema = QueryRunner.schema(session, input);
    PythonDataSourcePlanner.WritePlan plan = PythonDataSourcePlanner.planWrite(source, write.getSource(), schema,
        options, overwrite, Boolean.parseBoolean(
            session.conf().getOrDefault("spark.sql.execution.pyspark.binaryAsBytes", "true")));
    QueryResult messages;
    try {
      messages = QueryRunner.run(session, operationId,
          new MapPartitions(input, new PythonDataSourceWrite(source, plan.writeFunction())));
    } catch (EmberException failure) {
      PythonDataSourcePlanner.commit(source, plan.writer(), List.of(NONE), true);
      throw failure;
    }
    List<byte[]> committed = new ArrayList<>();
    for (Object[] row : messages.rows()) {
      committed.add((byte[]) row[0]);
    }
    PythonDataSourcePlanner.commit(source, plan.writer(), committed, false);
  }

  /** QueryCompilationErrors.writeWithSaveModeUnsupportedBySourceError. */
  private static EmberException unsupportedSaveMode(String source, WriteOperation.SaveMode mode) {
    String createMode = switch (mode) {
      case SAVE_MODE_IGNORE -> "Ignore";
      default -> "ErrorIfExists";
    };
    return new EmberException(ErrorKind.ANALYSIS, "UNSUPPORTED_DATA_SOURCE_SAVE_MODE", "0A000",
        "The data source \"" + source + "\" cannot be written in the " + createMode + " mode. Please use either the "
            + "\"Append\" or \"Overwrite\" mode instead.", Map.of("source", source, "createMode", createMode));
  }
}
