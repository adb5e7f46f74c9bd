package dev.ember.analyzer;

import dev.ember.engine.ColumnDescription;
import dev.ember.engine.EngineSession;
import dev.ember.engine.QueryResult;
import dev.ember.plan.resolved.Attribute;
import dev.ember.plan.resolved.FileFormat;
import dev.ember.plan.resolved.FileScan;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.DataType;
import dev.ember.plan.types.StructField;
import dev.ember.plan.types.StructType;
import dev.ember.sqlgen.CsvColumns;
import dev.ember.sqlgen.FileScanToSql;
import dev.ember.sqlgen.SqlGenerator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A CSV read's columns, as Spark's CSV source makes them: as many as the first record has fields, named
 * by the header ({@code _c<i>} for an empty name, {@code <name><i>} for duplicates) or {@code _c<i>};
 * strings, inferred types or the user's schema, whose corrupt-record field
 * ({@code columnNameOfCorruptRecord}) holds a malformed record's text instead of a field.
 */
final class CsvSourceResolver {
  private CsvSourceResolver() {
  }

  /** The schema and, per field, the reader's positional column (or the corrupt-record marker). */
  record Columns(StructType schema, List<String> sources) {
  }

  static Columns resolve(Analyzer analyzer, EngineSession session, List<String> files, Map<String, String> options,
      Optional<StructType> userSchema) {
    if (userSchema.isPresent()) {
      String corrupt = options.getOrDefault("columnnameofcorruptrecord", "_corrupt_record");
      List<String> sources = new ArrayList<>();
      int position = 0;
      for (StructField field : userSchema.get().fields()) {
        boolean corruptField = field.name().equals(corrupt) && field.dataType() == AtomicType.STRING;
        sources.add(corruptField ? CsvColumns.CORRUPT_RECORD : CsvColumns.field(position++));
      }
      return new Columns(userSchema.get(), sources);
    }
    if (CsvFileStart.readInJava(options) && dev.ember.engine.functions.SparkCsvSettings.delimiter(options).isEmpty()) {
      // univocity refuses the separator when Spark's schema inference builds its parser
      throw dev.ember.plan.errors.EmberException.withoutErrorClass(dev.ember.plan.errors.ErrorKind.JAVA_ILLEGAL_ARGUMENT,
          "Delimiter cannot be empty");
    }
    List<String> names = names(firstRecord(session, files.get(0), options), options);
    List<String> sources = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      sources.add(CsvColumns.field(i));
    }
    StructType schema = Boolean.parseBoolean(options.getOrDefault("inferschema", "false"))
        ? inferred(analyzer, session, files, options, names, sources) : strings(names);
    return new Columns(schema, sources);
  }

  /** The first record's fields, up to its last one (the reader pads shorter records with NULL). */
  private static List<String> firstRecord(EngineSession session, String file, Map<String, String> options) {
    if (CsvFileStart.readInJava(options)) {
      return CsvFileStart.firstRecord(file, options);
    }
    String query = FileScanToSql.csvFirstRecordQuery(file, options);
    List<ColumnDescription> columns = session.describeFiles(dev.ember.engine.FileQuery.of(query), List.of(file));
    List<StructField> fields = new ArrayList<>();
    columns.forEach(column -> fields.add(new StructField(column.name(), AtomicType.STRING, true)));
    QueryResult result = session.execute("csv-header-" + UUID.randomUUID(), dev.ember.engine.QueryText.of(query),
        new StructType(fields));
    List<String> values = new ArrayList<>();
    if (!result.rows().isEmpty()) {
      Object[] row = result.rows().get(0);
      int width = row.length;
      while (width > 0 && row[width - 1] == null) {
        width--;
      }
      for (int i = 0; i < width; i++) {
        values.add((String) row[i]);
      }
    }
    return values;
  }

  /** Spark's {@code CSVUtils.makeSafeHeader}. */
  private static List<String> names(List<String> firstRecord, Map<String, String> options) {
    boolean header = Boolean.parseBoolean(options.getOrDefault("header", "false"));
    String nullValue = options.getOrDefault("nullvalue", "");
    Map<String, Integer> counts = new HashMap<>();
    firstRecord.stream().filter(value -> value != null)
        .forEach(value -> counts.merge(value.toLowerCase(Locale.ROOT), 1, Integer::sum));
    List<String> names = new ArrayList<>();
    for (int i = 0; i < firstRecord.size(); i++) {
      String value = firstRecord.get(i);
      if (!header || value == null || value.isEmpty() || value.equals(nullValue)) {
        names.add("_c" + i);
      } else if (counts.get(value.toLowerCase(Locale.ROOT)) > 1) {
        names.add(value + i);
      } else {
        names.add(value);
      }
    }
    return names;
  }

  private static StructType inferred(Analyzer analyzer, EngineSession session, List<String> files,
      Map<String, String> options, List<String> names, List<String> sources) {
    Map<String, String> permissive = new HashMap<>(CsvPlainFiles.readerOptions(files, options, sources));
    permissive.remove("mode"); // inference reads every record's fields
    List<Attribute> text = names.stream().map(name -> analyzer.newAttribute(name, AtomicType.STRING, true)).toList();
    FileScan scan = new FileScan(FileFormat.CSV, files, permissive, sources, text);
    QueryResult values = session.execute("infer-" + UUID.randomUUID(), SqlGenerator.generate(scan), strings(names));
    List<DataType> types = CsvSchemaInference.infer(names.size(), values.rows(), options);
    List<StructField> fields = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      fields.add(new StructField(names.get(i), types.get(i), true));
    }
    return new StructType(fields);
  }

  static StructType strings(List<String> names) {
    return new StructType(names.stream().map(name -> new StructField(name, AtomicType.STRING, true)).toList());
  }
}
