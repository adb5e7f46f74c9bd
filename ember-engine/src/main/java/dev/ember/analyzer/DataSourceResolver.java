package dev.ember.analyzer;

import dev.ember.engine.ColumnDescription;
import dev.ember.engine.EngineSession;
import dev.ember.engine.QueryResult;
import dev.ember.engine.files.FileListing;
import dev.ember.engine.files.FileSourceOptions;
import dev.ember.plan.errors.EmberException;
import dev.ember.plan.errors.ErrorKind;
import dev.ember.plan.errors.SparkErrors;
import dev.ember.plan.logical.DataSourceRead;
import dev.ember.plan.resolved.Attribute;
import dev.ember.plan.resolved.FileFormat;
import dev.ember.plan.resolved.FilePartitions;
import dev.ember.plan.resolved.FileScan;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.DataType;
import dev.ember.plan.types.StructField;
import dev.ember.plan.types.StructType;
import dev.ember.sqlgen.FileScanToSql;
import dev.ember.sqlgen.SqlGenerator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * {@code spark.read()}: finds the files and the schema — given by the user, read from Parquet
 * metadata, or inferred as Spark infers CSV and JSON — and scans them. File columns are nullable.
 */
final class DataSourceResolver {
  private DataSourceResolver() {
  }

  static Scope resolve(Analyzer analyzer, EngineSession session, DataSourceRead read) {
    Scope scan = scan(analyzer, session, read);
    return analyzer.namesMetadataColumns() ? FileMetadataColumns.attach(analyzer, scan) : scan;
  }

