package dev.ember.sqlgen.tree;

import java.util.List;

/** A struct value {@code {'key': value, ...}}. */
public record SqlStruct(List<Field> fields) implements SqlExpression {
  public record Field(String key, SqlExpression value) {
  }

  public SqlStruct {
    fields = List.copyOf(fields);
  }
}
