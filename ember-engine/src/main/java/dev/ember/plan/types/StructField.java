package dev.ember.plan.types;

import java.util.Objects;

public record StructField(String name, DataType dataType, boolean nullable) {
  public StructField {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(dataType, "dataType");
  }
}