  private static Scope scan(Analyzer analyzer, EngineSession session, DataSourceRead read) {
    FileFormat format = FileFormat.of(read.format()).orElseThrow(() -> dataSourceNotFound(read.format()));
    Map<String, String> options = withMergeSchemaConf(session, format, read.options());
    ReaderOptionSupport.check(format, options);
    FileSourceOptions fileOptions = FileSourceOptions.of(options, java.time.ZoneId.of(session.conf().timeZone()),
        Boolean.parseBoolean(session.conf().getOrDefault("spark.sql.sources.partitionColumnTypeInference.enabled", "true")));
    // a table's location or partition directory that is gone has no files
    List<String> paths = read.tableLocation() ? read.paths().stream().filter(path -> java.nio.file.Files.exists(
        dev.ember.engine.files.FilePaths.local(path))).toList() : read.paths();
    if (read.tableLocation() && paths.isEmpty()) {
      return Scope.of(emptyScan(analyzer, format, options, read.schema(), FilePartitions.NONE));
    }
    session.fileAccess().checkRead(paths, session.warehouseDirectory());
    FileListing listing = FileListing.of(paths, fileOptions, read.schema());
    session.fileAccess().checkListedFiles(listing.files(), session.warehouseDirectory());
    session.fileAccess().checkListedFiles(listing.emptyFiles(), session.warehouseDirectory());
    FilePartitions partitions = listing.partitions();
    List<String> files = format == FileFormat.PARQUET && fileOptions.ignoreCorruptFiles()
        ? ParquetFooters.readable(session, listing.files())
        : format == FileFormat.ORC && fileOptions.ignoreCorruptFiles() ? OrcSources.readable(listing.files())
        : listing.files();
    Optional<StructType> dataSchema = read.schema().map(schema -> withoutPartitionColumns(schema, partitions));
    if (files.isEmpty() && dataSchema.isEmpty() && !listing.emptyFiles().isEmpty()) {
      return Scope.of(emptyFilesScan(analyzer, format, options, listing.emptyFiles().get(0), partitions));
    }
    if (files.isEmpty()) {
      return Scope.of(emptyScan(analyzer, format, options, dataSchema, partitions));
    }
    List<String> sources;
    StructType schema;
    Map<String, String> scanOptions = options;
    switch (format) {
      case TEXT:
        dataSchema.ifPresent(user -> requireSupportedTypes(format, user));
        schema = dataSchema.orElse(new StructType(List.of(new StructField("value", AtomicType.STRING, true))));
        // more than one column fails when the scan runs (TextScans), as Spark's reader does
        sources = schema.fields().size() == 1 ? List.of("value") : schema.fields().stream().map(StructField::name).toList();
        break;
      case PARQUET: {
        List<ColumnDescription> columns = ParquetFooters.describe(session, new dev.ember.engine.FileQuery(
            "read " + format + " " + new java.util.TreeMap<>(options), () -> FileScanToSql.sourceQuery(format, files,
            options)), files, dataSchema);
        sources = columns.stream().map(ColumnDescription::name).toList();
        java.util.Set<String> int96 = ParquetFooters.int96Columns(session, files.get(0));
        schema = dataSchema.orElseGet(() -> new StructType(columns.stream()
            .map(column -> new StructField(column.name(), int96.contains(column.name()) ? AtomicType.TIMESTAMP
                : DuckDbTypeParser.parse(column.duckDbType()), true))
            .toList()));
        if (dataSchema.isPresent()) {
          sources = schema.fields().stream().map(field -> fileColumn(columns, field.name())).toList();
        }
        break;
      }
      case ORC: {
        schema = dataSchema.orElseGet(() -> OrcSources.schema(files, Boolean.parseBoolean(options.getOrDefault(
            "mergeschema", session.conf().getOrDefault("spark.sql.orc.mergeSchema", "false")))));
        OrcSources.requireSupportedTypes(schema);
        sources = OrcSources.sourceColumns(schema);
        Map<String, String> orcOptions = new java.util.HashMap<>(options);
        dev.ember.engine.orc.OrcRead.Table table = session.orcTable(files,
            new dev.ember.engine.orc.OrcRead(schema, session.conf().caseSensitive(), dataSchema.isEmpty()));
        orcOptions.put(FileScan.ORC_TABLE_OPTION, table.name());
        table.unreadable().ifPresent(file -> orcOptions.put(FileScan.ORC_UNREADABLE_OPTION, file));
        scanOptions = orcOptions;
        break;
      }
      case JSON:
        schema = dataSchema.orElseGet(() -> JsonSchemaInference.infer(files, options));
        String corrupt = options.getOrDefault("columnnameofcorruptrecord", "_corrupt_record");
        sources = schema.fields().stream().map(field -> field.name().equals(corrupt) && field.dataType() == AtomicType.STRING
            ? dev.ember.sqlgen.CsvColumns.CORRUPT_RECORD : field.name()).toList();
        break;
      case CSV: {
        dataSchema.ifPresent(user -> requireSupportedTypes(format, user));
        CsvSourceResolver.Columns columns = CsvSourceResolver.resolve(analyzer, session, files, options, dataSchema);
        schema = columns.schema();
        sources = columns.sources();
        scanOptions = CsvPlainFiles.readerOptions(files, options, sources);
        break;
      }
      default:
        throw dataSourceNotFound(read.format());
    }
    List<Attribute> output = new ArrayList<>(attributes(analyzer, schema.fields()).subList(0, sources.size()));
    output.addAll(attributes(analyzer, partitions.columns()));
    Map<String, java.math.BigDecimal> magnitudes = format == FileFormat.PARQUET
        ? ParquetFooters.magnitudes(session, files) : Map.of();
    java.util.Set<String> utcTimestamps = format == FileFormat.PARQUET ? ParquetFooters.int96Columns(session, files.get(0))
        : java.util.Set.of();
    return Scope.of(new FileScan(format, files, scanOptions, sources, output, magnitudes, partitions, utcTimestamps));
  }

  /** The file's column a schema field reads (names match ignoring case), or none: Spark reads nulls. */
  private static String fileColumn(List<ColumnDescription> columns, String field) {
    return columns.stream().map(ColumnDescription::name).filter(name -> name.equalsIgnoreCase(field)).findFirst()
        .orElse(FileScan.ABSENT_COLUMN);
  }

  private static List<Attribute> attributes(Analyzer analyzer, List<StructField> fields) {
    return fields.stream().map(field -> analyzer.newAttribute(field.name(), field.dataType(), true)).toList();
  }

