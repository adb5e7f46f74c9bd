package dev.ember.plan.types;

import java.util.Objects;

public record ArrayType(DataType elementType, boolean containsNull) implements DataType {
  public ArrayType {
    Objects.requireNonNull(elementType, "elementType");
  }

  @Override
  public String simpleString() {
    return "array<" + elementType.simpleString() + ">";
  }

  @Override
  public String sql() {
    return "ARRAY<" + elementType.sql() + ">";
  }
}
