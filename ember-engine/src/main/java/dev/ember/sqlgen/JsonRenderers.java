package dev.ember.sqlgen;

import dev.ember.plan.errors.SparkErrors;
import dev.ember.plan.expressions.Literal;
import dev.ember.plan.types.ArrayType;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.DataType;
import dev.ember.plan.types.MapType;
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
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** to_json (JsonText), from_json on DuckDB's json_transform, get_json_object on json_extract_string. */
final class JsonRenderers {
  private static final Pattern PATH_STEP = Pattern.compile("\\.([^.\\[\\]*'\"]+)|\\['([^'\"]+)'\\]|\\[([0-9]+)\\]");

  private JsonRenderers() {
  }

  static void register(Map<String, Renderer> renderers) {
    renderers.put("to_json", (call, args) -> call.argument(0).dataType() instanceof dev.ember.plan.types.VariantType
        ? VariantRenderers.toJson(args.get(0)) : JsonText.of(args.get(0), call.argument(0).dataType(),
        call.arguments().size() < 4 ? JsonText.Formats.DEFAULT : new JsonText.Formats(pattern(call, 1),
            pattern(call, 2), pattern(call, 3), pattern(call, 4))));
    renderers.put("from_json", (call, args) -> call.dataType() instanceof StructType struct
        ? fromJson(struct, args.get(0), JsonDatetimeFormats.of(call))
        : fromJsonCollection(call.dataType(), args.get(0), JsonDatetimeFormats.of(call)));
    renderers.put("get_json_object", (call, args) -> {
      String path = duckDbPath((String) ((Literal) call.argument(1)).value());
      if (path == null) {
        return new SqlLiteral(null, AtomicType.STRING);
      }
      return new SqlCase(List.of(new SqlCase.When(SqlCall.of("json_valid", args.get(0)),
          SqlCall.of("json_extract_string", args.get(0), new SqlLiteral(path, AtomicType.STRING)))), null);
    });
  }

  private static String pattern(dev.ember.plan.resolved.Call call, int index) {
    return call.argument(index) instanceof Literal literal ? (String) literal.value() : null;
  }

  /** A JSON object parsed into the schema; anything else that is not NULL gives a struct of NULLs (PERMISSIVE). */
  static SqlExpression fromJson(StructType type, SqlExpression text) {
    return fromJson(type, text, JsonDatetimeFormats.NONE);
  }

  static SqlExpression fromJson(StructType type, SqlExpression text, JsonDatetimeFormats formats) {
    String duckDbType = DuckDbTypes.of(type);
    SqlExpression allNull = new SqlCast(new SqlStruct(type.fields().stream()
        .map(field -> new SqlStruct.Field(field.name(), new SqlLiteral(null, field.dataType()))).toList()),
        duckDbType, false);
    SqlExpression isObject = SqlOperator.infix("AND", SqlCall.of("json_valid", text),
        SqlOperator.infix("=", SqlCall.of("json_type", text), new SqlLiteral("OBJECT", AtomicType.STRING)));
    return new SqlCase(List.of(
        new SqlCase.When(SqlOperator.postfix("IS NULL", text), new SqlCast(new SqlLiteral(null, AtomicType.NULL),
            duckDbType, false)),
        new SqlCase.When(isObject, new SqlCast(formats.convert(SqlCall.of("json_transform", text,
            new SqlLiteral(structure(type, formats), AtomicType.STRING)), type), duckDbType, true))),
        allNull);
  }

  /** An array (from a JSON array) or a map (from a JSON object); NULL for anything else. */
  private static SqlExpression fromJsonCollection(DataType type, SqlExpression text, JsonDatetimeFormats formats) {
    String expected = type instanceof ArrayType ? "ARRAY" : "OBJECT";
    SqlExpression matches = SqlOperator.infix("AND", SqlCall.of("json_valid", text),
        SqlOperator.infix("=", SqlCall.of("json_type", text), new SqlLiteral(expected, AtomicType.STRING)));
    List<SqlCase.When> whens = new java.util.ArrayList<>();
    if (type instanceof ArrayType array) {
      List<String> tokens = elementTokens(array.elementType());
      if (!tokens.isEmpty()) {
        // Spark's parser fails the whole array on an element its type cannot read (PERMISSIVE: NULL)
        String element = SqlLet.freshName();
        SqlExpression misfits = SqlCall.of("list_filter", SqlCall.of("json_extract", text,
            new SqlLiteral("$[*]", AtomicType.STRING)), new dev.ember.sqlgen.tree.SqlLambda(element,
            SqlOperator.prefix("NOT", SqlCall.of("list_contains", new SqlCall("list_value", tokens.stream()
                .<SqlExpression>map(token -> new SqlLiteral(token, AtomicType.STRING)).toList(), false),
                SqlCall.of("json_type", new dev.ember.sqlgen.tree.SqlColumn(element))))));
        matches = SqlOperator.infix("AND", matches, SqlOperator.infix("=", SqlCall.of("len", misfits),
            new SqlLiteral(0, AtomicType.INTEGER)));
      }
      if (array.elementType() instanceof StructType) {
        // a JSON object where an array of structs is expected is that array of one element (Spark's SPARK-19595)
        SqlExpression isObject = SqlOperator.infix("AND", SqlCall.of("json_valid", text),
            SqlOperator.infix("=", SqlCall.of("json_type", text), new SqlLiteral("OBJECT", AtomicType.STRING)));
        SqlExpression wrapped = new SqlCall("concat", List.of(new SqlLiteral("[", AtomicType.STRING), text,
            new SqlLiteral("]", AtomicType.STRING)), false);
        whens.add(new SqlCase.When(isObject, new SqlCast(formats.convert(SqlCall.of("json_transform", wrapped,
            new SqlLiteral(structure(type, formats), AtomicType.STRING)), type), DuckDbTypes.of(type), true)));
      }
    }
    whens.add(0, new SqlCase.When(matches, new SqlCast(formats.convert(SqlCall.of("json_transform",
        text, new SqlLiteral(structure(type, formats), AtomicType.STRING)), type), DuckDbTypes.of(type), true)));
    return new SqlCase(whens, null);
  }

