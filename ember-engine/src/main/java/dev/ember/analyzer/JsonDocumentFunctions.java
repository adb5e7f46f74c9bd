package dev.ember.analyzer;

import static dev.ember.analyzer.FunctionDefinition.prefix;

import dev.ember.plan.errors.SparkErrors;
import dev.ember.plan.expressions.Literal;
import dev.ember.plan.resolved.BoundExpression;
import dev.ember.plan.resolved.Call;
import dev.ember.plan.resolved.Generator;
import dev.ember.plan.types.ArrayType;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.StructField;
import dev.ember.plan.types.StructType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * json_tuple (a generator of one row with columns c0, c1, ...), json_array_length, json_object_keys
 * (Jackson in Java, as Spark reads the text) and schema_of_json (inferred when the plan is analyzed, as
 * Spark folds it: its argument must be a constant).
 */
final class JsonDocumentFunctions {
  private JsonDocumentFunctions() {
  }

  static List<FunctionDefinition> definitions() {
    return List.of(
        new FunctionDefinition("json_tuple", 2, FunctionDefinition.VARIADIC, false, JsonDocumentFunctions::jsonTuple,
            prefix("json_tuple")),
        new FunctionDefinition("json_array_length", 1, 1, false, (pretty, arguments, sql) ->
            new Call("json_array_length", List.of(strictString(pretty, arguments, sql)),
                AtomicType.INTEGER, true), prefix("json_array_length")),
        new FunctionDefinition("json_object_keys", 1, 1, false, (pretty, arguments, sql) ->
            new Call("json_object_keys", List.of(strictString(pretty, arguments, sql)),
                new ArrayType(AtomicType.STRING, true), true), prefix("json_object_keys")),
        new FunctionDefinition("schema_of_json", 1, 2, false, JsonDocumentFunctions::schemaOfJson,
            (names, distinct) -> "schema_of_json(" + names.get(0) + ")"));
  }

  /** Spark takes only a string here, without implicit casts but for a NULL, which is a NULL string. */
  private static BoundExpression strictString(String pretty, List<BoundExpression> arguments, List<String> sql) {
    if (arguments.get(0).dataType() == AtomicType.NULL) {
      return TypeCoercion.castTo(arguments.get(0), AtomicType.STRING);
    }
    if (arguments.get(0).dataType() != AtomicType.STRING) {
      throw InputChecks.unexpectedType(pretty, 0, sql.get(0), arguments.get(0).dataType(), "\"STRING\"");
    }
    return arguments.get(0);
  }

  /** One row per input row: inline of a one-element array of the struct of the fields' values. */
  private static BoundExpression jsonTuple(String pretty, List<BoundExpression> arguments, List<String> sql) {
    for (BoundExpression argument : arguments) {
      if (argument.dataType() != AtomicType.STRING) {
        throw SparkErrors.dataTypeMismatch("NON_STRING_TYPE", "\"" + pretty + "\"",
            "all arguments of the function `json_tuple` must be strings.", Map.of("funcName", "`json_tuple`"));
      }
    }
    List<StructField> fields = new ArrayList<>();
    List<BoundExpression> values = new ArrayList<>();
    for (int i = 1; i < arguments.size(); i++) {
      fields.add(new StructField("c" + (i - 1), AtomicType.STRING, true));
      values.add(new Call("json_tuple_field", List.of(arguments.get(0), arguments.get(i)), AtomicType.STRING, true));
    }
    StructType row = new StructType(fields);
    return new Generator("inline", new Call("array", List.of(new Call("struct", values, row, false)),
        new ArrayType(row, false), false), false, false);
  }

  private static BoundExpression schemaOfJson(String pretty, List<BoundExpression> arguments, List<String> sql) {
    String json = constantDocument(pretty, arguments, sql, "json");
    Map<String, String> options = arguments.size() > 1 ? FunctionOptions.of(arguments.get(1)) : Map.of();
    return Literal.of(JsonValueSchema.infer(json, options).sql());
  }

  /**
   * The document schema_of_json and schema_of_xml infer from: a constant string, with Spark's UNEXPECTED_NULL,
   * NON_FOLDABLE_INPUT and UNEXPECTED_INPUT_TYPE otherwise ({@code name} is the parameter's, json or xml).
   */
  static String constantDocument(String pretty, List<BoundExpression> arguments, List<String> sql, String name) {
    BoundExpression document = arguments.get(0);
    if (document instanceof dev.ember.plan.resolved.BoundCast cast && cast.child() instanceof Literal constant
        && constant.value() == null || document instanceof Literal nullConstant && nullConstant.value() == null) {
      throw SparkErrors.dataTypeMismatch("UNEXPECTED_NULL", "\"" + pretty + "\"",
          "The " + name + " must not be null.", Map.of("exprName", name));
    }
    if (!(document instanceof Literal literal)) {
      throw SparkErrors.dataTypeMismatch("NON_FOLDABLE_INPUT", "\"" + pretty + "\"",
          "the input " + name + " should be a foldable \"STRING\" expression; however, got \"" + sql.get(0)
              + "\".", Map.of("inputName", "`" + name + "`", "inputType", "\"STRING\"",
              "inputExpr", "\"" + sql.get(0) + "\""));
    }
    if (!(literal.value() instanceof String text)) {
      throw InputChecks.unexpectedType(pretty, 0, sql.get(0), document.dataType(), "\"STRING\"");
    }
    return text;
  }
}
