package dev.ember.sqlgen;

import static dev.ember.sqlgen.FileScanToSql.text;

import dev.ember.plan.resolved.Attribute;
import dev.ember.plan.resolved.FileScan;
import dev.ember.plan.types.AtomicType;
import dev.ember.sqlgen.tree.SqlCall;
import dev.ember.sqlgen.tree.SqlCase;
import dev.ember.sqlgen.tree.SqlCast;
import dev.ember.sqlgen.tree.SqlColumn;
import dev.ember.sqlgen.tree.SqlExpression;
import dev.ember.sqlgen.tree.SqlFrom;
import dev.ember.sqlgen.tree.SqlLambda;
import dev.ember.sqlgen.tree.SqlList;
import dev.ember.sqlgen.tree.SqlLiteral;
import dev.ember.sqlgen.tree.SqlOperator;
import dev.ember.sqlgen.tree.SqlSelect;
import dev.ember.sqlgen.tree.SqlSelect.SelectItem;
import dev.ember.sqlgen.tree.SqlWindow;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Spark's JSON Lines source: each line a record, read as text ({@link FileContent}, lines split as the text source
 * splits them) and parsed with {@code json_transform}
 * into the schema's fields, so that a malformed record (not a JSON object, or a field that does not
 * convert) is known: NULL fields and its text in the corrupt-record field (PERMISSIVE), dropped
 * (DROPMALFORMED) or FAILED_READ_FILE (FAILFAST).
 */
final class JsonLines {
  private static final String LINE = "ember_line";
  private static final String RECORD = "ember_record";
  /** One JSON object of the line, NULL where the line is malformed: JSON functions never see text that is not JSON. */
  private static final String OBJECT = "ember_object";
  /** Whether the line's file is not UTF-8 ({@link FileContent#undecodable()}). */
  private static final String UNDECODABLE = "ember_undecodable";
  /** A multiLine file's object's position in its file. */
  private static final String ELEMENT = "ember_element";
  /** Whether any object of a multiLine file is malformed. */
  private static final String RECORD_MALFORMED = "ember_record_malformed";

  private JsonLines() {
  }

