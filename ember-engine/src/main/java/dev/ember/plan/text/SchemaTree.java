package dev.ember.plan.text;

import dev.ember.plan.types.ArrayType;
import dev.ember.plan.types.DataType;
import dev.ember.plan.types.MapType;
import dev.ember.plan.types.StructField;
import dev.ember.plan.types.StructType;
import java.util.Map;

/** A schema as Spark's {@code StructType.treeString} draws it ({@code root}, then {@code  |-- name: type (nullable = ...)}). */
public final class SchemaTree {
  /** Spark's typeName where it differs from the simpleString. */
  private static final Map<String, String> TYPE_NAMES = Map.of("int", "integer", "bigint", "long", "smallint", "short",
      "tinyint", "byte");

  private SchemaTree() {
  }

  public static String of(StructType schema) {
    StringBuilder tree = new StringBuilder("root\n");
    schema.fields().forEach(field -> field(tree, " |", field));
    return tree.toString();
  }

  private static void field(StringBuilder tree, String prefix, StructField field) {
    tree.append(prefix).append("-- ").append(field.name()).append(": ").append(typeName(field.dataType()))
        .append(" (nullable = ").append(field.nullable()).append(")\n");
    nested(tree, prefix + "    |", field.dataType());
  }

  private static void nested(StringBuilder tree, String prefix, DataType type) {
    if (type instanceof StructType struct) {
      struct.fields().forEach(field -> field(tree, prefix, field));
    } else if (type instanceof ArrayType array) {
      tree.append(prefix).append("-- element: ").append(typeName(array.elementType())).append(" (containsNull = ")
          .append(array.containsNull()).append(")\n");
      nested(tree, prefix + "    |", array.elementType());
    } else if (type instanceof MapType map) {
      tree.append(prefix).append("-- key: ").append(typeName(map.keyType())).append('\n');
      nested(tree, prefix + "    |", map.keyType());
      tree.append(prefix).append("-- value: ").append(typeName(map.valueType())).append(" (valueContainsNull = ")
          .append(map.valueContainsNull()).append(")\n");
      nested(tree, prefix + "    |", map.valueType());
    }
  }

  private static String typeName(DataType type) {
    if (type instanceof StructType) {
      return "struct";
    }
    if (type instanceof ArrayType) {
      return "array";
    }
    if (type instanceof MapType) {
      return "map";
    }
    return TYPE_NAMES.getOrDefault(type.simpleString(), type.simpleString());
  }
}
