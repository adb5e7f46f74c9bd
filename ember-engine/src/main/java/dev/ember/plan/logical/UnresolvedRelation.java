package dev.ember.plan.logical;

import java.util.List;

/** {@code spark.table("t")}: a table or temporary view by name. */
public record UnresolvedRelation(List<String> nameParts) implements LogicalPlan {
  public UnresolvedRelation {
    nameParts = List.copyOf(nameParts);
  }
}
