package dev.ember.sqlgen;

import static dev.ember.sqlgen.FileScanToSql.text;

import dev.ember.plan.errors.EmberException;
import dev.ember.plan.errors.ErrorKind;
import dev.ember.plan.resolved.FileScan;
import dev.ember.sqlgen.tree.SqlCall;
import dev.ember.sqlgen.tree.SqlCase;
import dev.ember.sqlgen.tree.SqlExpression;
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
  private TextScans() {
  }

  /** The rows of the files {@code reader} reads, in a column {@code value} (and each row's file when partitioned). */
  static SqlSelect rows(FileScan scan) {
    if (scan.sourceColumns().size() != 1) {
      int size = scan.sourceColumns().size();
      throw new EmberException(ErrorKind.ANALYSIS, "_LEGACY_ERROR_TEMP_1290", null,
          "Text data source supports only a single column, and you have " + size + " columns.",
          Map.of("schemaSize", String.valueOf(size)));
    }
    List<SelectItem> items = new ArrayList<>();
    items.add(new SelectItem(Boolean.parseBoolean(scan.option("wholetext", "false")) ? FileContent.text()
        : lines(scan, FileContent.textForLines()), "value"));
    if (!scan.partitions().isEmpty()) {
      items.add(new SelectItem(FileContent.fileName(), CsvColumns.SOURCE_FILE));
    }
    return SqlSelect.from(items, FileContent.reader(scan.files(), "files")).withWhere(FileContent.nonEmpty());
  }

  /** The lines of {@code content}, split as Hadoop's line reader splits them ({@code lineSep}, else any line break). */
  static SqlExpression lines(FileScan scan, SqlExpression content) {
    String separator = scan.option("linesep", "");
    if (separator.isEmpty()) {
      SqlExpression trimmed = SqlCall.of("regexp_replace", content, text("(\\r\\n|\\r|\\n)$"), text(""));
      return SqlCall.of("unnest", SqlCall.of("string_split_regex", trimmed, text("\\r\\n|\\r|\\n")));
    }
    SqlExpression withoutLast = new SqlCase(List.of(new SqlCase.When(SqlCall.of("ends_with", content, text(separator)),
        SqlCall.of("left", content, new SqlOperator(SqlOperator.Form.INFIX, "-",
            List.of(SqlCall.of("length", content), SqlCall.of("length", text(separator))))))), content);
    return SqlCall.of("unnest", SqlCall.of("string_split", withoutLast, text(separator)));
  }
}
