package dev.ember.analyzer;

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
import dev.ember.plan.types.DecimalType;
import dev.ember.plan.types.StructField;
import dev.ember.plan.types.StructType;
import dev.ember.plan.types.TimeType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * from_xml (the document's root element read into a struct, PERMISSIVE) and to_xml (a struct of scalars written as
 * a record element, {@code rowTag} and {@code indent} as Spark's options; binary fields in the session's binary
 * output style). Other options, and to_xml of nested fields, are UNSUPPORTED_CALL for now. schema_of_xml infers a
 * constant document's schema.
 */
final class XmlFunctions {
  private static final Set<String> FROM_OPTIONS = Set.of("mode", "rowtag", "dateformat", "timestampformat",
      "timestampntzformat", "timeformat");
  /** Spark's XmlOptions.timestampFormatInWrite default. */
  private static final String DEFAULT_TIMESTAMP_FORMAT = "yyyy-MM-dd'T'HH:mm:ss.SSSXXX";
  private static final Set<String> TO_OPTIONS = Set.of("rowtag", "indent", "dateformat", "timestampformat",
      "timeformat");

  private XmlFunctions() {
  }

  static List<FunctionDefinition> definitions() {
    return List.of(
        new FunctionDefinition("from_xml", 2, 3, false, XmlFunctions::fromXml,
            (names, distinct) -> "from_xml(" + names.get(0) + ")"),
        new FunctionDefinition("to_xml", 1, 2, false, XmlFunctions::toXml,
            (names, distinct) -> "to_xml(" + names.get(0) + ")"),
        new FunctionDefinition("schema_of_xml", 1, 2, false, XmlFunctions::schemaOfXml,
            (names, distinct) -> "schema_of_xml(" + names.get(0) + ")"));
  }

  /** Inferred when the plan is analyzed, as Spark folds it; a document that is not well-formed is a STRING field. */
  private static BoundExpression schemaOfXml(String pretty, List<BoundExpression> arguments, List<String> sql) {
    String xml = JsonDocumentFunctions.constantDocument(pretty, arguments, sql, "xml");
    options("schema_of_xml", arguments, 1, FROM_OPTIONS);
    return Literal.of(dev.ember.engine.functions.XmlSchemaInference.infer(xml)
        .orElseThrow(() -> unsupported("schema_of_xml", "a document that is not well-formed")).sql());
  }

  private static BoundExpression fromXml(String pretty, List<BoundExpression> arguments, List<String> sql) {
    DataType input = arguments.get(0).dataType();
    if (input != AtomicType.STRING && input != AtomicType.NULL) {
      throw InputChecks.unexpectedType(pretty, 0, sql.get(0), input, "\"STRING\"");
    }
    SchemaArguments.requireSchemaString(arguments, sql, 1);
    if (!(arguments.get(1) instanceof Literal schema) || !(schema.dataType() instanceof StructType struct)) {
      String type = SparkErrors.toSqlType(arguments.get(1).dataType());
      throw new EmberException(ErrorKind.ANALYSIS, "INVALID_SCHEMA.NON_STRUCT_TYPE", "42K07",
          "The input schema " + type + " is not a valid schema string. The input expression must be a struct type, "
              + "but got " + type + ".", Map.of("inputSchema", type, "dataType", type));
    }
    Map<String, String> options = options("from_xml", arguments, 2, FROM_OPTIONS);
    if (!options.getOrDefault("mode", "PERMISSIVE").equalsIgnoreCase("PERMISSIVE")) {
      throw unsupported("from_xml", "the mode " + options.get("mode"));
    }
    // the datetime patterns as from_json carries them (JsonDatetimeFormats reads them)
    return new Call("from_xml", List.of(TypeCoercion.castTo(arguments.get(0), AtomicType.STRING),
        Literal.of(options.get("dateformat")), Literal.of(options.get("timestampformat")),
        Literal.of(options.get("timestampntzformat")), Literal.of("CORRECTED"), Literal.of(options.get("timeformat"))),
        (StructType) JsonFunctions.nullable(struct), true);
  }

  /** The record element's name and indent, then each field's name and text (NULL fields are left out). */
  private static BoundExpression toXml(String pretty, List<BoundExpression> arguments, List<String> sql) {
    BoundExpression row = arguments.get(0);
    if (!(row.dataType() instanceof StructType struct)) {
      throw InputChecks.unexpectedType(pretty, 0, sql.get(0), row.dataType(), "\"STRUCT\"");
    }
    Map<String, String> options = options("to_xml", arguments, 1, TO_OPTIONS);
    List<BoundExpression> parts = new ArrayList<>(List.of(row, Literal.of(options.getOrDefault("rowtag", "ROW")),
        Literal.of(options.getOrDefault("indent", "    "))));
    for (StructField field : struct.fields()) {
      BoundExpression value = new FieldAccess(row, field.name(), field.dataType(), true);
      String pattern = field.dataType() == AtomicType.TIMESTAMP
          ? options.getOrDefault("timestampformat", DEFAULT_TIMESTAMP_FORMAT)
          : field.dataType() == AtomicType.DATE ? options.get("dateformat") : null;
      if (pattern == null && !written(field.dataType()) && field.dataType() != AtomicType.BINARY) {
        throw unsupported("to_xml", "fields of type " + field.dataType().sql());
      }
      parts.add(Literal.of(field.name()));
      if (field.dataType() == AtomicType.BINARY) {
        parts.add(BinaryOutputStyles.text(value));
        continue;
      }
      if (field.dataType() instanceof TimeType && options.containsKey("timeformat")) {
        parts.add(new Call("format_time", List.of(value, Literal.of(options.get("timeformat"))), AtomicType.STRING,
            true));
        continue;
      }
      // Spark's StaxXmlGenerator writes dates and timestamps with its patterns (the session's zone)
      parts.add(pattern != null ? new Call("date_format", List.of(TypeCoercion.castTo(value, AtomicType.TIMESTAMP),
          Literal.of(pattern)), AtomicType.STRING, true)
          : field.dataType() == AtomicType.STRING ? value : new BoundCast(value, AtomicType.STRING, false));
    }
    return new Call("to_xml", parts, AtomicType.STRING, true);
  }

  /** The types whose XML text is their text as a string. */
  private static boolean written(DataType type) {
    return type instanceof DecimalType || type instanceof TimeType || type == AtomicType.STRING
        || type == AtomicType.BOOLEAN || type == AtomicType.DATE
        || type instanceof AtomicType atomic && atomic.integral();
  }

  private static Map<String, String> options(String function, List<BoundExpression> arguments, int index,
      Set<String> supported) {
    Map<String, String> options = arguments.size() > index ? FunctionOptions.of(arguments.get(index)) : Map.of();
    for (String option : options.keySet()) {
      if (!supported.contains(option)) {
        throw unsupported(function, "the option " + option);
      }
    }
    return options;
  }

  private static RuntimeException unsupported(String function, String what) {
    return SparkErrors.unsupported("UNSUPPORTED_CALL.WITHOUT_SUGGESTION", "0A000",
        "Cannot call the method \"" + function + "\" of the class \"Ember\": " + what + " is not supported.",
        Map.of("methodName", function, "className", "Ember"));
  }
}
