package dev.ember.sqlgen;

import dev.ember.plan.resolved.Attribute;
import dev.ember.plan.resolved.FileFormat;
import dev.ember.plan.resolved.FileScan;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.DataType;
import dev.ember.sqlgen.tree.SqlCall;
import dev.ember.sqlgen.tree.SqlCast;
import dev.ember.sqlgen.tree.SqlColumn;
import dev.ember.sqlgen.tree.SqlExpression;
import dev.ember.sqlgen.tree.SqlFrom;
import dev.ember.sqlgen.tree.SqlFrom.NamedArgument;
import dev.ember.sqlgen.tree.SqlList;
import dev.ember.sqlgen.tree.SqlLiteral;
import dev.ember.sqlgen.tree.SqlSelect;
import dev.ember.sqlgen.tree.SqlSelect.SelectItem;
import dev.ember.sqlgen.tree.SqlStar;
import dev.ember.sqlgen.tree.SqlStruct;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A file scan as a DuckDB reader call ({@code read_csv}, {@code read_parquet}) with Spark's reader options
 * translated, or the files' bytes read as Spark's text, JSON and CSV sources read them ({@link TextScans},
 * {@link JsonLines}, {@link CsvRecords}), and each column converted to its Spark type.
 */
public final class FileScanToSql {
  /** The column a Parquet scan marked {@link FileScan#ROW_INDEX_OPTION} gives each row's index in its file in. */
  static final String ROW_INDEX_COLUMN = "ember_row_index";

  private FileScanToSql() {
  }

  static SqlSelect select(FileScan scan, String alias, boolean withInputFile) {
    if (scan.files().isEmpty()) {
      return noRows(scan);
    }
    CorruptRecordType.verify(scan);
    List<SelectItem> items = new ArrayList<>();
    for (int i = 0; i < scan.sourceColumns().size(); i++) {
      Attribute attribute = scan.output().get(i);
      String sourceColumn = scan.sourceColumns().get(i);
      // a file without the column, or a corrupt-record field of a reader that never has malformed records
      SqlExpression source = sourceColumn.equals(FileScan.ABSENT_COLUMN) || sourceColumn.equals(CsvColumns.CORRUPT_RECORD)
          ? new SqlLiteral(null, AtomicType.NULL) : new SqlColumn(sourceColumn);
      if (scan.utcTimestamps().contains(sourceColumn)) {
        source = SqlCall.of("timezone", text("UTC"), source); // INT96 holds UTC: an instant, not local time
      }
      SqlExpression value = scan.format() == FileFormat.CSV ? CsvColumns.value(scan, i)
          : jsonLines(scan) ? JsonLines.value(scan, i)
          : new SqlCast(source, DuckDbTypes.of(attribute.dataType()), false);
      items.add(new SelectItem(value, ColumnNames.of(attribute)));
    }
    items.addAll(PartitionValuesSql.columns(scan));
    if (withInputFile) {
      items.add(new SelectItem(new SqlColumn(CsvColumns.SOURCE_FILE), InputFileColumn.NAME));
    }
    boolean rowIndex = scan.format() == FileFormat.PARQUET && scan.options().containsKey(FileScan.ROW_INDEX_OPTION);
    if (rowIndex) {
      items.add(new SelectItem(new SqlColumn("file_row_number"), ROW_INDEX_COLUMN));
    }
    SqlFrom files = scan.format() == FileFormat.TEXT
        ? new SqlFrom.Subquery(TextScans.rows(scan, withInputFile), alias)
        : scan.format() == FileFormat.ORC ? new SqlFrom.Subquery(orcRows(scan), alias)
        : jsonLines(scan) ? new SqlFrom.Subquery(JsonLines.records(scan, withFileName(scan) || withInputFile), alias)
        : scan.format() == FileFormat.CSV && CsvRecords.applies(scan)
            ? new SqlFrom.Subquery(CsvRecords.records(scan, withFileName(scan) || withInputFile), alias)
        : reader(scan.format(), scan.files(), scan.options(), declaredColumns(scan), withFileName(scan) || withInputFile,
            alias, rowIndex);
    // a schema of no field (JSON of empty objects or arrays only) still counts its rows
    SqlSelect select = SqlSelect.from(items.isEmpty() ? List.of(SqlGenerator.PLACEHOLDER) : items,
        PartitionValuesSql.join(scan, files, alias));
    java.util.Optional<SqlExpression> rowFilter = scan.format() == FileFormat.CSV ? CsvColumns.rowFilter(scan)
        : jsonLines(scan) ? JsonLines.rowFilter(scan) : java.util.Optional.empty();
    return rowFilter.map(select::withWhere).orElse(select);
  }