  /**
   * The records of the scan's files: each line's objects (one for an object, one per element for an array of
   * objects, none for an empty array, NULL for a malformed line) with the line's text and parsed record (and file
   * name where a failure needs it).
   */
  static SqlSelect records(FileScan scan, boolean withFileName) {
    List<SelectItem> fileItems = new ArrayList<>(List.of(new SelectItem(FileContent.undecodable(), UNDECODABLE)));
    List<SelectItem> lineItems = new ArrayList<>(List.of(new SelectItem(new SqlColumn(TextScans.LINE), LINE),
        new SelectItem(new SqlColumn(UNDECODABLE), UNDECODABLE)));
    List<SelectItem> objectItems = new ArrayList<>(List.of(new SelectItem(new SqlColumn(LINE), LINE),
        new SelectItem(SqlCall.of("unnest", objects(scan)), OBJECT)));
    if (withFileName) {
      fileItems.add(new SelectItem(FileContent.fileName(), CsvColumns.SOURCE_FILE));
      lineItems.add(new SelectItem(new SqlColumn(CsvColumns.SOURCE_FILE), CsvColumns.SOURCE_FILE));
      objectItems.add(new SelectItem(new SqlColumn(CsvColumns.SOURCE_FILE), CsvColumns.SOURCE_FILE));
    }
    if (multiLine(scan)) {
      // the file is one record: its objects are numbered to keep their order past the record's window
      lineItems.add(new SelectItem(new SqlColumn(TextScans.FILE), TextScans.FILE));
      objectItems.add(new SelectItem(new SqlColumn(TextScans.FILE), TextScans.FILE));
      objectItems.add(new SelectItem(SqlCall.of("unnest", SqlCall.of("generate_series", new SqlLiteral(1, AtomicType.INTEGER),
          SqlCall.of("len", objects(scan)))), ELEMENT));
    }
    SqlFrom lineRows = multiLine(scan)
        ? TextScans.elementRows(scan, new SqlList(List.of(FileContent.textForLines())), fileItems)
        : TextScans.lineRows(scan, fileItems);
    SqlSelect lines = SqlSelect.from(lineItems, lineRows).withOrderBy(TextScans.lineOrder());
    SqlSelect objects = SqlSelect.from(objectItems, new SqlFrom.Subquery(lines, "lines"))
        .withWhere(SqlOperator.infix("<>", SqlCall.of("trim", new SqlColumn(LINE)), text("")));
    // a schema of the corrupt-record field alone (every record malformed) has no fields to transform into
    String structure = structure(scan);
    SqlExpression record = structure.equals("{}") ? new SqlLiteral(null, AtomicType.STRING)
        : SqlCall.of("json_transform", new SqlColumn(OBJECT), text(structure));
    List<SelectItem> items = new ArrayList<>(List.of(new SelectItem(new SqlColumn(LINE), LINE),
        new SelectItem(new SqlColumn(OBJECT), OBJECT), new SelectItem(record, RECORD)));
    if (withFileName) {
      items.add(new SelectItem(new SqlColumn(CsvColumns.SOURCE_FILE), CsvColumns.SOURCE_FILE));
    }
    SqlSelect records = SqlSelect.from(items, new SqlFrom.Subquery(objects, "objects"));
    if (!multiLine(scan)) {
      return records;
    }
    // a multiLine file is one record: one malformed object makes all its rows malformed (Spark's partial results)
    List<SelectItem> withRecord = new ArrayList<>(items.stream()
        .map(item -> new SelectItem(new SqlColumn(item.alias()), item.alias())).toList());
    withRecord.add(new SelectItem(new SqlWindow(SqlCall.of("bool_or", objectMalformed(scan)),
        List.of(new SqlColumn(TextScans.FILE)), List.of()), RECORD_MALFORMED));
    List<SelectItem> ordered = new ArrayList<>(items);
    ordered.add(new SelectItem(new SqlColumn(TextScans.FILE), TextScans.FILE));
    ordered.add(new SelectItem(new SqlColumn(ELEMENT), ELEMENT));
    return SqlSelect.from(withRecord, new SqlFrom.Subquery(SqlSelect.from(ordered, new SqlFrom.Subquery(objects,
        "objects")), "file_objects")).withOrderBy(List.of(new SqlSelect.OrderItem(new SqlColumn(TextScans.FILE), true, true),
        new SqlSelect.OrderItem(new SqlColumn(ELEMENT), true, true)));
  }

  private static boolean multiLine(FileScan scan) {
    return Boolean.parseBoolean(scan.option("multiline", "false"));
  }

  /**
   * The line's JSON objects as a list: the object, an array's objects, or one NULL where the line is malformed
   * (not JSON, bytes that are not UTF-8 — Jackson fails on them — or another value). CASE evaluates its value only
   * where its condition holds: the JSON functions never read malformed text.
   */
  private static SqlExpression objects(FileScan scan) {
    SqlExpression line = new SqlColumn(LINE);
    SqlExpression json = Boolean.parseBoolean(scan.option("allowsinglequotes", "true"))
        ? JsonSingleQuotes.doubleQuoted(line) : line;
    SqlExpression decoded = SqlOperator.prefix("NOT", SqlOperator.infix("AND", new SqlColumn(UNDECODABLE),
        SqlCall.of("contains", line, FileContent.replacement())));
    SqlExpression malformed = new SqlCast(new SqlList(List.of(new SqlLiteral(null, AtomicType.STRING))), "VARCHAR[]",
        false);
    SqlExpression elements = new SqlCast(SqlCall.of("json_extract", json, text("$[*]")), "VARCHAR[]", false);
    String element = SqlLet.freshName();
    SqlExpression allObjects = SqlCall.of("coalesce", SqlCall.of("list_bool_and", SqlCall.of("list_transform", elements,
        new SqlLambda(element, SqlOperator.infix("=", SqlCall.of("json_type", new SqlColumn(element)), text("OBJECT"))))),
        new SqlLiteral(true, AtomicType.BOOLEAN));
    SqlExpression byType = new SqlCase(List.of(
        new SqlCase.When(SqlOperator.infix("=", SqlCall.of("json_type", json), text("OBJECT")),
            new SqlCast(new SqlList(List.of(json)), "VARCHAR[]", false)),
        new SqlCase.When(SqlOperator.infix("AND", SqlOperator.infix("=", SqlCall.of("json_type", json), text("ARRAY")),
            allObjects), elements)), malformed);
    return new SqlCase(List.of(new SqlCase.When(SqlOperator.infix("AND", decoded, SqlCall.of("json_valid", json)), byType)),
        malformed);
  }

