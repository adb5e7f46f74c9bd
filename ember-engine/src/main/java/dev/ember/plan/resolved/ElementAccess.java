package dev.ember.plan.resolved;

import dev.ember.plan.types.DataType;
import java.util.Objects;

/** An array element by 0-based index, or a map value by key; NULL when absent. */
public record ElementAccess(BoundExpression child, BoundExpression key, DataType dataType) implements BoundExpression {
  public ElementAccess {
    Objects.requireNonNull(child, "child");
    Objects.requireNonNull(key, "key");
  }

  /**
   * Spark's GetArrayItem over an array built in place with a constant index within it: the element's nullability
   * (under ANSI an index beyond the array fails instead); NULL may come of anything else.
   */
  @Override
  public boolean nullable() {
    if (child instanceof Call built && built.function().equals("array")
        && key instanceof dev.ember.plan.expressions.Literal literal && literal.value() instanceof Number number) {
      long index = number.longValue();
      return index < 0 || index >= built.arguments().size() || built.arguments().get((int) index).nullable();
    }
    return true;
  }
}
