package dev.ember.plan.resolved;

import dev.ember.plan.logical.JoinType;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Rows of {@code left} paired with rows of {@code right} where {@code condition} holds (every pair
 * without one). Outer joins make the NULL-extended side's columns nullable; semi and anti joins
 * output the left side only.
 */
public record JoinRows(ResolvedPlan left, ResolvedPlan right, JoinType type, Optional<BoundExpression> condition)
    implements ResolvedPlan {
  public JoinRows {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(condition, "condition");
  }

  @Override
  public List<Attribute> output() {
    List<Attribute> output = new ArrayList<>();
    left.output().forEach(attribute -> output.add(type.nullExtendsLeft() ? attribute.asNullable() : attribute));
    if (!type.leftOnly()) {
      right.output().forEach(attribute -> output.add(type.nullExtendsRight() ? attribute.asNullable() : attribute));
    }
    return output;
  }
}
