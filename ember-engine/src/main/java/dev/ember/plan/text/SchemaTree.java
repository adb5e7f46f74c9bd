package dev.ember.plan.text;

import dev.ember.plan.types.ArrayType;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.DataType;
import dev.ember.plan.types.DecimalType;
import dev.ember.plan.types.MapType;
import dev.ember.plan.types.StructField;
import dev.ember.plan.types.StructType;

/**
 * A schema as Spark's {@code StructType.treeString} draws it ({@code printSchema()}, SHOW TABLE EXTENDED): {@code root},
 * then {@code  |-- name: type (nullable = ...)}, nested types below their field.
 */
public final class SchemaTree {
  private SchemaTree() {
  }

  public static String of(StructType schema) {
    return of(schema, Integer.MAX_VALUE);
  }

  /** Down to {@code maxLevel} levels of nesting. */
  public static String of(StructType schema, int maxLevel) {
    StringBuilder text = new StringBuilder("root\n");
    fields(schema, " |", 1, maxLevel, text);
    return text.toString();
  }

  private static void fields(StructType struct, String prefix, int level, int maxLevel, StringBuilder text) {
    for (StructField field : struct.fields()) {
      text.append(prefix).append("-- ").append(field.name()).append(": ").append(typeName(field.dataType()))
          .append(" (nullable = ").append(field.nullable()).append(")\n");
      nested(field.dataType(), prefix + "    |", level + 1, maxLevel, text);
    }
  }

  private static void nested(DataType type, String prefix, int level, int maxLevel, StringBuilder text) {
    if (level > maxLevel) {
      return;
    }
    if (type instanceof StructType struct) {
      fields(struct, prefix, level, maxLevel, text);
    } else if (type instanceof ArrayType array) {
      text.append(prefix).append("-- element: ").append(typeName(array.elementType()))
          .append(" (containsNull = ").append(array.containsNull()).append(")\n");
      nested(array.elementType(), prefix + "    |", level + 1, maxLevel, text);
    } else if (type instanceof MapType map) {
      text.append(prefix).append("-- key: ").append(typeName(map.keyType())).append('\n');
      nested(map.keyType(), prefix + "    |", level + 1, maxLevel, text);
      text.append(prefix).append("-- value: ").append(typeName(map.valueType()))
          .append(" (valueContainsNull = ").append(map.valueContainsNull()).append(")\n");
      nested(map.valueType(), prefix + "    |", level + 1, maxLevel, text);
    }
  }

  /** Spark's {@code DataType.typeName}. */
  public static String typeName(DataType type) {
    if (type instanceof StructType) {
      return "struct";
    }
    if (type instanceof ArrayType) {
      return "array";
    }
    if (type instanceof MapType) {
      return "map";
    }
    if (type instanceof DecimalType || type instanceof dev.ember.plan.types.SpatialType) {
      return type.simpleString();
    }
    if (!(type instanceof AtomicType atomic)) {
      return type.simpleString();
    }
    switch (atomic) {
      case NULL: return "void";
      case BYTE: return "byte";
      case SHORT: return "short";
      case INTEGER: return "integer";
      case LONG: return "long";
      default: return type.simpleString();
    }
  }
}