  /** The user's schema without the columns that partition directories supply. */
  private static StructType withoutPartitionColumns(StructType schema, FilePartitions partitions) {
    java.util.Set<String> names = new java.util.HashSet<>();
    partitions.columns().forEach(column -> names.add(column.name().toLowerCase(java.util.Locale.ROOT)));
    return new StructType(schema.fields().stream()
        .filter(field -> !names.contains(field.name().toLowerCase(java.util.Locale.ROOT))).toList());
  }

  /**
   * A read whose listing found no file: Spark cannot infer a schema from nothing; with a schema (or
   * text's fixed one) the read is empty.
   */
  /** {@code spark.sql.parquet.mergeSchema}: a Parquet read without the option takes the session's. */
  private static Map<String, String> withMergeSchemaConf(EngineSession session, FileFormat format,
      Map<String, String> options) {
    if (format != FileFormat.PARQUET || options.containsKey("mergeschema")
        || !Boolean.parseBoolean(session.conf().getOrDefault("spark.sql.parquet.mergeSchema", "false"))) {
      return options;
    }
    Map<String, String> merged = new java.util.LinkedHashMap<>(options);
    merged.put("mergeschema", "true");
    return merged;
  }

  private static FileScan emptyScan(Analyzer analyzer, FileFormat format, Map<String, String> options,
      Optional<StructType> dataSchema, FilePartitions partitions) {
    StructType schema = format == FileFormat.TEXT
        ? dataSchema.orElse(new StructType(List.of(new StructField("value", AtomicType.STRING, true))))
        : dataSchema.orElseThrow(() -> unableToInferSchema(format));
    List<Attribute> output = new ArrayList<>(attributes(analyzer, schema.fields()));
    output.addAll(attributes(analyzer, partitions.columns()));
    return new FileScan(format, List.of(), options, schema.fields().stream().map(StructField::name).toList(), output,
        Map.of(), partitions, java.util.Set.of());
  }

  /**
   * A read of empty files only, without a schema: Spark infers no column from CSV or JSON (a DataFrame of no column
   * and no row) and cannot read a Parquet footer from no bytes.
   */
  private static FileScan emptyFilesScan(Analyzer analyzer, FileFormat format, Map<String, String> options,
      String firstFile, FilePartitions partitions) {
    if (format == FileFormat.PARQUET) {
      throw ParquetFooters.cannotReadFooter(firstFile);
    }
    if (format == FileFormat.ORC) {
      throw unableToInferSchema(format); // an empty ORC file has no schema: Spark skips it
    }
    return emptyScan(analyzer, format, options, Optional.of(new StructType(List.of())), partitions);
  }

  /** Spark's {@code supportDataType} of the user's schema: CSV holds no arrays, maps or structs, text only strings. */
  private static void requireSupportedTypes(FileFormat format, StructType schema) {
    for (StructField field : schema.fields()) {
      DataType type = field.dataType();
      boolean supported = format == FileFormat.TEXT ? type == AtomicType.STRING
          : !(type instanceof dev.ember.plan.types.ArrayType || type instanceof dev.ember.plan.types.MapType
              || type instanceof StructType);
      if (!supported) {
        String name = format == FileFormat.TEXT ? "Text" : format.name();
        throw SparkErrors.unsupportedDataTypeForDatasource(name, field.name(), type);
      }
    }
  }

  static EmberException unableToInferSchema(FileFormat format) {
    String name = format == FileFormat.PARQUET ? "Parquet" : format.name();
    return new EmberException(ErrorKind.ANALYSIS, "UNABLE_TO_INFER_SCHEMA", "42KD9",
        "Unable to infer schema for " + name + ". It must be specified manually.", Map.of("format", name));
  }

  /** A source Spark cannot find, or the write-only {@code noop} sink, which Spark finds but cannot read. */
  private static EmberException dataSourceNotFound(String format) {
    if (format.equalsIgnoreCase("noop")) {
      return new EmberException(ErrorKind.ANALYSIS, "_LEGACY_ERROR_TEMP_1135", null,
          format + " is not a valid Spark SQL Data Source.", Map.of("className", format));
    }
    return new EmberException(ErrorKind.CLASS_NOT_FOUND, "DATA_SOURCE_NOT_FOUND", "42K02",
        "Failed to find the data source: " + format + ".", Map.of("provider", format));
  }
}
