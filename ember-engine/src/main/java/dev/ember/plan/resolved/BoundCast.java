package dev.ember.plan.resolved;

import dev.ember.plan.types.DataType;
import java.util.Objects;

/** A resolved {@code CAST}; {@code ansi} casts fail on bad input, try-casts give NULL. */
public record BoundCast(BoundExpression child, DataType dataType, boolean tryCast) implements BoundExpression {
  public BoundCast {
    Objects.requireNonNull(child, "child");
    Objects.requireNonNull(dataType, "dataType");
  }

  @Override
  public boolean nullable() {
    return child.nullable() || tryCast || CastNullability.forceNullable(child.dataType(), dataType);
  }
}
