package dev.ember.plan.logical;

import dev.ember.plan.expressions.Expression;
import java.util.List;

/**
 * {@code repartition}, {@code repartitionByRange}, {@code coalesce}: one machine has no partitions to
 * shape, so only the partitioning expressions are checked; rows are unchanged.
 */
public record Repartition(LogicalPlan input, List<Expression> partitionExpressions) implements LogicalPlan {
  public Repartition {
    partitionExpressions = List.copyOf(partitionExpressions);
  }
}
