package dev.ember.plan.resolved;

import dev.ember.plan.types.DataType;
import java.util.Objects;

/** An array element by 0-based index, or a map value by key; NULL when absent. */
public record ElementAccess(BoundExpression child, BoundExpression key, DataType dataType) implements BoundExpression {
  public ElementAccess {
    Objects.requireNonNull(child, "child");
    Objects.requireNonNull(key, "key");
  }

  @Override
  public boolean nullable() {
    return true;
  }
}
