package dev.ember.plan.logical;

import dev.ember.plan.expressions.Expression;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code left.join(right, condition, type)} or, with {@code usingColumns}, {@code left.join(right, "k")}:
 * equality on the named columns, which appear once in the output.
 */
public record Join(LogicalPlan left, LogicalPlan right, JoinType type, Optional<Expression> condition,
    List<String> usingColumns) implements LogicalPlan {
  public Join {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(condition, "condition");
    usingColumns = List.copyOf(usingColumns);
    if (condition.isPresent() && !usingColumns.isEmpty()) {
      throw new IllegalArgumentException("a join has a condition or using columns, not both");
    }
  }
}
