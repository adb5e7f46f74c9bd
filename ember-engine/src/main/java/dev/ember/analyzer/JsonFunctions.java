package dev.ember.analyzer;

import static dev.ember.analyzer.FunctionDefinition.prefix;

import dev.ember.plan.errors.SparkErrors;
import dev.ember.plan.expressions.Literal;
import dev.ember.plan.resolved.BoundExpression;
import dev.ember.plan.resolved.Call;
import dev.ember.plan.types.ArrayType;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.DataType;
import dev.ember.plan.types.MapType;
import dev.ember.plan.types.StructField;
import dev.ember.plan.types.StructType;
import java.util.List;
import java.util.Map;

/** to_json, from_json (PERMISSIVE: malformed input gives a row of NULLs) and get_json_object. */
final class JsonFunctions {
  private JsonFunctions() {
  }

  static List<FunctionDefinition> definitions() {
    return List.of(
        new FunctionDefinition("to_json", 1, 2, false, JsonFunctions::toJson,
            (arguments, distinct) -> "to_json(" + arguments.get(0) + ")"),
        new FunctionDefinition("from_json", 2, 3, false, JsonFunctions::fromJson,
            (arguments, distinct) -> "from_json(" + arguments.get(0) + ")"),
        new FunctionDefinition("get_json_object", 2, 2, false, JsonFunctions::getJsonObject,
            prefix("get_json_object")));
  }

  private static BoundExpression toJson(String pretty, List<BoundExpression> arguments, List<String> sql) {
    DataType type = arguments.get(0).dataType();
    if (!(type instanceof StructType) && !(type instanceof ArrayType) && !(type instanceof MapType)
        && !(type instanceof dev.ember.plan.types.VariantType)) {
      throw SparkErrors.dataTypeMismatch("INVALID_JSON_SCHEMA", "\"" + pretty + "\"",
          "Input schema " + SparkErrors.toSqlType(type) + " must be a struct, an array, a map or a variant.",
          Map.of("schema", SparkErrors.toSqlType(type)));
    }
    if (arguments.size() > 1 && type instanceof dev.ember.plan.types.VariantType) {
      defaultOptionsOnly("to_json", arguments, 1);
    }
    Map<String, String> patterns = datetimeOptions("to_json", arguments, 1, WRITE_OPTIONS);
    if (patterns.isEmpty()) {
      return new Call("to_json", List.of(arguments.get(0)), AtomicType.STRING, true);
    }
    // Spark's JacksonGenerator writes dates and timestamps with the patterns
    return new Call("to_json", List.of(arguments.get(0), Literal.of(patterns.get("dateformat")),
        Literal.of(patterns.get("timestampformat")), Literal.of(patterns.get("timestampntzformat")),
        Literal.of(patterns.get("timeformat"))), AtomicType.STRING, true);
  }

  private static BoundExpression fromJson(String pretty, List<BoundExpression> arguments, List<String> sql) {
    BoundExpression text = InputChecks.string(pretty, arguments, sql, 0);
    SchemaArguments.requireSchemaString(arguments, sql, 1);
    Map<String, String> options = datetimeOptions("from_json", arguments, 2, WRITE_OPTIONS);
    if (!(arguments.get(1) instanceof Literal schema) || !(schema.dataType() instanceof StructType
        || schema.dataType() instanceof ArrayType || schema.dataType() instanceof MapType)) {
      throw SparkErrors.unsupported("UNSUPPORTED_CALL.WITHOUT_SUGGESTION", "0A000",
          "Cannot call the method \"from_json\" of the class \"Ember\": the schema must be a struct, array or map type.",
          Map.of("methodName", "from_json", "className", "Ember"));
    }
    return new Call("from_json", List.of(text, Literal.of(options.get("dateformat")),
        Literal.of(options.get("timestampformat")), Literal.of(options.get("timestampntzformat")),
        Literal.of(CORRECTED), Literal.of(options.get("timeformat"))), nullable(schema.dataType()), true);
  }

  /** from_json of {@code text} with the default options, as a value of {@code type} (a struct, array or map). */
  static BoundExpression fromJsonText(BoundExpression text, DataType type) {
    return new Call("from_json", List.of(text, Literal.of((String) null), Literal.of((String) null),
        Literal.of((String) null), Literal.of(CORRECTED)), nullable(type), true);
  }

  private static final String CORRECTED = "CORRECTED";
  private static final java.util.Set<String> DATETIME_OPTIONS = java.util.Set.of("dateformat", "timestampformat",
      "timestampntzformat");
  /** The patterns to_json writes and from_json reads with: TIME values with timeFormat too. */
  private static final java.util.Set<String> WRITE_OPTIONS = java.util.Set.of("dateformat", "timestampformat",
      "timestampntzformat", "timeformat");

