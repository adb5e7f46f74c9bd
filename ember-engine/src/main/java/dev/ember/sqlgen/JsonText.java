package dev.ember.sqlgen;

import dev.ember.plan.types.ArrayType;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.DataType;
import dev.ember.plan.types.DecimalType;
import dev.ember.plan.types.MapType;
import dev.ember.plan.types.StructField;
import dev.ember.plan.types.StructType;
import dev.ember.sqlgen.tree.SqlCall;
import dev.ember.sqlgen.tree.SqlCase;
import dev.ember.sqlgen.tree.SqlCast;
import dev.ember.sqlgen.tree.SqlColumn;
import dev.ember.sqlgen.tree.SqlExpression;
import dev.ember.sqlgen.tree.SqlLambda;
import dev.ember.sqlgen.tree.SqlLiteral;
import dev.ember.sqlgen.tree.SqlOperator;
import java.util.ArrayList;
import java.util.List;

/**
 * Spark's {@code to_json} text (Jackson): NULL struct fields left out, NULL array elements and map
 * values written as null, doubles as Java prints them with NaN and infinities quoted.
 */
final class JsonText {
  private JsonText() {
  }

  /**
   * to_json's datetime patterns ({@code dateFormat}, {@code timestampFormat}, {@code timestampNTZFormat}); null for
   * Spark's defaults ({@code yyyy-MM-dd}, {@code yyyy-MM-dd'T'HH:mm:ss.SSSXXX} in the session's zone).
   */
  record Formats(String date, String timestamp, String timestampNtz, String time) {
    static final Formats DEFAULT = new Formats(null, null, null, null);
    private static final String DEFAULT_TIMESTAMP = "yyyy-MM-dd'T'HH:mm:ss.SSSXXX";
  }

  /** The JSON text of {@code value}, NULL when it is NULL. */
  static SqlExpression of(SqlExpression value, DataType type) {
    return of(value, type, Formats.DEFAULT);
  }

  /** The JSON text of {@code value} with the datetime patterns, NULL when it is NULL. */
  static SqlExpression of(SqlExpression value, DataType type, Formats formats) {
    return SqlLet.bind(value, v -> new SqlCase(List.of(new SqlCase.When(SqlOperator.postfix("IS NULL", v),
        new SqlLiteral(null, AtomicType.STRING))), nonNull(v, type, formats)));
  }

