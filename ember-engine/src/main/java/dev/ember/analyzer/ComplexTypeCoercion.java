package dev.ember.analyzer;

import dev.ember.plan.resolved.BoundExpression;
import dev.ember.plan.resolved.CastNullability;
import dev.ember.plan.types.ArrayType;
import dev.ember.plan.types.DataType;
import dev.ember.plan.types.MapType;
import dev.ember.plan.types.StructField;
import dev.ember.plan.types.StructType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

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

  /** Spark's findWiderTypeWithoutStringPromotion: numbers, datetimes and (nested) arrays, maps, structs widen. */
  static Optional<DataType> widerType(DataType left, DataType right) {
    return TypeCoercion.widerType(left, right, false);
  }

  /**
   * Spark's {@code findTypeForComplex}: two arrays, maps or structs meet element by element (field by field, names
   * matched case-insensitively) at the type {@code common} finds for their parts; the result may hold NULL where
   * either side may or where reaching the common type can make one ({@code ARRAY<VOID>} beside {@code ARRAY<INT>}
   * is {@code ARRAY<INT>}). Empty for other types.
   */
  static Optional<DataType> common(DataType left, DataType right,
      BiFunction<DataType, DataType, Optional<DataType>> common) {
    if (left instanceof ArrayType a && right instanceof ArrayType b) {
      return common.apply(a.elementType(), b.elementType()).map(element -> new ArrayType(element,
          a.containsNull() || b.containsNull() || nullable(a.elementType(), element)
              || nullable(b.elementType(), element)));
    }
    if (left instanceof MapType a && right instanceof MapType b) {
      Optional<DataType> key = common.apply(a.keyType(), b.keyType())
          .filter(type -> !nullable(a.keyType(), type) && !nullable(b.keyType(), type));
      return key.flatMap(keyType -> common.apply(a.valueType(), b.valueType()).map(value -> new MapType(keyType,
          value, a.valueContainsNull() || b.valueContainsNull() || nullable(a.valueType(), value)
              || nullable(b.valueType(), value))));
    }
    if (left instanceof StructType a && right instanceof StructType b && a.fields().size() == b.fields().size()) {
      return commonStruct(a, b, common);
    }
    return Optional.empty();
  }

  private static Optional<DataType> commonStruct(StructType left, StructType right,
      BiFunction<DataType, DataType, Optional<DataType>> common) {
    List<StructField> fields = new ArrayList<>();
    for (int i = 0; i < left.fields().size(); i++) {
      StructField a = left.fields().get(i);
      StructField b = right.fields().get(i);
      if (!a.name().equalsIgnoreCase(b.name())) {
        return Optional.empty();
      }
      Optional<DataType> type = common.apply(a.dataType(), b.dataType());
      if (type.isEmpty()) {
        return Optional.empty();
      }
      fields.add(new StructField(a.name(), type.get(),
          a.nullable() || b.nullable() || nullable(a.dataType(), type.get())));
    }
    return Optional.of(new StructType(fields));
  }

  private static boolean nullable(DataType from, DataType to) {
    return CastNullability.forceNullable(from, to);
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

  /** Spark's {@code DataType.equalsStructurally} ignoring nullability: the same types, whatever the field names. */
  static boolean sameStructurally(DataType left, DataType right) {
    if (left instanceof ArrayType leftArray && right instanceof ArrayType rightArray) {
      return sameStructurally(leftArray.elementType(), rightArray.elementType());
    }
    if (left instanceof MapType leftMap && right instanceof MapType rightMap) {
      return sameStructurally(leftMap.keyType(), rightMap.keyType())
          && sameStructurally(leftMap.valueType(), rightMap.valueType());
    }
    if (left instanceof StructType leftStruct && right instanceof StructType rightStruct) {
      int size = leftStruct.fields().size();
      return size == rightStruct.fields().size() && java.util.stream.IntStream.range(0, size).allMatch(i ->
          sameStructurally(leftStruct.fields().get(i).dataType(), rightStruct.fields().get(i).dataType()));
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
