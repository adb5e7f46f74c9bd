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
 * CSV columns are read as text, by position, and parsed as Spark parses them: empty or
 * {@code nullValue} is NULL, {@code dateFormat} / {@code timestampFormat} patterns. A record is
 * malformed when it has more or fewer fields than the schema or a value does not parse; {@code mode}
 * decides: NULL values and the record's text in the corrupt-record column (PERMISSIVE), record dropped
 * (DROPMALFORMED) or FAILED_READ_FILE (FAILFAST).
 */
public final class CsvColumns {
  /** The reader's column with each row's file name, asked for in FAILFAST mode and for partition values. */
  static final String SOURCE_FILE = "ember_source_file";
  /** The source column of the schema's corrupt-record field: the record's text when it is malformed. */
  public static final String CORRUPT_RECORD = "ember_corrupt_record";
  /** Fields read beyond the schema's, to tell a record with too many fields and to rebuild its text. */
  private static final int SPARE_FIELDS = 16;

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
    if (scan.sourceColumns().get(index).equals(CORRUPT_RECORD)) {
      return new SqlCase(List.of(new SqlCase.When(malformed(scan), recordText(scan))), new SqlLiteral(null, AtomicType.STRING));
    }
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
    SqlCast parsed = new SqlCast(text, DuckDbTypes.of(type), true);
    if (List.of(AtomicType.BYTE, AtomicType.SHORT, AtomicType.INTEGER, AtomicType.LONG, AtomicType.BOOLEAN).contains(type)
        || type instanceof dev.ember.plan.types.DecimalType) {
      // Spark parses these with Java's parseInt, BigDecimal or toBoolean, which refuse surrounding white space
      return new SqlCase(List.of(new SqlCase.When(SqlCall.of("regexp_matches", text, literal("^\\s|\\s$")),
          new SqlCast(new SqlLiteral(null, AtomicType.NULL), DuckDbTypes.of(type), false))), parsed);
    }
    return parsed;
  }

  /** The positional columns the reader declares: the schema's fields, then spare ones. */
  static List<String> declaredColumns(FileScan scan) {
    int fields = fieldCount(scan);
    // univocity's records know their width and text (CsvRecords); DuckDB's reader is asked for spare fields
    boolean spares = !CsvRecords.applies(scan)
        && (dropMalformed(scan) || failFast(scan) || scan.sourceColumns().contains(CORRUPT_RECORD));
    List<String> columns = new ArrayList<>();
    for (int i = 0; i < fields + (spares ? SPARE_FIELDS : 0); i++) {
      columns.add(field(i));
    }
    return columns;
  }

  /** The reader's name of the field at {@code position}. */
  public static String field(int position) {
    return "c" + position;
  }

  private static int fieldCount(FileScan scan) {
    return (int) scan.sourceColumns().stream().filter(source -> !source.equals(CORRUPT_RECORD)).count();
  }

  /** DROPMALFORMED: keep well-formed records; FAILFAST: fail on the first malformed one. */
  static Optional<SqlExpression> rowFilter(FileScan scan) {
    if (!dropMalformed(scan) && !failFast(scan)) {
      return Optional.empty();
    }
    if (dropMalformed(scan)) {
      return Optional.of(SqlOperator.prefix("NOT", malformed(scan)));
    }
    return Optional.of(failFastFilter(malformed(scan)));
  }

  /** FAILFAST's row filter: true, or FAILED_READ_FILE naming the row's file where the record is malformed. */
  static SqlExpression failFastFilter(SqlExpression malformed) {
    return new SqlCase(List.of(new SqlCase.When(malformed, new SqlCast(failedReadFile(new SqlColumn(SOURCE_FILE)),
        "BOOLEAN", false))), new SqlLiteral(true, AtomicType.BOOLEAN));
  }

  /** DuckDB's {@code error()} carrying Spark's FAILED_READ_FILE for {@code file}. */
  static SqlExpression failedReadFile(SqlExpression file) {
    return SqlCall.of("error", SqlCall.of("concat", literal(RaisedError.FAILED_READ_FILE.marker()
        + RaisedError.PAYLOAD_BOUNDARY), RaisedPayloads.field(file), literal(RaisedError.PAYLOAD_BOUNDARY)));
  }

  /** Fewer fields than the schema (the last is padded NULL; an empty field is ''), more, or a value that does not parse. */
  private static SqlExpression malformed(FileScan scan) {
    int fields = fieldCount(scan);
    List<SqlExpression> conditions = new ArrayList<>();
    if (CsvRecords.applies(scan)) {
      conditions.add(SqlOperator.infix("<>", new SqlColumn(CsvRecords.FIELD_COUNT),
          new SqlLiteral(fields, AtomicType.INTEGER)));
    } else if (fields > 0) {
      conditions.add(SqlOperator.postfix("IS NULL", new SqlColumn(field(fields - 1))));
    }
    if (!CsvRecords.applies(scan)) {
      conditions.add(SqlOperator.postfix("IS NOT NULL", new SqlColumn(field(fields))));
    }
    for (int i = 0; i < scan.sourceColumns().size(); i++) {
      Attribute attribute = scan.output().get(i);
      if (attribute.dataType() != AtomicType.STRING && !scan.sourceColumns().get(i).equals(CORRUPT_RECORD)) {
        conditions.add(SqlOperator.infix("AND", SqlOperator.postfix("IS NOT NULL", text(scan, i)),
            SqlOperator.postfix("IS NULL", value(scan, i))));
      }
    }
    return conditions.stream().reduce((a, b) -> SqlOperator.infix("OR", a, b)).orElseThrow();
  }

  /** The record's text rebuilt from its fields: joined by the separator, quoted where a field needs it. */
  private static SqlExpression recordText(FileScan scan) {
    if (CsvRecords.applies(scan)) {
      return new SqlColumn(CsvRecords.RECORD_TEXT);
    }
    String separator = scan.option("sep", scan.option("delimiter", ","));
    String quote = scan.option("quote", "\"");
    String escape = scan.option("escape", "\\");
    List<SqlExpression> parts = new ArrayList<>(List.of(literal(separator)));
    for (String column : declaredColumns(scan)) {
      SqlExpression field = new SqlColumn(column);
      SqlExpression needsQuotes = SqlOperator.infix("OR", SqlCall.of("contains", field, literal(separator)),
          SqlCall.of("contains", field, literal(quote)));
      SqlExpression quoted = SqlCall.of("concat", literal(quote),
          SqlCall.of("replace", field, literal(quote), literal(escape + quote)), literal(quote));
      parts.add(new SqlCase(List.of(new SqlCase.When(needsQuotes, quoted)), field));
    }
    return SqlCall.of("concat_ws", parts.toArray(SqlExpression[]::new));
  }

  /** The field as text: NULL where it is missing, empty or {@code nullValue}. */
  private static SqlExpression text(FileScan scan, int index) {
    SqlExpression field = SqlCall.of("nullif", new SqlColumn(scan.sourceColumns().get(index)), literal(""));
    String nullValue = scan.option("nullvalue", "");
    return nullValue.isEmpty() ? field : SqlCall.of("nullif", field, literal(nullValue));
  }

  private static SqlExpression strptime(SqlExpression text, String sparkPattern) {
    return SqlCall.of("try_strptime", text, literal(DatetimePatterns.forParsing(sparkPattern)));
  }

  private static SqlLiteral literal(String text) {
    return new SqlLiteral(text, AtomicType.STRING);
  }
}
