package dev.ember.sqlgen;

import static dev.ember.sqlgen.FileScanToSql.text;

import dev.ember.plan.resolved.Attribute;
import dev.ember.plan.resolved.FileScan;
import dev.ember.plan.types.AtomicType;
import dev.ember.sqlgen.tree.SqlCast;
import dev.ember.sqlgen.tree.SqlColumn;
import dev.ember.sqlgen.tree.SqlExpression;
import dev.ember.sqlgen.tree.SqlFrom;
import dev.ember.sqlgen.tree.SqlLiteral;
import dev.ember.sqlgen.tree.SqlOperator;
import dev.ember.sqlgen.tree.SqlSelect.SelectItem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The partition columns of a file scan: the files' rows joined on their file name with a table of
 * each file's partition values, {@code (VALUES ('path', CAST('2024' AS INTEGER)), ...)}.
 */
final class PartitionValuesSql {
  private static final String FILE = "ember_partition_file";
  private static final String VALUE = "ember_partition_";

  private PartitionValuesSql() {
  }

  /** The select items of the partition columns (none for an unpartitioned scan). */
  static List<SelectItem> columns(FileScan scan) {
    List<SelectItem> items = new ArrayList<>();
    List<Attribute> output = scan.output();
    for (int i = scan.sourceColumns().size(); i < output.size(); i++) {
      items.add(new SelectItem(new SqlColumn(VALUE + (i - scan.sourceColumns().size())), ColumnNames.of(output.get(i))));
    }
    return items;
  }

  /** {@code files} joined with the partition values when the scan is partitioned; otherwise {@code files}. */
  static SqlFrom join(FileScan scan, SqlFrom files, String alias) {
    if (scan.partitions().isEmpty()) {
      return files;
    }
    int count = scan.partitions().columns().size();
    List<String> names = new ArrayList<>(List.of(FILE));
    for (int i = 0; i < count; i++) {
      names.add(VALUE + i);
    }
    List<List<SqlExpression>> rows = new ArrayList<>();
    for (Map.Entry<String, List<String>> file : scan.partitions().valuesByFile().entrySet()) {
      List<SqlExpression> row = new ArrayList<>(List.of(text(file.getKey())));
      for (int i = 0; i < count; i++) {
        String value = file.getValue().get(i);
        String type = DuckDbTypes.of(scan.partitions().columns().get(i).dataType());
        row.add(new SqlCast(value == null ? new SqlLiteral(null, AtomicType.NULL) : text(value), type, false));
      }
      rows.add(row);
    }
    SqlFrom values = new SqlFrom.Values(rows, alias + "_partitions", names);
    return new SqlFrom.Join(files, SqlFrom.JoinKind.INNER, values,
        new SqlOperator(SqlOperator.Form.INFIX, "=", List.of(new SqlColumn(CsvColumns.SOURCE_FILE), new SqlColumn(FILE))));
  }
}
