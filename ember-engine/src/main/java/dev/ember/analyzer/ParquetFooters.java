package dev.ember.analyzer;

import dev.ember.engine.ColumnDescription;
import dev.ember.engine.EngineSession;
import dev.ember.engine.FileQuery;
import dev.ember.plan.errors.EmberException;
import dev.ember.plan.errors.ErrorKind;
import dev.ember.plan.resolved.FileFormat;
import dev.ember.plan.types.StructType;
import dev.ember.sqlgen.FileScanToSql;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What planning reads of Parquet files' footers: which files are readable at all (for
 * {@code ignoreCorruptFiles}) and the value statistics that make exact arithmetic cheaper.
 */
final class ParquetFooters {
  private ParquetFooters() {
  }

  /** The files whose footer DuckDB reads; the others are corrupt and skipped, as Spark's ignoreCorruptFiles does. */
  static List<String> readable(EngineSession session, List<String> files) {
    if (files.isEmpty() || footersRead(session, files)) {
      return files;
    }
    List<String> readable = new ArrayList<>();
    for (String file : files) {
      if (footersRead(session, List.of(file))) {
        readable.add(file);
      }
    }
    return readable;
  }

  /**
   * The statistics of {@code files}; none when a footer cannot be read — the scan then fails on that
   * file when it runs, with Spark's FAILED_READ_FILE naming it, as Spark does after planning.
   */
  static Map<String, java.math.BigDecimal> magnitudes(EngineSession session, List<String> files) {
    if (!footersRead(session, files)) {
      return Map.of();
    }
    return session.parquetMagnitudes(statistics(files), files);
  }

  /**
   * The columns of {@code files}. Without a user schema Spark reads the footers to infer one, so a file it
   * cannot read fails as {@code FAILED_READ_FILE.CANNOT_READ_FILE_FOOTER} (path {@code file:/...}); with one,
   * the user's fields are taken as the file's columns and the scan fails on the file when it runs.
   */
  static List<ColumnDescription> describe(EngineSession session, FileQuery query, List<String> files,
      Optional<StructType> userSchema) {
    try {
      return session.describeFiles(query, files);
    } catch (EmberException e) {
      if (!"FAILED_READ_FILE.NO_HINT".equals(e.errorClass())) {
        throw e;
      }
      if (userSchema.isPresent()) {
        return userSchema.get().fields().stream().map(field -> new ColumnDescription(field.name(), "")).toList();
      }
      throw cannotReadFooter(e.messageParameters().get("path").substring("file://".length()));
    }
  }

  /** Spark's error for a Parquet file whose footer it cannot read, named {@code file:<local path>}. */
  static EmberException cannotReadFooter(String localPath) {
    String path = "file:" + localPath;
    return new EmberException(ErrorKind.SPARK, "FAILED_READ_FILE.CANNOT_READ_FILE_FOOTER", "KD001",
        "Encountered error while reading file " + path + ". Could not read footer. Please ensure that the file is in "
            + "either ORC or Parquet format.", Map.of("path", path));
  }

  /** The top-level columns of a Parquet file stored as INT96 timestamps (UTC instants DuckDB reads as naive). */
  static java.util.Set<String> int96Columns(EngineSession session, String file) {
    if (!footersRead(session, List.of(file))) {
      return java.util.Set.of(); // the scan fails on the file when it runs
    }
    return java.util.Set.copyOf(session.fileFacts(
        new FileQuery("parquet int96 columns", () -> FileScanToSql.parquetInt96Query(file)), List.of(file)));
  }

  private static FileQuery statistics(List<String> files) {
    return new FileQuery("parquet statistics", () -> FileScanToSql.parquetStatisticsQuery(files));
  }

  private static boolean footersRead(EngineSession session, List<String> files) {
    try {
      session.parquetMagnitudes(statistics(files), files);
      return true;
    } catch (EmberException e) {
      if (!"FAILED_READ_FILE.NO_HINT".equals(e.errorClass())) {
        throw e;
      }
      return false; // a corrupt footer: the caller decides (skip the file, or fail when the scan runs)
    }
  }
}
