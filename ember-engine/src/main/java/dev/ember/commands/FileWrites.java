package dev.ember.commands;

import dev.ember.analyzer.Analyzer;
import dev.ember.analyzer.WriteChecks;
import dev.ember.engine.EngineSession;
import dev.ember.engine.QueryResult;
import dev.ember.engine.QueryText;
import dev.ember.engine.files.FilePaths;
import dev.ember.engine.files.PartFiles;
import dev.ember.engine.files.StagedWrite;
import dev.ember.plan.command.FileWriteTarget;
import dev.ember.plan.command.SaveMode;
import dev.ember.plan.command.WriteFiles;
import dev.ember.plan.errors.EmberException;
import dev.ember.plan.errors.ErrorKind;
import dev.ember.plan.logical.LogicalPlan;
import dev.ember.plan.resolved.FileFormat;
import dev.ember.plan.resolved.ResolvedPlan;
import dev.ember.plan.types.StructField;
import dev.ember.plan.types.StructType;
import dev.ember.sqlgen.CopyStatements;
import dev.ember.sqlgen.SqlGenerator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The one writer of files: a query's rows into a directory, in Spark's layout, published atomically
 * ({@link StagedWrite}). DataFrameWriter's {@code save} runs it as the {@link WriteFiles} command; a table's writes
 * (INSERT, CTAS, saveAsTable) call {@link #write} with their table's location.
 */
public final class FileWrites {
  private FileWrites() {
  }

  static QueryResult run(EngineSession session, WriteFiles command) {
    write(session, command.query(), command.target());
    return CommandRunner.nothing();
  }

  /** Writes {@code query}'s rows to the target as its mode says; returns whether anything was written. */
  public static boolean write(EngineSession session, LogicalPlan query, FileWriteTarget target) {
    FileFormat format = WriteTargetChecks.format(target.format());
    WriterOptions options = new WriterOptions(format, target.options(),
        session.conf().getOrDefault("spark.sql.parquet.compression.codec", "snappy"),
        session.conf().getOrDefault("spark.sql.orc.compression.codec", "zstd"));
    session.fileAccess().checkWrite(target.path(), session.warehouseDirectory());
    Path path = FilePaths.local(target.path());
    ResolvedPlan resolved = new Analyzer(session).analyze(query);
    StructType schema = Analyzer.schemaOf(resolved);
    WriteChecks.requireDistinctColumnNames(schema, session.conf().caseSensitive());
    List<String> partitionColumns = WriteTargetChecks.partitionColumns(schema, target.partitionColumns(),
        session.conf().caseSensitive());
    if (target.mode() == SaveMode.OVERWRITE) {
      WriteTargetChecks.requireNotReading(resolved, path);
    }
    if (Files.exists(path)) {
      switch (target.mode()) {
        case ERROR_IF_EXISTS -> throw pathAlreadyExists(path);
        case IGNORE -> {
          return false;
        }
        default -> {
        }
      }
    }
    List<String> dataColumns = new ArrayList<>();
    for (StructField field : schema.fields()) {
      if (!partitionColumns.contains(field.name())) {
        dataColumns.add(field.name());
      }
    }
    WriteTargetChecks.requireSupportedTypes(format, schema, dataColumns);
    options.check();
    String lineName = options.header()
        ? CommandRunner.evaluate(session, List.of(WrittenRows.header(dataColumns, options.csvOptions()))).get(0)
            .value().toString()
        : "value";
    LogicalPlan rows = WrittenRows.of(query, format, schema, dataColumns, partitionColumns, target.options(),
        options.csvOptions(), lineName);
    QueryText sql = SqlGenerator.generate(new Analyzer(session).analyze(rows));
    long maxRecords = options.maxRecordsPerFile(Long.parseLong(
        session.conf().getOrDefault("spark.sql.files.maxRecordsPerFile", "0")));
    List<String> enginePartitions = new ArrayList<>();
    for (int i = 0; i < partitionColumns.size(); i++) {
      enginePartitions.add(WrittenRows.PARTITION_PREFIX + i);
    }
    if (maxRecords > 0) {
      sql = CopyStatements.chunked(sql, maxRecords, WrittenRows.CHUNK_COLUMN);
      enginePartitions.add(WrittenRows.CHUNK_COLUMN);
    }
    boolean dynamic = "dynamic".equalsIgnoreCase(
        session.conf().getOrDefault("spark.sql.sources.partitionOverwriteMode", "static")) && !partitionColumns.isEmpty();
    try (StagedWrite staged = StagedWrite.begin(path)) {
      // one file, or DuckDB's partition directories
      Path destination = enginePartitions.isEmpty() ? staged.rawDirectory().resolve("data") : staged.rawDirectory();
      session.executeStatement("write-" + UUID.randomUUID(), CopyStatements.copy(sql, destination,
          options.duckDbFormat(), enginePartitions, options.copyOptions(options.header())));
      if (format == FileFormat.ORC) {
        OrcWrites.convert(session, staged.rawDirectory(), dataSchema(schema, dataColumns), options.orcCompression());
      }
      // the directories are named as the user spelled the columns
      PartFiles names = new PartFiles(target.partitionColumns(), maxRecords > 0, UUID.randomUUID().toString(),
          options.extension());
      List<Path> partitions = names.arrange(staged.rawDirectory(), staged.outputDirectory());
      staged.markSuccess();
      staged.commit(target.mode(), dynamic, partitions);
    }
    return true;
  }

  /** The columns the files hold, in order. */
  private static StructType dataSchema(StructType schema, List<String> dataColumns) {
    return new StructType(schema.fields().stream().filter(field -> dataColumns.contains(field.name())).toList());
  }

  private static EmberException pathAlreadyExists(Path path) {
    String outputPath = "file:" + path;
    return new EmberException(ErrorKind.ANALYSIS, "PATH_ALREADY_EXISTS", "42K04", "Path " + outputPath
        + " already exists. Set mode as \"overwrite\" to overwrite the existing path.",
        Map.of("outputPath", outputPath));
  }
}