  /**
   * from_json's options (keys in any case, as Spark's): the datetime patterns, read by the SQL generator
   * ({@code JsonDatetimeFormats}), and {@code mode} PERMISSIVE; any other option is UNSUPPORTED_CALL rather than a
   * silently different answer.
   */
  private static Map<String, String> datetimeOptions(String function, List<BoundExpression> arguments, int index,
      java.util.Set<String> read) {
    Map<String, String> patterns = new java.util.HashMap<>();
    if (arguments.size() <= index) {
      return patterns;
    }
    for (Map.Entry<String, String> option : FunctionOptions.of(arguments.get(index)).entrySet()) {
      String key = option.getKey().toLowerCase(java.util.Locale.ROOT);
      if (read.contains(key)) {
        patterns.put(key, option.getValue());
      } else if (!(key.equals("mode") && "PERMISSIVE".equalsIgnoreCase(option.getValue()))) {
        throw unsupportedOption(function, option.getKey());
      }
    }
    return patterns;
  }

  /**
   * The call (from_json, from_csv) as the session's {@code spark.sql.legacy.timeParserPolicy} reads datetimes with a
   * pattern.
   */
  static BoundExpression withTimeParserPolicy(BoundExpression bound, String policy) {
    if (bound instanceof Call call && call.function().equals("from_json") && call.arguments().size() >= 5
        && !policy.equals(CORRECTED)) {
      List<BoundExpression> withPolicy = new java.util.ArrayList<>(call.arguments());
      withPolicy.set(4, Literal.of(policy));
      return new Call(call.function(), withPolicy, call.dataType(), call.nullable());
    }
    if (bound instanceof Call call && call.function().equals("from_csv") && call.arguments().size() == 10
        && !policy.equals(CORRECTED)) {
      List<BoundExpression> withPolicy = new java.util.ArrayList<>(call.arguments().subList(0, 9));
      withPolicy.add(Literal.of(policy));
      return new Call(call.function(), withPolicy, call.dataType(), call.nullable());
    }
    return bound;
  }

  /**
   * The options map ({@code map('mode', 'PERMISSIVE')}), checked as Spark checks it; Ember reads JSON with Spark's
   * default options only, so any other option is UNSUPPORTED_CALL rather than a silently different answer.
   */
  private static void defaultOptionsOnly(String function, List<BoundExpression> arguments, int index) {
    if (arguments.size() <= index) {
      return;
    }
    for (Map.Entry<String, String> option : FunctionOptions.of(arguments.get(index)).entrySet()) {
      if (!(option.getKey().equals("mode") && "PERMISSIVE".equalsIgnoreCase(option.getValue()))) {
        throw unsupportedOption(function, option.getKey());
      }
    }
  }

  /** An option Ember does not read: UNSUPPORTED_CALL rather than a silently different answer. */
  private static RuntimeException unsupportedOption(String function, String option) {
    return SparkErrors.unsupported("UNSUPPORTED_CALL.WITHOUT_SUGGESTION", "0A000", "Cannot call the method \""
        + function + "\" of the class \"Ember\": the option " + option + " is not supported.",
        Map.of("methodName", function, "className", "Ember"));
  }

  /** Spark parses JSON (and XML, {@link XmlFunctions}) into a schema whose fields are all nullable. */
  static DataType nullable(DataType type) {
    if (type instanceof StructType struct) {
      return new StructType(struct.fields().stream()
          .map(field -> new StructField(field.name(), nullable(field.dataType()), true)).toList());
    }
    if (type instanceof ArrayType array) {
      return new ArrayType(nullable(array.elementType()), true);
    }
    if (type instanceof MapType map) {
      return new MapType(map.keyType(), nullable(map.valueType()), true);
    }
    return type;
  }

  private static BoundExpression getJsonObject(String pretty, List<BoundExpression> arguments, List<String> sql) {
    BoundExpression text = InputChecks.string(pretty, arguments, sql, 0);
    BoundExpression path = InputChecks.string(pretty, arguments, sql, 1);
    if (!(path instanceof Literal)) {
      throw SparkErrors.unsupported("UNSUPPORTED_CALL.WITHOUT_SUGGESTION", "0A000",
          "Cannot call the method \"get_json_object\" of the class \"Ember\": the path must be a literal.",
          Map.of("methodName", "get_json_object", "className", "Ember"));
    }
    return new Call("get_json_object", List.of(text, path), AtomicType.STRING, true);
  }
}
