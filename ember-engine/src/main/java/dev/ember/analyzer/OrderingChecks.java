package dev.ember.analyzer;

import dev.ember.plan.errors.SparkErrors;
import dev.ember.plan.types.DataType;
import dev.ember.plan.types.SpatialType;
import java.util.Map;

/**
 * Spark's refusal to compare or sort values it defines no order for (DATATYPE_MISMATCH.INVALID_ORDERING_TYPE): Ember
 * checks GEOMETRY, GEOGRAPHY and VARIANT values, alone or inside arrays and structs, in comparisons and sort keys.
 */
final class OrderingChecks {
  private OrderingChecks() {
  }

  /** {@code functionName} as Spark shows it ({@code =}, {@code sortorder}); {@code sqlExpr} the expression's SQL. */
  static void requireOrderable(String functionName, String sqlExpr, DataType type) {
    if (SpatialType.contains(type) || containsVariant(type)) {
      String shown = SparkErrors.toSqlType(type);
      throw SparkErrors.dataTypeMismatch("INVALID_ORDERING_TYPE", "\"" + sqlExpr + "\"",
          "The `" + functionName + "` does not support ordering on type " + shown + ".",
          Map.of("functionName", "`" + functionName + "`", "dataType", shown));
    }
  }

  private static boolean containsVariant(DataType type) {
    if (type instanceof dev.ember.plan.types.VariantType) {
      return true;
    }
    if (type instanceof dev.ember.plan.types.ArrayType array) {
      return containsVariant(array.elementType());
    }
    return type instanceof dev.ember.plan.types.StructType struct
        && struct.fields().stream().anyMatch(field -> containsVariant(field.dataType()));
  }

  /** A sort key as Spark writes it: {@code key ASC NULLS FIRST}. */
  static void requireOrderableKey(String keyName, boolean ascending, boolean nullsFirst, DataType type) {
    requireOrderable("sortorder", keyName + (ascending ? " ASC" : " DESC") + (nullsFirst ? " NULLS FIRST"
        : " NULLS LAST"), type);
  }
}
