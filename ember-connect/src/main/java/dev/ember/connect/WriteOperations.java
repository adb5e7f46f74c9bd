package dev.ember.connect;

import dev.ember.plan.command.FileWriteTarget;
import dev.ember.plan.command.SaveMode;
import dev.ember.plan.command.WriteFiles;
import dev.ember.plan.errors.EmberException;
import dev.ember.plan.errors.ErrorKind;
import dev.ember.plan.errors.SparkErrors;
import dev.ember.plan.logical.LogicalPlan;
import java.util.Map;
import org.apache.spark.connect.proto.WriteOperation;

/**
 * {@code df.write()...save(path)} as the client sends it ({@code WriteOperation}): the {@link WriteFiles} command, with
 * Spark's errors for what a path cannot take (bucketBy, sortBy). Writes to tables (saveAsTable, insertInto) are not
 * served yet and name the user's call.
 */
final class WriteOperations {
  private WriteOperations() {
  }

  /** The conf that lets {@code save(path)} take a {@code path} option as well (the option is then replaced). */
  static final String LEGACY_PATH_OPTION = "spark.sql.legacy.pathOptionBehavior.enabled";

  static dev.ember.plan.command.Command command(WriteOperation write, LogicalPlan input, String defaultSource,
      boolean legacyPathOption) {
    if (write.hasTable() && !write.hasBucketBy() && write.getSortColumnNamesCount() == 0) {
      return TableWriteOperations.command(write, input, mode(write.getMode()));
    }
    checkBucketing(write);
    if (write.getClusteringColumnsCount() > 0) {
      throw SparkErrors.unsupportedCall("clusterBy", "DataFrameWriter", "Ember does not cluster written files.");
    }
    String pathOption = optionIgnoringCase(write.getOptionsMap(), "path");
    if (write.hasPath() && pathOption != null && !legacyPathOption) {
      throw new EmberException(ErrorKind.ANALYSIS, "_LEGACY_ERROR_TEMP_1307", null, "There is a 'path' option set and "
          + "save() is called with a path parameter. Either remove the path option, or call save() without the "
          + "parameter. To ignore this check, set '" + LEGACY_PATH_OPTION + "' to 'true'.",
          Map.of("config", LEGACY_PATH_OPTION));
    }
    String path = write.hasPath() ? write.getPath() : pathOption;
    if (path == null) {
      throw new EmberException(ErrorKind.ILLEGAL_ARGUMENT, "_LEGACY_ERROR_TEMP_2050", null,
          "Expected exactly one path to be specified, but got: .", Map.of("paths", ""));
    }
    String source = write.hasSource() ? write.getSource() : defaultSource;
    return new WriteFiles(input, new FileWriteTarget(path, source, mode(write.getMode()), write.getOptionsMap(),
        write.getPartitioningColumnsList()));
  }

  /** What {@code save} refuses of a path or a data source's write: bucketBy, and sortBy without it. */
  static void checkBucketing(WriteOperation write) {
    if (write.hasBucketBy()) {
      String key = write.getSortColumnNamesCount() > 0 ? "_LEGACY_ERROR_TEMP_1313" : "_LEGACY_ERROR_TEMP_1312";
      String text = write.getSortColumnNamesCount() > 0 ? "bucketBy and sortBy" : "bucketBy";
      throw new EmberException(ErrorKind.ANALYSIS, key, null, "'save' does not support " + text + " right now.",
          Map.of("operation", "save"));
    }
    if (write.getSortColumnNamesCount() > 0) {
      throw new EmberException(ErrorKind.ANALYSIS, "SORT_BY_WITHOUT_BUCKETING", "42601",
          "sortBy must be used together with bucketBy.", Map.of());
    }
  }

  static String optionIgnoringCase(Map<String, String> options, String key) {
    return options.entrySet().stream().filter(entry -> entry.getKey().equalsIgnoreCase(key)).map(Map.Entry::getValue)
        .findFirst().orElse(null);
  }

  private static SaveMode mode(WriteOperation.SaveMode mode) {
    return switch (mode) {
      case SAVE_MODE_APPEND -> SaveMode.APPEND;
      case SAVE_MODE_OVERWRITE -> SaveMode.OVERWRITE;
      case SAVE_MODE_IGNORE -> SaveMode.IGNORE;
      default -> SaveMode.ERROR_IF_EXISTS;
    };
  }
}
