package dev.ember.sqlgen;

import dev.ember.plan.errors.RaisedError;
import dev.ember.plan.resolved.Attribute;
import dev.ember.plan.resolved.FileScan;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.DataType;
import dev.ember.sqlgen.tree.SqlCall;
import dev.ember.sqlgen.tree.SqlCase;
import dev.ember.sqlgen.tree.SqlCast;
import dev.ember.sqlgen.tree.SqlColumn;
import dev.ember.sqlgen.tree.SqlExpression;
import dev.ember.sqlgen.tree.SqlLiteral;
import dev.ember.sqlgen.tree.SqlOperator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * CSV columns are read as text and parsed as Spark parses them: empty is NULL, {@code dateFormat} /
 * {@code timestampFormat} patterns, and a malformed value handled by {@code mode}: NULL
 * (PERMISSIVE), row dropped (DROPMALFORMED) or FAILED_READ_FILE (FAILFAST).
 */
final class CsvColumns {
  /** The reader's column with each row's file name, asked for in FAILFAST mode and for partition values. */
  static final String SOURCE_FILE = "ember_source_file";

  private CsvColumns() {
  }

  static boolean failFast(FileScan scan) {
    return scan.option("mode", "PERMISSIVE").toUpperCase(Locale.ROOT).equals("FAILFAST");
  }

  private static boolean dropMalformed(FileScan scan) {
    return scan.option("mode", "PERMISSIVE").toUpperCase(Locale.ROOT).equals("DROPMALFORMED");
  }

  /** The column parsed to its Spark type; NULL where the text is empty or malformed. */
  static SqlExpression value(FileScan scan, int index) {
    SqlExpression text = text(scan, index);
    DataType type = scan.output().get(index).dataType();
    if (type == AtomicType.STRING) {
      return text;
    }
    if (type == AtomicType.DATE && scan.options().containsKey("dateformat")) {
      return new SqlCast(strptime(text, scan.options().get("dateformat")), "DATE", false);
    }
    if (type == AtomicType.TIMESTAMP && scan.options().containsKey("timestampformat")) {
      return new SqlCast(strptime(text, scan.options().get("timestampformat")), "TIMESTAMPTZ", false);
    }
    return new SqlCast(text, DuckDbTypes.of(type), true);
  }

  /** DROPMALFORMED: keep rows whose every value parses; FAILFAST: fail on the first that does not. */
  static Optional<SqlExpression> rowFilter(FileScan scan) {
    if (!dropMalformed(scan) && !failFast(scan)) {
      return Optional.empty();
    }
    List<SqlExpression> malformed = new ArrayList<>();
    for (int i = 0; i < scan.dataOutput().size(); i++) {
      Attribute attribute = scan.output().get(i);
      if (attribute.dataType() != AtomicType.STRING) {
        malformed.add(SqlOperator.infix("AND", SqlOperator.postfix("IS NOT NULL", text(scan, i)),
            SqlOperator.postfix("IS NULL", value(scan, i))));
      }
    }
    if (malformed.isEmpty()) {
      return Optional.empty();
    }
    SqlExpression anyMalformed = malformed.stream().reduce((a, b) -> SqlOperator.infix("OR", a, b)).orElseThrow();
    if (dropMalformed(scan)) {
      return Optional.of(SqlOperator.prefix("NOT", anyMalformed));
    }
    SqlExpression message = SqlCall.of("concat", literal(RaisedError.FAILED_READ_FILE.marker()
        + RaisedError.PAYLOAD_BOUNDARY), new SqlColumn(SOURCE_FILE), literal(RaisedError.PAYLOAD_BOUNDARY));
    return Optional.of(new SqlCase(List.of(new SqlCase.When(anyMalformed,
        new SqlCast(SqlCall.of("error", message), "BOOLEAN", false))), new SqlLiteral(true, AtomicType.BOOLEAN)));
  }

  private static SqlExpression text(FileScan scan, int index) {
    return SqlCall.of("nullif", new SqlColumn(scan.sourceColumns().get(index)), literal(""));
  }

  private static SqlExpression strptime(SqlExpression text, String sparkPattern) {
    return SqlCall.of("try_strptime", text, literal(DatetimePatterns.forParsing(sparkPattern)));
  }

  private static SqlLiteral literal(String text) {
    return new SqlLiteral(text, AtomicType.STRING);
  }
}
