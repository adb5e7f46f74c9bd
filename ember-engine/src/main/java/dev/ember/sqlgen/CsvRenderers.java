package dev.ember.sqlgen;

import dev.ember.plan.errors.RaisedError;
import dev.ember.plan.expressions.Literal;
import dev.ember.plan.resolved.Call;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.StructField;
import dev.ember.plan.types.StructType;
import dev.ember.sqlgen.FunctionRenderers.Renderer;
import dev.ember.sqlgen.tree.SqlCall;
import dev.ember.sqlgen.tree.SqlCase;
import dev.ember.sqlgen.tree.SqlCast;
import dev.ember.sqlgen.tree.SqlExpression;
import dev.ember.sqlgen.tree.SqlLiteral;
import dev.ember.sqlgen.tree.SqlOperator;
import dev.ember.sqlgen.tree.SqlStruct;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * from_csv: the record's fields from the Java function {@code ember_csv_tokens}, each parsed to its type as the
 * CSV reader parses a column (NULL where empty, {@code nullValue} or malformed); in FAILFAST mode a record with
 * another number of fields or a value that does not parse raises MALFORMED_RECORD_IN_PARSING. to_csv: the
 * fields' texts trimmed, quoted where they hold the separator, a quote or a line break, joined by the separator.
 */
final class CsvRenderers {
  private CsvRenderers() {
  }

  static void register(Map<String, Renderer> renderers) {
    renderers.put("from_csv", CsvRenderers::fromCsv);
    renderers.put("to_csv", CsvRenderers::toCsv);
    renderers.put("java_decimal_text", (call, args) -> SqlCall.of("ember_java_decimal_text",
        new SqlCast(args.get(0), "VARCHAR", false)));
    renderers.put("csv_timestamp_text", (call, args) -> SqlCall.of("concat", args.get(0), zoneOffset(args.get(1))));
  }

  private static String option(Call call, int index) {
    return (String) ((Literal) call.argument(index)).value();
  }

  private static SqlExpression fromCsv(Call call, List<SqlExpression> args) {
    StructType type = (StructType) call.dataType();
    String nullValue = option(call, 4);
    String mode = option(call, 5);
    if (!mode.equals("PERMISSIVE") && !mode.equals("FAILFAST")) {
      // Spark refuses the mode when the query runs
      return FunctionRenderers.raise(RaisedError.PARSE_MODE_UNSUPPORTED, DuckDbTypes.of(type), "from_csv", mode);
    }
    boolean failFast = mode.equals("FAILFAST");
    // dateFormat, timestampFormat, timestampNTZFormat and the parser policy, read as from_json reads them
    JsonDatetimeFormats formats = call.arguments().size() < 10 ? JsonDatetimeFormats.NONE
        : new JsonDatetimeFormats(option(call, 6), option(call, 7), option(call, 8), option(call, 9));
    SqlExpression tokens = JsonDocumentRenderers.stringList(new SqlCall("ember_csv_tokens", args.subList(0, 4), false));
    SqlExpression parsed = SqlLet.bind(tokens, list -> {
      List<SqlStruct.Field> fields = new ArrayList<>();
      List<SqlExpression> values = new ArrayList<>();
      List<SqlExpression> malformed = new ArrayList<>();
      malformed.add(SqlOperator.infix("<>", SqlCall.of("len", list), literal(type.fields().size())));
      for (int i = 0; i < type.fields().size(); i++) {
        StructField field = type.fields().get(i);
        SqlExpression text = SqlCall.of("nullif", SqlCall.of("list_extract", list, literal(i + 1)), text(nullValue));
        SqlExpression value = field.dataType() == AtomicType.STRING ? text
            : formats.pattern(field.dataType()) != null ? formats.convert(text, field.dataType())
            : new SqlCast(text, DuckDbTypes.of(field.dataType()), true);
        fields.add(new SqlStruct.Field(field.name(), value));
        values.add(value);
        if (field.dataType() != AtomicType.STRING) {
          malformed.add(SqlOperator.infix("AND", SqlOperator.postfix("IS NOT NULL", text),
              SqlOperator.postfix("IS NULL", value)));
        }
      }
      SqlExpression struct = new SqlCast(new SqlStruct(fields), DuckDbTypes.of(type), false);
      if (!failFast) {
        return struct;
      }
      SqlExpression anyMalformed = malformed.stream().reduce((a, b) -> SqlOperator.infix("OR", a, b)).orElseThrow();
      return new SqlCase(List.of(new SqlCase.When(anyMalformed, new SqlCast(SqlCall.of("error",
          badRecordMessage(values)), DuckDbTypes.of(type), false))), struct);
    });
    return new SqlCase(List.of(new SqlCase.When(SqlOperator.postfix("IS NULL", args.get(0)),
        new SqlCast(new SqlLiteral(null, AtomicType.NULL), DuckDbTypes.of(type), false))), parsed);
  }

