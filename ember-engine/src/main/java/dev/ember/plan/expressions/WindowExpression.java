package dev.ember.plan.expressions;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code function OVER (PARTITION BY ... ORDER BY ... frame)}; an absent frame means Spark's default
 * frame, which depends on the function and on whether the window is ordered.
 */
public record WindowExpression(Expression function, List<Expression> partitionBy, List<SortOrder> orderBy,
    Optional<WindowFrame> frame) implements Expression {
  public WindowExpression {
    Objects.requireNonNull(function, "function");
    partitionBy = List.copyOf(partitionBy);
    orderBy = List.copyOf(orderBy);
    Objects.requireNonNull(frame, "frame");
  }
}
