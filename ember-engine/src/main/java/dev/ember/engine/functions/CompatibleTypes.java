package dev.ember.engine.functions;

import dev.ember.plan.types.ArrayType;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.DataType;
import dev.ember.plan.types.DecimalType;
import dev.ember.plan.types.StructField;
import dev.ember.plan.types.StructType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Spark's JsonInferSchema.compatibleType: the type two inferred types merge into (numbers widen to decimal or
 * double, structs merge their fields sorted by name, arrays their elements), or {@code fallback} when nothing fits
 * (STRING for schema_of_json, VARIANT for schema_of_variant).
 */
public final class CompatibleTypes {
  private CompatibleTypes() {
  }

  public static DataType compatible(DataType left, DataType right, DataType fallback) {
    if (left.equals(right) || right == AtomicType.NULL) {
      return left;
    }
    if (left == AtomicType.NULL) {
      return right;
    }
    if (isDouble(left, right) || isDouble(right, left)) {
      return AtomicType.DOUBLE;
    }
    if (left instanceof DecimalType || right instanceof DecimalType) {
      DecimalType first = asDecimal(left);
      DecimalType second = asDecimal(right);
      if (first != null && second != null) {
        int scale = Math.max(first.scale(), second.scale());
        int range = Math.max(first.precision() - first.scale(), second.precision() - second.scale());
        return range + scale > DecimalType.MAX_PRECISION ? AtomicType.DOUBLE : new DecimalType(range + scale, scale);
      }
    }
    if (left instanceof StructType first && right instanceof StructType second) {
      List<StructField> merged = new ArrayList<>(first.fields());
      for (StructField field : second.fields()) {
        int index = indexOf(merged, field.name());
        if (index < 0) {
          merged.add(field);
        } else {
          merged.set(index, new StructField(field.name(),
              compatible(merged.get(index).dataType(), field.dataType(), fallback), true));
        }
      }
      merged.sort(Comparator.comparing(StructField::name));
      return new StructType(merged);
    }
    if (left instanceof ArrayType first && right instanceof ArrayType second) {
      return new ArrayType(compatible(first.elementType(), second.elementType(), fallback),
          first.containsNull() || second.containsNull());
    }
    return fallback;
  }

  private static boolean isDouble(DataType one, DataType other) {
    return one == AtomicType.DOUBLE && (other == AtomicType.LONG || other instanceof DecimalType);
  }

  private static DecimalType asDecimal(DataType type) {
    if (type instanceof DecimalType decimal) {
      return decimal;
    }
    return type == AtomicType.LONG ? new DecimalType(20, 0) : null;
  }

  private static int indexOf(List<StructField> fields, String name) {
    for (int i = 0; i < fields.size(); i++) {
      if (fields.get(i).name().equals(name)) {
        return i;
      }
    }
    return -1;
  }
}