  private static SqlExpression nonNull(SqlExpression v, DataType type, Formats formats) {
    if (type instanceof StructType struct) {
      List<SqlExpression> parts = new ArrayList<>();
      parts.add(text(","));
      for (StructField field : struct.fields()) {
        SqlExpression fieldValue = SqlCall.of("struct_extract", v, text(field.name()));
        parts.add(SqlOperator.infix("||", text(quote(field.name()) + ":"), of(fieldValue, field.dataType(), formats)));
      }
      return concat(text("{"), new SqlCall("concat_ws", parts, false), text("}"));
    }
    if (type instanceof ArrayType array) {
      String element = SqlLet.freshName();
      SqlExpression items = SqlCall.of("list_transform", v, new SqlLambda(element,
          SqlCall.of("coalesce", of(new SqlColumn(element), array.elementType(), formats), text("null"))));
      return concat(text("["), SqlCall.of("array_to_string", items, text(",")), text("]"));
    }
    if (type instanceof MapType map) {
      String entry = SqlLet.freshName();
      SqlExpression key = SqlCall.of("struct_extract", new SqlColumn(entry), text("key"));
      SqlExpression entryValue = SqlCall.of("struct_extract", new SqlColumn(entry), text("value"));
      SqlExpression items = SqlCall.of("list_transform", SqlCall.of("map_entries", v), new SqlLambda(entry,
          concat(quoted(keyText(key, map.keyType())), text(":"),
              SqlCall.of("coalesce", of(entryValue, map.valueType(), formats), text("null")))));
      return concat(text("{"), SqlCall.of("array_to_string", items, text(",")), text("}"));
    }
    if (type instanceof DecimalType) {
      // Jackson writes Java's BigDecimal.toString (0E-10)
      return SqlCall.of("ember_java_decimal_text", new SqlCast(v, "VARCHAR", false));
    }
    if (type.isAnsiInterval() || type == AtomicType.CALENDAR_INTERVAL) {
      return quoted(IntervalText.of(v, type));
    }
    if (type instanceof dev.ember.plan.types.TimeType && formats.time() != null) {
      return quoted(DatetimeFormatRenderers.formatTime(v, formats.time()));
    }
    if (type instanceof dev.ember.plan.types.TimeType) {
      // Spark's default time format: HH:mm:ss and the fraction without trailing zeros, as DuckDB writes a TIME
      return quoted(new SqlCast(v, "VARCHAR", false));
    }
    AtomicType atomic = (AtomicType) type;
    return switch (atomic) {
      case BOOLEAN -> new SqlCase(List.of(new SqlCase.When(v, text("true"))), text("false"));
      case BYTE, SHORT, INTEGER, LONG -> new SqlCast(v, "VARCHAR", false);
      case FLOAT, DOUBLE -> new SqlCase(List.of(
          new SqlCase.When(SqlCall.of("isnan", v), text("\"NaN\"")),
          new SqlCase.When(SqlOperator.infix("=", v, new SqlLiteral(Double.POSITIVE_INFINITY, AtomicType.DOUBLE)),
              text("\"Infinity\"")),
          new SqlCase.When(SqlOperator.infix("=", v, new SqlLiteral(Double.NEGATIVE_INFINITY, AtomicType.DOUBLE)),
              text("\"-Infinity\""))),
          JavaNumberText.of(v));
      case DATE -> quoted(formats.date() == null ? SqlCall.of("strftime", v, text("%Y-%m-%d"))
          : DatetimeFormatRenderers.format(v, formats.date()));
      case BINARY -> quoted(SqlCall.of("to_base64", v));
      case NULL -> text("null");
      case STRING -> quoted(v);
      case CALENDAR_INTERVAL -> throw new IllegalStateException("handled above");
      case TIMESTAMP -> quoted(DatetimeFormatRenderers.format(v, formats.timestamp() == null
          ? Formats.DEFAULT_TIMESTAMP : formats.timestamp()));
      case TIMESTAMP_NTZ -> {
        if (formats.timestampNtz() == null) {
          // Spark's default writes the fraction only when there is one: not expressed yet
          throw dev.ember.plan.errors.SparkErrors.unsupported("UNSUPPORTED_CALL.WITHOUT_SUGGESTION", "0A000",
              "Cannot call the method \"to_json\" of the class \"Ember\": TIMESTAMP_NTZ in JSON without a "
                  + "timestampNTZFormat is not supported yet.",
              java.util.Map.of("methodName", "to_json", "className", "Ember"));
        }
        yield quoted(DatetimeFormatRenderers.formatLocal(v, formats.timestampNtz()));
      }
    };
  }

  /** A JSON string literal of the text (DuckDB's JSON escaping matches Jackson's for control characters). */
  private static SqlExpression quoted(SqlExpression text) {
    return new SqlCast(SqlCall.of("to_json", text), "VARCHAR", false);
  }

  private static SqlExpression concat(SqlExpression... parts) {
    return new SqlCall("concat", List.of(parts), false);
  }

  private static SqlLiteral text(String value) {
    return new SqlLiteral(value, AtomicType.STRING);
  }

  /** A JSON string literal, for names known when the SQL is generated. */
  static String quote(String name) {
    StringBuilder text = new StringBuilder("\"");
    for (char c : name.toCharArray()) {
      switch (c) {
        case '"' -> text.append("\\\"");
        case '\\' -> text.append("\\\\");
        case '\n' -> text.append("\\n");
        case '\r' -> text.append("\\r");
        case '\t' -> text.append("\\t");
        default -> {
          if (c < 0x20) {
            text.append(String.format("\\u%04x", (int) c));
          } else {
            text.append(c);
          }
        }
      }
    }
    return text.append('"').toString();
  }

  /**
   * A map key as Jackson's field name: the key's {@code toString}, which for a struct is its fields in brackets
   * ({@code [1,2]}, a NULL field {@code null}), as Spark's row writes itself.
   */
  private static SqlExpression keyText(SqlExpression key, DataType type) {
    if (!(type instanceof StructType struct)) {
      return new SqlCast(key, "VARCHAR", false);
    }
    List<SqlExpression> fields = new java.util.ArrayList<>();
    for (StructField field : struct.fields()) {
      fields.add(SqlCall.of("coalesce", keyText(SqlCall.of("struct_extract", key, text(field.name())),
          field.dataType()), text("null")));
    }
    return concat(text("["), new SqlCall("concat_ws", java.util.stream.Stream.concat(
        java.util.stream.Stream.of((SqlExpression) text(",")), fields.stream()).toList(), false), text("]"));
  }
}
