package dev.ember.plan.logical;

import java.util.Objects;

/**
 * SQL's {@code left NATURAL [INNER|LEFT|RIGHT|FULL] JOIN right}: a using join on the columns whose names both sides
 * have (in the left side's order), known only once both sides are resolved; none makes it a join without condition.
 */
public record NaturalJoin(LogicalPlan left, LogicalPlan right, JoinType type) implements LogicalPlan {
  public NaturalJoin {
    Objects.requireNonNull(left, "left");
    Objects.requireNonNull(right, "right");
    if (type == JoinType.CROSS) {
      throw new IllegalArgumentException("a natural join is not a cross join");
    }
  }
}