  /** The partly parsed record as Spark prints the row: {@code [4,null,null]}. */
  private static SqlExpression badRecordMessage(List<SqlExpression> values) {
    List<SqlExpression> parts = new ArrayList<>(List.of(text(",")));
    for (SqlExpression value : values) {
      parts.add(SqlCall.of("coalesce", new SqlCast(value, "VARCHAR", false), text("null")));
    }
    return SqlCall.of("concat", text(RaisedError.MALFORMED_RECORD_IN_PARSING.marker() + RaisedError.PAYLOAD_BOUNDARY),
        RaisedPayloads.field(SqlCall.of("concat", text("["), SqlCall.of("concat_ws", parts.toArray(SqlExpression[]::new)),
            text("]"))), text(RaisedError.PAYLOAD_BOUNDARY));
  }

  private static SqlExpression toCsv(Call call, List<SqlExpression> args) {
    int count = args.size();
    String separator = option(call, count - 4);
    String quote = option(call, count - 3);
    String escape = option(call, count - 2);
    String nullValue = option(call, count - 1);
    List<SqlExpression> parts = new ArrayList<>(List.of(text(separator)));
    for (SqlExpression value : args.subList(1, count - 4)) {
      parts.add(SqlLet.bind(SqlCall.of("trim", value, text(" \t\r\n")), trimmed -> {
        SqlExpression needsQuotes = SqlOperator.infix("OR", SqlOperator.infix("OR",
            SqlCall.of("contains", trimmed, text(separator)), SqlCall.of("contains", trimmed, text(quote))),
            SqlOperator.infix("OR", SqlCall.of("contains", trimmed, text("\n")), SqlCall.of("contains", trimmed,
                text("\r"))));
        SqlExpression escaped = SqlCall.of("replace", SqlCall.of("replace", trimmed, text(escape),
            text(escape + escape)), text(quote), text(escape + quote));
        return new SqlCase(List.of(
            new SqlCase.When(SqlOperator.postfix("IS NULL", trimmed), text(nullValue)),
            new SqlCase.When(SqlOperator.infix("=", trimmed, text("")), text(quote + quote)),
            new SqlCase.When(needsQuotes, SqlCall.of("concat", text(quote), escaped, text(quote)))), trimmed);
      }));
    }
    return new SqlCase(List.of(new SqlCase.When(SqlOperator.postfix("IS NULL", args.get(0)),
        new SqlLiteral(null, AtomicType.STRING))), SqlCall.of("concat_ws", parts.toArray(SqlExpression[]::new)));
  }

  /** The session zone's offset at the instant as {@code XXX} writes it: {@code Z}, or {@code +hh:mm}. */
  private static SqlExpression zoneOffset(SqlExpression instant) {
    SqlExpression seconds = SqlOperator.infix("-", SqlCall.of("epoch", new SqlCast(instant, "TIMESTAMP", false)),
        SqlCall.of("epoch", instant));
    return SqlLet.bind(new SqlCast(seconds, "BIGINT", false), offset -> {
      SqlExpression magnitude = SqlCall.of("abs", offset);
      SqlExpression hours = SqlCall.of("lpad", new SqlCast(SqlOperator.infix("//", magnitude, literal(3600)), "VARCHAR",
          false), literal(2), text("0"));
      SqlExpression minutes = SqlCall.of("lpad", new SqlCast(SqlOperator.infix("//", SqlOperator.infix("%", magnitude,
          literal(3600)), literal(60)), "VARCHAR", false), literal(2), text("0"));
      return new SqlCase(List.of(new SqlCase.When(SqlOperator.infix("=", offset, literal(0)), text("Z"))),
          SqlCall.of("concat", new SqlCase(List.of(new SqlCase.When(SqlOperator.infix("<", offset, literal(0)),
              text("-"))), text("+")), hours, text(":"), minutes));
    });
  }

  private static SqlLiteral text(String value) {
    return new SqlLiteral(value, AtomicType.STRING);
  }

  private static SqlLiteral literal(int value) {
    return new SqlLiteral(value, AtomicType.INTEGER);
  }
}
