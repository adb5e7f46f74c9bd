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
        .map(field -> quoteIfNeeded(field.name()) + ": " + field.dataType().sql() + (field.nullable() ? "" : " NOT NULL"))
        .collect(Collectors.joining(", ", "STRUCT<", ">"));
  }

  /** Spark's {@code QuotingUtils.quoteIfNeeded}: a name of letters, digits and underscores (not all digits) stays bare. */
  public static String quoteIfNeeded(String name) {
    return name.matches("[a-zA-Z0-9_]+") && !name.matches("\\d+") ? name : "`" + name.replace("`", "``") + "`";
  }
}
