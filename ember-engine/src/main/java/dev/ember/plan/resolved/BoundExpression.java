package dev.ember.plan.resolved;

import dev.ember.plan.expressions.Literal;
import dev.ember.plan.types.DataType;

/**
 * A resolved expression: every column is bound to an {@link Attribute}, every type is known.
 * Implemented by {@link Literal}, {@link ColumnReference}, {@link Call} and {@link BoundCast} only.
 */
public interface BoundExpression {
  DataType dataType();

  boolean nullable();
}
