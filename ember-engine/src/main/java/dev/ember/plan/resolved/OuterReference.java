package dev.ember.plan.resolved;

import dev.ember.plan.types.DataType;

/**
 * A column of an enclosing query read inside a subquery (a correlated reference, Spark's OuterReference): the
 * subquery's value depends on the current row of the query that holds it.
 */
public record OuterReference(Attribute attribute) implements BoundExpression {
  @Override
  public DataType dataType() {
    return attribute.dataType();
  }

  @Override
  public boolean nullable() {
    return attribute.nullable();
  }
}
