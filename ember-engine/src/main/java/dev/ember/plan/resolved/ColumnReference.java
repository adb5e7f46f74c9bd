package dev.ember.plan.resolved;

import dev.ember.plan.types.DataType;

/** A reference to a column of the input plan. */
public record ColumnReference(Attribute attribute) implements BoundExpression {
  @Override
  public DataType dataType() {
    return attribute.dataType();
  }

  @Override
  public boolean nullable() {
    return attribute.nullable();
  }
}
