package dev.ember.plan.logical;

import java.util.Map;
import java.util.Objects;

/**
 * Spark Connect's {@code WithRelations}: a root plan and the plans its subquery expressions refer to by plan id
 * ({@link ReferencedRelation}), as the client sends {@code df.scalar()} and {@code col.isin(df)}.
 */
public record WithRelations(LogicalPlan root, Map<Long, LogicalPlan> references) implements LogicalPlan {
  public WithRelations {
    Objects.requireNonNull(root, "root");
    references = Map.copyOf(references);
  }
}
