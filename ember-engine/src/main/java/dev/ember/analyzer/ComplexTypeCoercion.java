package dev.ember.analyzer;

import dev.ember.plan.resolved.BoundExpression;
import dev.ember.plan.types.ArrayType;
import dev.ember.plan.types.DataType;
import dev.ember.plan.types.MapType;
import dev.ember.plan.types.StructField;
import dev.ember.plan.types.StructType;
import java.util.List;
import java.util.Optional;

/** Wider types that reach into arrays and maps (Spark's findWiderTypeWithoutStringPromotion with nesting). */
final class ComplexTypeCoercion {
  private ComplexTypeCoercion() {
  }

  static Optional<DataType> widerType(List<DataType> types) {
    Optional<DataType> result = Optional.of(dev.ember.plan.types.AtomicType.NULL);
    for (DataType type : types) {
      result = result.flatMap(current -> widerType(current, type));
    }
    return result;
  }

  static Optional<DataType> widerType(DataType left, DataType right) {
    if (left instanceof ArrayType leftArray && right instanceof ArrayType rightArray) {
      return widerType(leftArray.elementType(), rightArray.elementType())
          .map(element -> new ArrayType(element, leftArray.containsNull() || rightArray.containsNull()));
    }
    if (left instanceof MapType leftMap && right instanceof MapType rightMap) {
      Optional<DataType> key = widerType(leftMap.keyType(), rightMap.keyType());
      Optional<DataType> value = widerType(leftMap.valueType(), rightMap.valueType());
      if (key.isEmpty() || value.isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(new MapType(key.get(), value.get(),
          leftMap.valueContainsNull() || rightMap.valueContainsNull()));
    }
    if (left instanceof StructType leftStruct && right instanceof StructType rightStruct) {
      return widerStruct(leftStruct, rightStruct);
    }
    return TypeCoercion.widerType(left, right, false);
  }

  /** Structs with the same field names: each field widened, nullable if either side's is. */
  private static Optional<DataType> widerStruct(StructType left, StructType right) {
    if (left.fields().size() != right.fields().size()) {
      return Optional.empty();
    }
    List<StructField> fields = new java.util.ArrayList<>();
    for (int i = 0; i < left.fields().size(); i++) {
      StructField a = left.fields().get(i);
      StructField b = right.fields().get(i);
      Optional<DataType> type = widerType(a.dataType(), b.dataType());
      if (!a.name().equals(b.name()) || type.isEmpty()) {
        return Optional.empty();
      }
      fields.add(new StructField(a.name(), type.get(), a.nullable() || b.nullable()));
    }
    return Optional.of(new StructType(fields));
  }

  /** Casts each expression to {@code type} (no cast when only nullability differs). */
  static List<BoundExpression> castAll(List<BoundExpression> expressions, DataType type) {
    return expressions.stream().map(expression -> sameIgnoringNullability(expression.dataType(), type)
        ? expression : TypeCoercion.castTo(expression, type)).toList();
  }

  static boolean sameIgnoringNullability(DataType left, DataType right) {
    if (left instanceof ArrayType leftArray && right instanceof ArrayType rightArray) {
      return sameIgnoringNullability(leftArray.elementType(), rightArray.elementType());
    }
    if (left instanceof MapType leftMap && right instanceof MapType rightMap) {
      return sameIgnoringNullability(leftMap.keyType(), rightMap.keyType())
          && sameIgnoringNullability(leftMap.valueType(), rightMap.valueType());
    }
    if (left instanceof StructType leftStruct && right instanceof StructType rightStruct) {
      if (leftStruct.fields().size() != rightStruct.fields().size()) {
        return false;
      }
      for (int i = 0; i < leftStruct.fields().size(); i++) {
        if (!leftStruct.fields().get(i).name().equals(rightStruct.fields().get(i).name())
            || !sameIgnoringNullability(leftStruct.fields().get(i).dataType(), rightStruct.fields().get(i).dataType())) {
          return false;
        }
      }
      return true;
    }
    return left.equals(right);
  }

  /** The argument's array type, or UNEXPECTED_INPUT_TYPE requiring ARRAY. */
  static ArrayType array(String pretty, List<BoundExpression> arguments, List<String> sql, int index) {
    if (arguments.get(index).dataType() instanceof ArrayType array) {
      return array;
    }
    throw InputChecks.unexpectedType(pretty, index, sql.get(index), arguments.get(index).dataType(), "\"ARRAY\"");
  }

  /** The argument's map type, or UNEXPECTED_INPUT_TYPE requiring MAP. */
  static MapType map(String pretty, List<BoundExpression> arguments, List<String> sql, int index) {
    if (arguments.get(index).dataType() instanceof MapType map) {
      return map;
    }
    throw InputChecks.unexpectedType(pretty, index, sql.get(index), arguments.get(index).dataType(), "\"MAP\"");
  }

  static boolean anyNullable(List<BoundExpression> arguments) {
    return arguments.stream().anyMatch(BoundExpression::nullable);
  }
}
