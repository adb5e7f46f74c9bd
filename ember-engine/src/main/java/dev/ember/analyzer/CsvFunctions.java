package dev.ember.analyzer;

import static dev.ember.analyzer.FunctionDefinition.prefix;

import dev.ember.engine.functions.CsvLineTokens;
import dev.ember.plan.errors.EmberException;
import dev.ember.plan.errors.ErrorKind;
import dev.ember.plan.errors.SparkErrors;
import dev.ember.plan.expressions.Literal;
import dev.ember.plan.resolved.BoundCast;
import dev.ember.plan.resolved.BoundExpression;
import dev.ember.plan.resolved.Call;
import dev.ember.plan.resolved.FieldAccess;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.DataType;
import dev.ember.plan.types.StructField;
import dev.ember.plan.types.StructType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * from_csv (a record parsed into a struct, PERMISSIVE or FAILFAST), to_csv (a struct written as a record) and
 * schema_of_csv (Spark's CSV inference on a constant record, fields _c0, _c1, ...). The options travel as
 * trailing constants of the call.
 */
final class CsvFunctions {
  private CsvFunctions() {
  }

  static List<FunctionDefinition> definitions() {
    return List.of(
        new FunctionDefinition("from_csv", 2, 3, false, CsvFunctions::fromCsv,
            (names, distinct) -> "from_csv(" + names.get(0) + ")"),
        new FunctionDefinition("to_csv", 1, 2, false, CsvFunctions::toCsv,
            (names, distinct) -> "to_csv(" + names.get(0) + ")"),
        new FunctionDefinition("schema_of_csv", 1, 2, false, CsvFunctions::schemaOfCsv,
            (names, distinct) -> "schema_of_csv(" + names.get(0) + ")"));
  }

  private static Map<String, String> options(List<BoundExpression> arguments, int index) {
    return arguments.size() > index ? FunctionOptions.of(arguments.get(index)) : Map.of();
  }

  /** A datetime pattern option (any case), read by the SQL generator as from_json's; NULL when absent. */
  private static Literal datetimeOption(Map<String, String> options, String key) {
    return Literal.of(options.entrySet().stream().filter(option -> option.getKey().equalsIgnoreCase(key))
        .map(Map.Entry::getValue).findFirst().orElse(null));
  }

  private static String separator(Map<String, String> options) {
    String separator = options.getOrDefault("sep", options.getOrDefault("delimiter", ","));
    return separator.equals("\\t") ? "\t" : separator;
  }

  private static BoundExpression fromCsv(String pretty, List<BoundExpression> arguments, List<String> sql) {
    DataType input = arguments.get(0).dataType();
    if (input != AtomicType.STRING && input != AtomicType.NULL) {
      throw InputChecks.unexpectedType(pretty, 0, sql.get(0), input, "\"STRING\"");
    }
    BoundExpression text = TypeCoercion.castTo(arguments.get(0), AtomicType.STRING);
    SchemaArguments.requireSchemaString(arguments, sql, 1);
    if (!(arguments.get(1) instanceof Literal schema) || !(schema.dataType() instanceof StructType struct)) {
      String type = SparkErrors.toSqlType(arguments.get(1).dataType());
      throw new EmberException(ErrorKind.ANALYSIS, "INVALID_SCHEMA.NON_STRUCT_TYPE", "42K07",
          "The input schema " + type + " is not a valid schema string. The input expression must be a struct type, "
              + "but got " + type + ".", Map.of("inputSchema", type, "dataType", type));
    }
    Map<String, String> options = options(arguments, 2);
    String mode = options.getOrDefault("mode", "PERMISSIVE").toUpperCase(Locale.ROOT);
    StructType nullable = new StructType(struct.fields().stream()
        .map(field -> new StructField(field.name(), field.dataType(), true)).toList());
    return new Call("from_csv", List.of(text, Literal.of(separator(options)),
        Literal.of(options.getOrDefault("quote", "\"")), Literal.of(options.getOrDefault("escape", "\\")),
        Literal.of(options.getOrDefault("nullvalue", "")), Literal.of(mode), datetimeOption(options, "dateformat"),
        datetimeOption(options, "timestampformat"), datetimeOption(options, "timestampntzformat"),
        Literal.of("CORRECTED")), nullable, text.nullable());
  }

  /** Each field as Spark's CSV writer spells it (timestamps with its default pattern), then the options. */
  private static BoundExpression toCsv(String pretty, List<BoundExpression> arguments, List<String> sql) {
    BoundExpression row = arguments.get(0);
    if (!(row.dataType() instanceof StructType struct)) {
      String type = SparkErrors.toSqlType(row.dataType());
      throw SparkErrors.dataTypeMismatch("UNSUPPORTED_INPUT_TYPE", "\"" + pretty + "\"",
          "The input of `to_csv` can't be " + type + " type data.", Map.of("functionName", "`to_csv`",
              "dataType", type));
    }
    Map<String, String> options = options(arguments, 1);
    List<BoundExpression> parts = new ArrayList<>(List.of(row));
    for (StructField field : struct.fields()) {
      BoundExpression value = new FieldAccess(row, field.name(), field.dataType(), true);
      parts.add(field.dataType() == AtomicType.TIMESTAMP ? timestampText(value, options)
          : field.dataType() instanceof dev.ember.plan.types.DecimalType
              ? new Call("java_decimal_text", List.of(value), AtomicType.STRING, true)
          : field.dataType() == AtomicType.BINARY ? BinaryOutputStyles.text(value)
          : field.dataType() == AtomicType.STRING ? value : new BoundCast(value, AtomicType.STRING, false));
    }
    parts.add(Literal.of(separator(options)));
    parts.add(Literal.of(options.getOrDefault("quote", "\"")));
    parts.add(Literal.of(options.getOrDefault("escape", "\\")));
    parts.add(Literal.of(options.getOrDefault("nullvalue", "")));
    return new Call("to_csv", parts, AtomicType.STRING, true);
  }

  /** Spark's default {@code yyyy-MM-dd'T'HH:mm:ss.SSSXXX}: the wall clock, then the zone's offset ({@code Z} for 0). */
  private static BoundExpression timestampText(BoundExpression value, Map<String, String> options) {
    if (options.containsKey("timestampformat")) {
      return new Call("date_format", List.of(value, Literal.of(options.get("timestampformat"))), AtomicType.STRING,
          true);
    }
    return new Call("csv_timestamp_text", List.of(new Call("date_format", List.of(value,
        Literal.of("yyyy-MM-dd'T'HH:mm:ss.SSS")), AtomicType.STRING, true), value), AtomicType.STRING, true);
  }

  private static BoundExpression schemaOfCsv(String pretty, List<BoundExpression> arguments, List<String> sql) {
    BoundExpression csv = arguments.get(0);
    if (csv instanceof BoundCast cast && cast.child() instanceof Literal constant && constant.value() == null
        || csv instanceof Literal nullConstant && nullConstant.value() == null) {
      throw SparkErrors.dataTypeMismatch("UNEXPECTED_NULL", "\"" + pretty + "\"", "The csv must not be null.",
          Map.of("exprName", "csv"));
    }
    if (!(csv instanceof Literal literal) || !(literal.value() instanceof String text)) {
      if (csv.dataType() != AtomicType.STRING) {
        throw InputChecks.unexpectedType(pretty, 0, sql.get(0), csv.dataType(), "\"STRING\"");
      }
      throw SparkErrors.dataTypeMismatch("NON_FOLDABLE_INPUT", "\"" + pretty + "\"",
          "the input csv should be a foldable \"STRING\" expression; however, got \"" + sql.get(0) + "\".",
          Map.of("inputName", "`csv`", "inputType", "\"STRING\"", "inputExpr", "\"" + sql.get(0) + "\""));
    }
    Map<String, String> options = options(arguments, 1);
    List<String> tokens = CsvLineTokens.tokens(text, separator(options), options.getOrDefault("quote", "\""),
        options.getOrDefault("escape", "\\"));
    String nullValue = options.getOrDefault("nullvalue", "");
    Object[] row = tokens.stream().map(token -> token == null || token.equals(nullValue) ? null : token).toArray();
    List<DataType> types = CsvSchemaInference.infer(row.length, List.<Object[]>of(row), options);
    List<StructField> fields = new ArrayList<>();
    for (int i = 0; i < types.size(); i++) {
      fields.add(new StructField("_c" + i, types.get(i), true));
    }
    return Literal.of(new StructType(fields).sql());
  }
}
