package dev.ember.sqlgen;

import static dev.ember.sqlgen.FileScanToSql.text;

import dev.ember.plan.errors.EmberException;
import dev.ember.plan.errors.ErrorKind;
import dev.ember.plan.resolved.FileScan;
import dev.ember.sqlgen.tree.SqlCall;
import dev.ember.sqlgen.tree.SqlCase;
import dev.ember.sqlgen.tree.SqlColumn;
import dev.ember.sqlgen.tree.SqlExpression;
import dev.ember.sqlgen.tree.SqlFrom;
import dev.ember.sqlgen.tree.SqlOperator;
import dev.ember.sqlgen.tree.SqlSelect;
import dev.ember.sqlgen.tree.SqlSelect.SelectItem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Spark's text source over the files' decoded content ({@link FileContent}, one row per file):
 * {@code wholetext} keeps each file as one row; otherwise one row per line, split at {@code lineSep}
 * (by default any of {@code \r\n}, {@code \r}, {@code \n}), with no row after a final separator.
 */
final class TextScans {
  /** The column of {@link #lineRows} holding a line. */
  static final String LINE = "ember_line";
  private static final String LINES = "ember_lines";
  /** The column of {@link #lineRows} naming the line's file. */
  static final String FILE = "ember_line_file";
  private static final String POSITION = "ember_line_position";
  private TextScans() {
  }

  /** The rows of the scan's files, in a column {@code value} (and each row's file when partitioned or asked for). */
  static SqlSelect rows(FileScan scan, boolean withFileName) {
    if (scan.sourceColumns().size() != 1) {
      int size = scan.sourceColumns().size();
      throw new EmberException(ErrorKind.ANALYSIS, "_LEGACY_ERROR_TEMP_1290", null,
          "Text data source supports only a single column, and you have " + size + " columns.",
          Map.of("schemaSize", String.valueOf(size)));
    }
    boolean partitioned = !scan.partitions().isEmpty() || withFileName;
    if (Boolean.parseBoolean(scan.option("wholetext", "false"))) {
      List<SelectItem> items = new ArrayList<>(List.of(new SelectItem(FileContent.text(), "value")));
      if (partitioned) {
        items.add(new SelectItem(FileContent.fileName(), CsvColumns.SOURCE_FILE));
      }
      return SqlSelect.from(items, FileContent.reader(scan.files(), "files")).withWhere(FileContent.nonEmpty());
    }
    List<SelectItem> items = new ArrayList<>(List.of(new SelectItem(new SqlColumn(LINE), "value")));
    if (partitioned) {
      items.add(new SelectItem(new SqlColumn(CsvColumns.SOURCE_FILE), CsvColumns.SOURCE_FILE));
    }
    return SqlSelect.from(items, lineRows(scan, partitioned
        ? List.of(new SelectItem(FileContent.fileName(), CsvColumns.SOURCE_FILE)) : List.of())).withOrderBy(lineOrder());
  }

  /** The files' order, then the lines' (the lateral join of {@link #lineRows} keeps no order). */
  static List<SqlSelect.OrderItem> lineOrder() {
    return List.of(new SqlSelect.OrderItem(new SqlColumn(FILE), true, true),
        new SqlSelect.OrderItem(new SqlColumn(POSITION), true, true));
  }

  /**
   * One row per line of the scan's files, its text in {@link #LINE}, beside {@code fileColumns} computed per file
   * (ordered by {@link #lineOrder}).
   * The lines are unnested in a lateral join: DuckDB's unnest of a file's lines in a select list takes time that grows
   * with the square of their number.
   */
  static SqlFrom lineRows(FileScan scan, List<SelectItem> fileColumns) {
    return elementRows(scan, lines(scan, FileContent.textForLines()), fileColumns);
  }

  /**
   * One row per element of a list computed per file ({@code perFile}, over {@link FileContent}), the element in
   * {@link #LINE}, beside {@code fileColumns} (ordered by {@link #lineOrder}).
   */
  static SqlFrom elementRows(FileScan scan, SqlExpression perFileList, List<SelectItem> fileColumns) {
    List<SelectItem> perFile = new ArrayList<>(List.of(new SelectItem(perFileList, LINES),
        new SelectItem(FileContent.fileName(), FILE)));
    perFile.addAll(fileColumns);
    SqlSelect files = SqlSelect.from(perFile, FileContent.reader(scan.files(), "files")).withWhere(FileContent.nonEmpty());
    return new SqlFrom.Join(new SqlFrom.Subquery(files, "file_lines"), SqlFrom.JoinKind.INNER,
        new SqlFrom.Unnest(new SqlColumn(LINES), "lines", LINE, POSITION),
        new dev.ember.sqlgen.tree.SqlLiteral(true, dev.ember.plan.types.AtomicType.BOOLEAN));
  }

  /** The lines of {@code content}, split as Hadoop's line reader splits them ({@code lineSep}, else any line break). */
  private static SqlExpression lines(FileScan scan, SqlExpression content) {
    String separator = scan.option("linesep", "");
    if (separator.isEmpty()) {
      SqlExpression trimmed = SqlCall.of("regexp_replace", content, text("(\\r\\n|\\r|\\n)$"), text(""));
      // one separator for the three, then a plain split (faster than a split at a regular expression)
      SqlExpression newLines = SqlCall.of("replace", SqlCall.of("replace", trimmed, text("\r\n"), text("\n")),
          text("\r"), text("\n"));
      return SqlCall.of("string_split", newLines, text("\n"));
    }
    SqlExpression withoutLast = new SqlCase(List.of(new SqlCase.When(SqlCall.of("ends_with", content, text(separator)),
        SqlCall.of("left", content, new SqlOperator(SqlOperator.Form.INFIX, "-",
            List.of(SqlCall.of("length", content), SqlCall.of("length", text(separator))))))), content);
    return SqlCall.of("string_split", withoutLast, text(separator));
  }
}
