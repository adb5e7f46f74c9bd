package dev.ember.plan.types;

import java.util.Objects;

public record MapType(DataType keyType, DataType valueType, boolean valueContainsNull) implements DataType {
  public MapType {
    Objects.requireNonNull(keyType, "keyType");
    Objects.requireNonNull(valueType, "valueType");
  }

  @Override
  public String simpleString() {
    return "map<" + keyType.simpleString() + "," + valueType.simpleString() + ">";
  }

  @Override
  public String sql() {
    return "MAP<" + keyType.sql() + ", " + valueType.sql() + ">";
  }
}
