package dev.ember.plan.resolved;

import dev.ember.plan.types.DataType;
import java.util.Objects;

/** A field of a struct value: {@code address.city}. */
public record FieldAccess(BoundExpression child, String fieldName, DataType dataType, boolean nullable)
    implements BoundExpression {
  public FieldAccess {
    Objects.requireNonNull(child, "child");
    Objects.requireNonNull(fieldName, "fieldName");
  }
}
