package dev.ember.analyzer;

import dev.ember.engine.ColumnDescription;
import dev.ember.engine.EngineSession;
import dev.ember.engine.QueryResult;
import dev.ember.engine.files.FilePaths;
import dev.ember.plan.errors.EmberException;
import dev.ember.plan.errors.ErrorKind;
import dev.ember.plan.logical.DataSourceRead;
import dev.ember.plan.resolved.Attribute;
import dev.ember.plan.resolved.FileFormat;
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
import java.util.UUID;

/**
 * {@code spark.read()}: finds the files and the schema — given by the user, read from Parquet
 * metadata, or inferred as Spark infers CSV and JSON — and scans them. File columns are nullable.
 */
final class DataSourceResolver {
  private DataSourceResolver() {
  }

  static Scope resolve(Analyzer analyzer, EngineSession session, DataSourceRead read) {
    FileFormat format = FileFormat.of(read.format()).orElseThrow(() -> dataSourceNotFound(read.format()));
    List<String> files = FilePaths.expand(read.paths());
    Map<String, String> options = read.options();
    List<String> sources;
    StructType schema;
    switch (format) {
      case TEXT:
        sources = List.of("value");
        schema = read.schema().orElse(new StructType(List.of(new StructField("value", AtomicType.STRING, true))));
        break;
      case PARQUET: {
        List<ColumnDescription> columns = session.describeFiles(FileScanToSql.sourceQuery(format, files, options), files);
        sources = columns.stream().map(ColumnDescription::name).toList();
        schema = read.schema().orElseGet(() -> new StructType(columns.stream()
            .map(column -> new StructField(column.name(), DuckDbTypeParser.parse(column.duckDbType()), true))
            .toList()));
        if (read.schema().isPresent()) {
          sources = schema.fields().stream().map(StructField::name).toList();
        }
        break;
      }
      case JSON:
        schema = read.schema().orElseGet(() ->
            JsonSchemaInference.infer(files, Boolean.parseBoolean(options.getOrDefault("multiline", "false"))));
        sources = schema.fields().stream().map(StructField::name).toList();
        break;
      case CSV: {
        List<String> raw = session.describeFiles(FileScanToSql.sourceQuery(format, files, options), files).stream()
            .map(ColumnDescription::name).toList();
        boolean header = Boolean.parseBoolean(options.getOrDefault("header", "false"));
        List<String> names = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
          names.add(header ? raw.get(i) : "_c" + i);
        }
        if (read.schema().isPresent()) {
          schema = read.schema().get();
          sources = raw.subList(0, Math.min(raw.size(), schema.fields().size()));
        } else if (Boolean.parseBoolean(options.getOrDefault("inferschema", "false"))) {
          schema = inferCsv(analyzer, session, files, options, raw, names);
          sources = raw;
        } else {
          schema = strings(names);
          sources = raw;
        }
        break;
      }
      default:
        throw dataSourceNotFound(read.format());
    }
    List<Attribute> output = schema.fields().stream()
        .map(field -> analyzer.newAttribute(field.name(), field.dataType(), true))
        .toList();
    Map<String, java.math.BigDecimal> magnitudes = format == FileFormat.PARQUET
        ? session.parquetMagnitudes(FileScanToSql.parquetStatisticsQuery(files), files) : Map.of();
    return Scope.of(new FileScan(format, files, options, sources, output.subList(0, sources.size()), magnitudes));
  }

  private static StructType inferCsv(Analyzer analyzer, EngineSession session, List<String> files,
      Map<String, String> options, List<String> raw, List<String> names) {
    List<Attribute> text = names.stream().map(name -> analyzer.newAttribute(name, AtomicType.STRING, true)).toList();
    FileScan scan = new FileScan(FileFormat.CSV, files, options, raw, text);
    QueryResult values = session.execute("infer-" + UUID.randomUUID(), SqlGenerator.generate(scan), strings(names));
    List<DataType> types = CsvSchemaInference.infer(names.size(), values.rows(), options);
    List<StructField> fields = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      fields.add(new StructField(names.get(i), types.get(i), true));
    }
    return new StructType(fields);
  }

  private static StructType strings(List<String> names) {
    return new StructType(names.stream().map(name -> new StructField(name, AtomicType.STRING, true)).toList());
  }

  private static EmberException dataSourceNotFound(String format) {
    return new EmberException(ErrorKind.CLASS_NOT_FOUND, "DATA_SOURCE_NOT_FOUND", "42K02",
        "Failed to find the data source: " + format + ".", Map.of("provider", format));
  }
}
