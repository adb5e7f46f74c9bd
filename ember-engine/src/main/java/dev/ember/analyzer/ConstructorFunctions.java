package dev.ember.analyzer;

import static dev.ember.analyzer.FunctionDefinition.prefix;

import dev.ember.plan.errors.SparkErrors;
import dev.ember.plan.expressions.Literal;
import dev.ember.plan.resolved.BoundExpression;
import dev.ember.plan.resolved.Call;
import dev.ember.plan.types.ArrayType;
import dev.ember.plan.types.DataType;
import dev.ember.plan.types.MapType;
import dev.ember.plan.types.StructField;
import dev.ember.plan.types.StructType;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code array(...)}, {@code map(k1, v1, ...)} and {@code named_struct(n1, v1, ...)}; {@code struct(...)}
 * needs the unresolved arguments (StructConstruction).
 */
final class ConstructorFunctions {
  private ConstructorFunctions() {
  }

  static List<FunctionDefinition> definitions() {
    return List.of(
        new FunctionDefinition("array", 0, FunctionDefinition.VARIADIC, false, ConstructorFunctions::array,
            prefix("array")),
        new FunctionDefinition("map", 0, FunctionDefinition.VARIADIC, false, ConstructorFunctions::map,
            prefix("map")),
        new FunctionDefinition("named_struct", 0, FunctionDefinition.VARIADIC, false,
            ConstructorFunctions::namedStruct, prefix("named_struct")));
  }

  private static BoundExpression array(String pretty, List<BoundExpression> arguments, List<String> sql) {
    DataType element = ComplexTypeCoercion.widerType(InputChecks.types(arguments))
        .orElseThrow(() -> InputChecks.differentTypes(pretty, "array", InputChecks.types(arguments)));
    List<BoundExpression> elements = ComplexTypeCoercion.castAll(arguments, element);
    return new Call("array", elements, new ArrayType(element, ComplexTypeCoercion.anyNullable(arguments)), false);
  }

  /** named_struct(name1, value1, ...): each name a string literal. */
  private static BoundExpression namedStruct(String pretty, List<BoundExpression> arguments, List<String> sql) {
    if (arguments.isEmpty() || arguments.size() % 2 != 0) {
      throw SparkErrors.wrongNumArgs("`named_struct`", "2n (n > 0)", arguments.size());
    }
    List<BoundExpression> values = new ArrayList<>();
    List<StructField> fields = new ArrayList<>();
    List<String> notNames = new ArrayList<>();
    for (int i = 0; i < arguments.size(); i += 2) {
      BoundExpression value = arguments.get(i + 1);
      values.add(value);
      if (arguments.get(i) instanceof Literal name && name.value() instanceof String text) {
        fields.add(new StructField(text, value.dataType(), value.nullable()));
      } else {
        notNames.add("\"" + sql.get(i) + "\"");
      }
    }
    if (!notNames.isEmpty()) {
      String list = "[" + String.join(", ", notNames) + "]";
      throw SparkErrors.dataTypeMismatch("CREATE_NAMED_STRUCT_WITHOUT_FOLDABLE_STRING", "\"" + pretty + "\"",
          "Only foldable `STRING` expressions are allowed to appear at odd position, but they are " + list + ".",
          java.util.Map.of("inputExprs", list));
    }
    return new Call("struct", values, new StructType(fields), false);
  }

  private static BoundExpression map(String pretty, List<BoundExpression> arguments, List<String> sql) {
    if (arguments.size() % 2 != 0) {
      throw SparkErrors.wrongNumArgs("`map`", "2n (n > 0)", arguments.size());
    }
    List<BoundExpression> keys = new ArrayList<>();
    List<BoundExpression> values = new ArrayList<>();
    for (int i = 0; i < arguments.size(); i += 2) {
      keys.add(arguments.get(i));
      values.add(arguments.get(i + 1));
    }
    DataType keyType = ComplexTypeCoercion.widerType(InputChecks.types(keys))
        .orElseThrow(() -> InputChecks.differentTypes(pretty, "map", InputChecks.types(keys)));
    DataType valueType = ComplexTypeCoercion.widerType(InputChecks.types(values))
        .orElseThrow(() -> InputChecks.differentTypes(pretty, "map", InputChecks.types(values)));
    List<BoundExpression> coerced = new ArrayList<>();
    List<BoundExpression> castKeys = ComplexTypeCoercion.castAll(keys, keyType);
    List<BoundExpression> castValues = ComplexTypeCoercion.castAll(values, valueType);
    for (int i = 0; i < keys.size(); i++) {
      coerced.add(castKeys.get(i));
      coerced.add(castValues.get(i));
    }
    return new Call("map", coerced, new MapType(keyType, valueType, ComplexTypeCoercion.anyNullable(values)), false);
  }
}