  /**
   * The table the engine loaded an ORC scan's files into ({@link FileScan#ORC_TABLE_OPTION}): its columns, and its
   * last, each row's file, named as the readers name it.
   */
  private static SqlSelect orcRows(FileScan scan) {
    String fileColumn = "c" + scan.sourceColumns().size();
    SqlSelect rows = SqlSelect.from(List.of(new SelectItem(new SqlStar(), null),
            new SelectItem(new SqlColumn(fileColumn), CsvColumns.SOURCE_FILE)),
        new SqlFrom.Table(scan.options().get(FileScan.ORC_TABLE_OPTION), "orc_rows"));
    String unreadable = scan.options().get(FileScan.ORC_UNREADABLE_OPTION);
    if (unreadable == null) {
      return rows;
    }
    // the unreadable file's row fails the scan with Spark's FAILED_READ_FILE
    return rows.withWhere(new dev.ember.sqlgen.tree.SqlCase(List.of(new dev.ember.sqlgen.tree.SqlCase.When(
        dev.ember.sqlgen.tree.SqlOperator.infix("=", new SqlColumn(fileColumn), text(unreadable)),
        FunctionRenderers.raise(dev.ember.plan.errors.RaisedError.FAILED_READ_FILE, "BOOLEAN", unreadable))),
        bool(true)));
  }

  /** JSON is read by line (a multiLine file as one record) and parsed in SQL, so that malformed records are Spark's. */
  private static boolean jsonLines(FileScan scan) {
    return scan.format() == FileFormat.JSON;
  }

  /** A read whose listing found no file (or only empty ones): its columns, no row. */
  private static SqlSelect noRows(FileScan scan) {
    List<SelectItem> items = scan.output().stream()
        .map(attribute -> new SelectItem(new SqlCast(new SqlLiteral(null, AtomicType.NULL),
            DuckDbTypes.of(attribute.dataType()), false), ColumnNames.of(attribute)))
        .toList();
    return SqlSelect.from(items.isEmpty() ? List.of(SqlGenerator.PLACEHOLDER) : items, new SqlFrom.None())
        .withWhere(bool(false));
  }

  /** The reader names each row's file where a failure or a partition value needs it. */
  private static boolean withFileName(FileScan scan) {
    return !scan.partitions().isEmpty() || (scan.format() == FileFormat.CSV && CsvColumns.failFast(scan))
        || (jsonLines(scan) && JsonLines.needsFileName(scan));
  }

  /** The reader's own output (all CSV columns as text), for schema inference: {@code SELECT * FROM read_...}. */
  public static String sourceQuery(FileFormat format, List<String> files, Map<String, String> options) {
    Map<String, String> plain = new java.util.HashMap<>(options);
    plain.remove("mode"); // the raw columns only, without FAILFAST's file-name column
    return SqlRenderer.render(SqlSelect.from(List.of(new SelectItem(new SqlStar(), null)),
        reader(format, files, plain, List.of(), false, "source", false)));
  }

  /** The first record of a CSV file, every field as text (the header, when the file has one). */
  public static String csvFirstRecordQuery(String file, Map<String, String> options) {
    SqlList paths = new SqlList(List.of(text(file)));
    return SqlRenderer.render(SqlSelect.from(List.of(new SelectItem(new SqlStar(), null)),
        new SqlFrom.TableFunction("read_csv", List.of(paths), CsvReader.arguments(options, List.of()), "source",
            List.of())).withLimit(1));
  }

  /** The names of a Parquet file's INT96 columns (applied to the top-level columns of those names). */
  public static String parquetInt96Query(String file) {
    return SqlRenderer.render(SqlSelect.from(List.of(new SelectItem(new SqlColumn("name"), null)),
        new SqlFrom.TableFunction("parquet_schema", List.of(text(file)), List.of(), "schema", List.of()))
        .withWhere(dev.ember.sqlgen.tree.SqlOperator.infix("=", new SqlColumn("type"), text("INT96"))));
  }

