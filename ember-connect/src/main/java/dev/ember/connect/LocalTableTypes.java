package dev.ember.connect;

import dev.ember.plan.types.ArrayType;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.DataType;
import dev.ember.plan.types.DecimalType;
import dev.ember.plan.types.MapType;
import dev.ember.plan.types.StructType;

/** The column types DuckDB's Arrow reader takes as the client sends them, so that a local relation loads as a table. */
final class LocalTableTypes {
  private LocalTableTypes() {
  }

  static boolean loadable(DataType type) {
    if (type instanceof AtomicType atomic) {
      return atomic != AtomicType.NULL;
    }
    if (type instanceof DecimalType) {
      return true;
    }
    if (type instanceof ArrayType array) {
      return loadable(array.elementType());
    }
    if (type instanceof MapType map) {
      return loadable(map.keyType()) && loadable(map.valueType());
    }
    if (type instanceof StructType struct) {
      return struct.fields().stream().allMatch(field -> loadable(field.dataType()));
    }
    return false;
  }
}
