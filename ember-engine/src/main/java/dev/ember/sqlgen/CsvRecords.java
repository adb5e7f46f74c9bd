package dev.ember.sqlgen;

import static dev.ember.sqlgen.FileScanToSql.text;

import dev.ember.engine.functions.CsvFileRecords;
import dev.ember.engine.functions.SparkCsvSettings;
import dev.ember.plan.resolved.FileScan;
import dev.ember.plan.types.AtomicType;
import dev.ember.sqlgen.tree.SqlCall;
import dev.ember.sqlgen.tree.SqlCast;
import dev.ember.sqlgen.tree.SqlColumn;
import dev.ember.sqlgen.tree.SqlExpression;
import dev.ember.sqlgen.tree.SqlLiteral;
import dev.ember.sqlgen.tree.SqlOperator;
import dev.ember.sqlgen.tree.SqlSelect;
import dev.ember.sqlgen.tree.SqlSelect.SelectItem;
import java.util.ArrayList;
import java.util.List;

/**
 * CSV read as Spark reads it: each file's text ({@link FileContent}: UTF-8, malformed sequences as U+FFFD) split
 * into records by univocity in Java ({@code ember_csv_records}, configured from Spark's CSV options), one row per
 * record with its positional fields as text ({@link CsvColumns#field}), its text (the corrupt-record value) and its
 * number of fields. DuckDB's {@code read_csv} refused files Spark reads (not UTF-8, unbalanced quotes) and read
 * others differently (quotes spanning lines without {@code multiLine}, blank lines, a lone {@code \r}).
 */
final class CsvRecords {
  /** The record's text, as Spark keeps it in the corrupt-record column. */
  static final String RECORD_TEXT = "ember_record_text";
  /** How many fields the record has (Spark's tokens). */
  static final String FIELD_COUNT = "ember_field_count";

  private CsvRecords() {
  }

  /**
   * Whether the scan's files are read this way: text in UTF-8 (other encodings are DuckDB's reader's), unless the
   * analyzer found that DuckDB's reader reads every file as Spark's does ({@link FileScan#DUCKDB_CSV_READER_OPTION}).
   */
  static boolean applies(FileScan scan) {
    return CsvCharsets.duckDbEncoding(scan.options()).equals("utf-8")
        && !scan.options().containsKey(FileScan.DUCKDB_CSV_READER_OPTION);
  }

  /** The records of the scan's files, in order: fields {@code c0, c1, ...}, text and field count (and file name). */
  static SqlSelect records(FileScan scan, boolean withFileName) {
    SqlExpression json = SqlCall.of("ember_csv_records", FileContent.text(),
        text(CsvFileRecords.optionsText(scan.options())), FileContent.fileName());
    SqlExpression perFile = SqlCall.of("json_transform", json, text("[[\"VARCHAR\"]]"));
    if (SparkCsvSettings.delimiter(scan.options()).isEmpty()) {
      // univocity refuses the separator when a task starts reading the file
      perFile = new SqlCast(CsvColumns.failedReadFile(FileContent.fileName()), "VARCHAR[][]", false);
    }
    SqlExpression record = new SqlColumn(TextScans.LINE);
    List<SelectItem> items = new ArrayList<>();
    List<String> fields = CsvColumns.declaredColumns(scan);
    for (int i = 0; i < fields.size(); i++) {
      items.add(new SelectItem(SqlCall.of("list_extract", record, integer(i + 2)), fields.get(i)));
    }
    items.add(new SelectItem(SqlCall.of("list_extract", record, integer(1)), RECORD_TEXT));
    items.add(new SelectItem(SqlOperator.infix("-", SqlCall.of("len", record), integer(1)), FIELD_COUNT));
    List<SelectItem> fileColumns = new ArrayList<>();
    if (withFileName) {
      fileColumns.add(new SelectItem(FileContent.fileName(), CsvColumns.SOURCE_FILE));
      items.add(new SelectItem(new SqlColumn(CsvColumns.SOURCE_FILE), CsvColumns.SOURCE_FILE));
    }
    return SqlSelect.from(items, TextScans.elementRows(scan, perFile, fileColumns)).withOrderBy(TextScans.lineOrder());
  }

  private static SqlLiteral integer(int value) {
    return new SqlLiteral(value, AtomicType.INTEGER);
  }
}
