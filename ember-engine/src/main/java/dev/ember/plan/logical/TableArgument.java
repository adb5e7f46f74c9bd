package dev.ember.plan.logical;

import dev.ember.plan.expressions.Expression;
import dev.ember.plan.expressions.SortOrder;
import java.util.List;
import java.util.Objects;

/**
 * A table argument of a table function call: {@code TABLE(t)} or {@code TABLE(query)} in SQL, {@code df.asTable()}
 * over Spark Connect, with its {@code PARTITION BY} and {@code ORDER BY} (empty when not given) and the keyword it is
 * given by (empty when by position); {@code singlePartition} for {@code WITH SINGLE PARTITION}.
 */
public record TableArgument(LogicalPlan plan, List<Expression> partitionBy, List<SortOrder> orderBy,
    String keyword, boolean singlePartition) {
  public TableArgument(LogicalPlan plan, List<Expression> partitionBy, List<SortOrder> orderBy, String keyword) {
    this(plan, partitionBy, orderBy, keyword, false);
  }

  public TableArgument {
    Objects.requireNonNull(plan, "plan");
    partitionBy = List.copyOf(partitionBy);
    orderBy = List.copyOf(orderBy);
  }
}
