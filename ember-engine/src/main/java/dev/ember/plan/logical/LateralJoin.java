package dev.ember.plan.logical;

import dev.ember.plan.expressions.Expression;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * SQL's {@code left [type] JOIN LATERAL right [ON condition | USING (columns)]} (and {@code left, LATERAL right}): a
 * join whose right side may read the left's columns, evaluated for each left row (Spark's LateralJoin).
 */
public record LateralJoin(LogicalPlan left, LogicalPlan right, JoinType type, Optional<Expression> condition,
    List<String> usingColumns) implements LogicalPlan {
  public LateralJoin {
    Objects.requireNonNull(left, "left");
    Objects.requireNonNull(right, "right");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(condition, "condition");
    usingColumns = List.copyOf(usingColumns);
  }
}