  /** Each row group's min/max statistics of each column of Parquet {@code files} (their footers only). */
  public static String parquetStatisticsQuery(List<String> files) {
    SqlList paths = new SqlList(files.stream().<SqlExpression>map(file -> new SqlLiteral(file, AtomicType.STRING)).toList());
    return SqlRenderer.render(SqlSelect.from(List.of(
        new SelectItem(new SqlColumn("path_in_schema"), null),
        new SelectItem(new SqlColumn("stats_min_value"), null),
        new SelectItem(new SqlColumn("stats_max_value"), null)),
        new SqlFrom.TableFunction("parquet_metadata", List.of(paths), List.of(), "statistics", List.of())));
  }

  private static SqlFrom.TableFunction reader(FileFormat format, List<String> files, Map<String, String> options,
      List<SqlStruct.Field> declaredColumns, boolean withFileName, String alias, boolean rowIndex) {
    SqlList paths = new SqlList(files.stream().<SqlExpression>map(file -> new SqlLiteral(file, AtomicType.STRING)).toList());
    List<NamedArgument> arguments = new ArrayList<>();
    if (withFileName) {
      arguments.add(new NamedArgument("filename", text(CsvColumns.SOURCE_FILE)));
    }
    if (format != FileFormat.TEXT) {
      // partition columns are Spark's (PartitionValuesSql), never DuckDB's guess from the paths
      arguments.add(new NamedArgument("hive_partitioning", bool(false)));
    }
    switch (format) {
      case CSV:
        arguments.addAll(CsvReader.arguments(options, declaredColumns.stream().map(SqlStruct.Field::key).toList()));
        return new SqlFrom.TableFunction("read_csv", List.of(paths), arguments, alias, List.of());
      case PARQUET:
        if (rowIndex) {
          arguments.add(new NamedArgument("file_row_number", bool(true)));
        }
        if (Boolean.parseBoolean(options.getOrDefault("mergeschema", "false"))) {
          // Spark's mergeSchema: the files' columns united by name, each file's missing ones null
          arguments.add(new NamedArgument("union_by_name", bool(true)));
        }
        return new SqlFrom.TableFunction("read_parquet", List.of(paths), arguments, alias, List.of());
      case JSON:
        boolean multiLine = Boolean.parseBoolean(options.getOrDefault("multiline", "false"));
        arguments.add(new NamedArgument("format", text(multiLine ? "auto" : "newline_delimited")));
        if (!declaredColumns.isEmpty()) {
          arguments.add(new NamedArgument("columns", new SqlStruct(declaredColumns)));
        }
        return new SqlFrom.TableFunction("read_json", List.of(paths), arguments, alias, List.of());
      case TEXT:
        return new SqlFrom.TableFunction("read_text", List.of(paths), arguments, alias, List.of());
      default:
        throw new IllegalArgumentException("no reader for " + format);
    }
  }

  /** The columns the reader is told: CSV's fields by position, JSON's fields with their types. */
  private static List<SqlStruct.Field> declaredColumns(FileScan scan) {
    if (scan.format() == FileFormat.CSV) {
      return CsvColumns.declaredColumns(scan).stream().map(column -> new SqlStruct.Field(column, text("VARCHAR"))).toList();
    }
    if (scan.format() != FileFormat.JSON) {
      return List.of();
    }
    List<SqlStruct.Field> columns = new ArrayList<>();
    for (int i = 0; i < scan.sourceColumns().size(); i++) {
      if (scan.sourceColumns().get(i).equals(CsvColumns.CORRUPT_RECORD)) {
        continue;
      }
      columns.add(new SqlStruct.Field(scan.sourceColumns().get(i), text(DuckDbTypes.of(scan.output().get(i).dataType()))));
    }
    return columns;
  }

  static SqlLiteral text(String value) {
    return new SqlLiteral(value, AtomicType.STRING);
  }

  private static SqlLiteral bool(boolean value) {
    return new SqlLiteral(value, AtomicType.BOOLEAN);
  }
}