  /** The JSON values Spark's parser reads as an element of the type (empty: not checked). */
  private static List<String> elementTokens(DataType element) {
    if (element instanceof StructType || element instanceof MapType) {
      return List.of("OBJECT", "NULL");
    }
    if (element instanceof ArrayType) {
      return List.of("ARRAY", "NULL");
    }
    if (element instanceof AtomicType atomic && atomic.integral()) {
      return List.of("BIGINT", "UBIGINT", "NULL");
    }
    if (element == AtomicType.BOOLEAN) {
      return List.of("BOOLEAN", "NULL");
    }
    return List.of();
  }

  /**
   * json_transform's structure argument: the schema as a JSON document of DuckDB type names. A timestamp is read as
   * text and cast afterwards (a TRY_CAST), so that a time without an offset is in the session time zone, as Spark
   * reads it; json_transform itself would read it as UTC.
   */
  static String structure(DataType type) {
    return structure(type, JsonDatetimeFormats.NONE);
  }

  /** The structure, reading as text the values a from_json datetime pattern applies to. */
  static String structure(DataType type, JsonDatetimeFormats formats) {
    if (type == AtomicType.TIMESTAMP || formats.readsAsText(type)) {
      return JsonText.quote("VARCHAR");
    }
    if (type instanceof MapType map && formats.applies(map.valueType())) {
      return JsonText.quote(textType(map, formats));
    }
    if (type instanceof StructType struct) {
      StringBuilder text = new StringBuilder("{");
      for (StructField field : struct.fields()) {
        text.append(text.length() > 1 ? "," : "").append(JsonText.quote(field.name())).append(':')
            .append(structure(field.dataType(), formats));
      }
      return text.append('}').toString();
    }
    if (type instanceof ArrayType array) {
      return "[" + structure(array.elementType(), formats) + "]";
    }
    return JsonText.quote(DuckDbTypes.of(type));
  }

  /** A map's DuckDB type with VARCHAR for the values read as text (json_transform takes a map as a type name). */
  private static String textType(DataType type, JsonDatetimeFormats formats) {
    if (type == AtomicType.TIMESTAMP || formats.readsAsText(type)) {
      return "VARCHAR";
    }
    if (type instanceof MapType map) {
      return "MAP(" + DuckDbTypes.of(map.keyType()) + ", " + textType(map.valueType(), formats) + ")";
    }
    if (type instanceof ArrayType array) {
      return textType(array.elementType(), formats) + "[]";
    }
    return DuckDbTypes.of(type);
  }

  /** Spark's JSON path ({@code $.a.b[0]}, {@code $['a']}) as DuckDB's, or null if Spark would find it invalid. */
  static String duckDbPath(String path) {
    if (path == null || !path.startsWith("$")) {
      return null;
    }
    if (path.contains("*")) {
      throw SparkErrors.unsupported("UNSUPPORTED_CALL.WITHOUT_SUGGESTION", "0A000",
          "Cannot call the method \"get_json_object\" of the class \"Ember\": wildcards in JSON paths are not supported.",
          Map.of("methodName", "get_json_object", "className", "Ember"));
    }
    StringBuilder duckDb = new StringBuilder("$");
    Matcher matcher = PATH_STEP.matcher(path);
    int position = 1;
    while (position < path.length()) {
      if (!matcher.find(position) || matcher.start() != position) {
        return null;
      }
      if (matcher.group(3) != null) {
        duckDb.append('[').append(matcher.group(3)).append(']');
      } else {
        String name = matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
        duckDb.append(".\"").append(name).append('"');
      }
      position = matcher.end();
    }
    return duckDb.toString();
  }
}
