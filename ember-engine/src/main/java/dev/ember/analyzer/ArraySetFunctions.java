package dev.ember.analyzer;

import static dev.ember.analyzer.FunctionDefinition.prefix;

import dev.ember.plan.errors.SparkErrors;
import dev.ember.plan.resolved.BoundExpression;
import dev.ember.plan.resolved.Call;
import dev.ember.plan.types.ArrayType;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.DataType;
import java.util.List;
import java.util.Map;

/** array_union, array_intersect, array_except and arrays_overlap: two arrays of one (widened) element type. */
final class ArraySetFunctions {
  private ArraySetFunctions() {
  }

  /** How the result's containsNull follows from the inputs'. */
  private enum NullElements { EITHER, BOTH, LEFT }

  static List<FunctionDefinition> definitions() {
    return List.of(
        setOperation("array_union", NullElements.EITHER),
        setOperation("array_intersect", NullElements.BOTH),
        setOperation("array_except", NullElements.LEFT),
        new FunctionDefinition("arrays_overlap", 2, 2, false,
            (pretty, arguments, sql) -> new Call("arrays_overlap", common(pretty, "arrays_overlap", arguments),
                AtomicType.BOOLEAN, ComplexTypeCoercion.anyNullable(arguments)),
            prefix("arrays_overlap")));
  }

  private static FunctionDefinition setOperation(String name, NullElements nullElements) {
    return new FunctionDefinition(name, 2, 2, false,
        (pretty, arguments, sql) -> {
          List<BoundExpression> coerced = common(pretty, name, arguments);
          ArrayType left = (ArrayType) arguments.get(0).dataType();
          ArrayType right = (ArrayType) arguments.get(1).dataType();
          boolean containsNull = switch (nullElements) {
            case EITHER -> left.containsNull() || right.containsNull();
            case BOTH -> left.containsNull() && right.containsNull();
            case LEFT -> left.containsNull();
          };
          DataType element = ((ArrayType) coerced.get(0).dataType()).elementType();
          return new Call(name, coerced, new ArrayType(element, containsNull),
              ComplexTypeCoercion.anyNullable(arguments));
        },
        prefix(name));
  }

  private static BoundExpression withElements(BoundExpression array, DataType element, ArrayType type) {
    return ComplexTypeCoercion.castAll(List.of(array), new ArrayType(element, type.containsNull())).get(0);
  }

  /** Both arrays cast to their wider array type, or Spark's BINARY_ARRAY_DIFF_TYPES. */
  private static List<BoundExpression> common(String pretty, String name, List<BoundExpression> arguments) {
    DataType leftType = arguments.get(0).dataType();
    DataType rightType = arguments.get(1).dataType();
    if (leftType instanceof ArrayType left && rightType instanceof ArrayType right) {
      var wider = ComplexTypeCoercion.widerType(left.elementType(), right.elementType());
      if (wider.isPresent()) {
        return List.of(withElements(arguments.get(0), wider.get(), left), withElements(arguments.get(1), wider.get(),
            right));
      }
    }
    String types = "[" + SparkErrors.toSqlType(leftType) + ", " + SparkErrors.toSqlType(rightType) + "]";
    throw SparkErrors.dataTypeMismatch("BINARY_ARRAY_DIFF_TYPES", "\"" + pretty + "\"",
        "Input to function `" + name + "` should have been two \"ARRAY\" with same element type, but it's "
            + types + ".",
        Map.of("functionName", "`" + name + "`", "arrayType", "\"ARRAY\"",
            "leftType", SparkErrors.toSqlType(leftType), "rightType", SparkErrors.toSqlType(rightType)));
  }
}
