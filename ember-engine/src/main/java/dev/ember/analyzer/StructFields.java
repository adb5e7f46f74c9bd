package dev.ember.analyzer;

import dev.ember.plan.resolved.BoundExpression;
import dev.ember.plan.resolved.FieldAccess;
import dev.ember.plan.types.StructField;
import dev.ember.plan.types.StructType;

/** Access to a field of a struct-typed expression by name. */
final class StructFields {
  private StructFields() {
  }

  /** The field access, or null when {@code value} is not a struct with such a field. */
  static BoundExpression access(BoundExpression value, String fieldName, NameMatcher names) {
    if (!(value.dataType() instanceof StructType struct)) {
      return null;
    }
    for (StructField field : struct.fields()) {
      if (names.same(field.name(), fieldName)) {
        return new FieldAccess(value, field.name(), field.dataType(), value.nullable() || field.nullable());
      }
    }
    return null;
  }
}
