package dev.ember.plan.types;

import java.util.List;
import java.util.stream.Collectors;

public record StructType(List<StructField> fields) implements DataType {
  public StructType {
    fields = List.copyOf(fields);
  }

  @Override
  public String simpleString() {
    return fields.stream()
        .map(field -> field.name() + ":" + field.dataType().simpleString())
        .collect(Collectors.joining(",", "struct<", ">"));
  }

  @Override
  public String sql() {
    return fields.stream()
        .map(field -> "`" + field.name().replace("`", "``") + "`: " + field.dataType().sql())
        .collect(Collectors.joining(", ", "STRUCT<", ">"));
  }
}
