package dev.ember.plan.resolved;

import dev.ember.plan.expressions.Literal;
import dev.ember.plan.types.DataType;

/**
 * A resolved expression: every column is bound to an {@link Attribute}, every type is known.
 * Implemented by {@link Literal}, {@link ColumnReference}, {@link Call}, {@link BoundCast},
 * {@link FieldAccess}, {@link WindowCall}, {@link BoundSubquery} and {@link OuterReference} among others.
 */
public interface BoundExpression {
  DataType dataType();

  boolean nullable();
}