  /** A field of the record, or the record's text for the corrupt-record field. */
  static SqlExpression value(FileScan scan, int index) {
    String source = scan.sourceColumns().get(index);
    if (source.equals(CsvColumns.CORRUPT_RECORD)) {
      return new SqlCase(List.of(new SqlCase.When(malformed(scan), new SqlColumn(LINE))),
          new SqlLiteral(null, AtomicType.STRING));
    }
    return new SqlCast(field(source), DuckDbTypes.of(scan.output().get(index).dataType()), false);
  }

  /** DROPMALFORMED keeps well-formed records; FAILFAST fails on the first malformed one, naming its file. */
  static Optional<SqlExpression> rowFilter(FileScan scan) {
    String mode = mode(scan);
    if (mode.equals("DROPMALFORMED")) {
      return Optional.of(SqlOperator.prefix("NOT", malformed(scan)));
    }
    if (!mode.equals("FAILFAST")) {
      return Optional.empty();
    }
    return Optional.of(CsvColumns.failFastFilter(malformed(scan)));
  }

  static boolean needsFileName(FileScan scan) {
    return mode(scan).equals("FAILFAST");
  }

  private static String mode(FileScan scan) {
    return scan.option("mode", "PERMISSIVE").toUpperCase(Locale.ROOT);
  }

  /** The record is malformed: for a multiLine file, any of its objects is ({@link #objectMalformed}). */
  private static SqlExpression malformed(FileScan scan) {
    return multiLine(scan) ? new SqlColumn(RECORD_MALFORMED) : objectMalformed(scan);
  }

  /** Not a JSON object, or a top-level field present with a value that does not convert to its type. */
  private static SqlExpression objectMalformed(FileScan scan) {
    SqlExpression malformed = SqlOperator.postfix("IS NULL", new SqlColumn(OBJECT));
    for (int i = 0; i < scan.sourceColumns().size(); i++) {
      String source = scan.sourceColumns().get(i);
      Attribute attribute = scan.output().get(i);
      if (source.equals(CsvColumns.CORRUPT_RECORD) || attribute.dataType() == AtomicType.STRING) {
        continue;
      }
      SqlExpression present = SqlOperator.postfix("IS NOT NULL",
          SqlCall.of("json_extract", new SqlColumn(OBJECT), text("$." + quotedKey(source))));
      SqlExpression notNull = SqlOperator.infix("<>", SqlCall.of("json_type", new SqlColumn(OBJECT),
          text("$." + quotedKey(source))), text("NULL"));
      SqlExpression lost = SqlOperator.postfix("IS NULL", field(source));
      malformed = SqlOperator.infix("OR", malformed,
          SqlOperator.infix("AND", SqlOperator.infix("AND", present, notNull), lost));
    }
    return malformed;
  }

  private static SqlExpression field(String name) {
    return SqlCall.of("struct_extract", new SqlColumn(RECORD), text(name));
  }

  /** {@code json_transform}'s structure: each field's name and DuckDB type, as a JSON object. */
  private static String structure(FileScan scan) {
    StringBuilder structure = new StringBuilder("{");
    for (int i = 0; i < scan.sourceColumns().size(); i++) {
      String source = scan.sourceColumns().get(i);
      if (source.equals(CsvColumns.CORRUPT_RECORD)) {
        continue;
      }
      if (structure.length() > 1) {
        structure.append(',');
      }
      structure.append(jsonString(source)).append(':').append(jsonString(DuckDbTypes.of(scan.output().get(i).dataType())));
    }
    return structure.append('}').toString();
  }

  private static String quotedKey(String name) {
    return jsonString(name);
  }

  private static String jsonString(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
