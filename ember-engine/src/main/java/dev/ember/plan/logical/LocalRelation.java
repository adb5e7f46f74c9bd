package dev.ember.plan.logical;

import dev.ember.plan.types.StructType;
import java.util.List;

/** Rows sent by the client ({@code createDataFrame}); values as in {@link dev.ember.plan.expressions.Literal}. */
public record LocalRelation(StructType schema, List<List<Object>> rows) implements LogicalPlan {
  public LocalRelation {
    rows = List.copyOf(rows);
  }
}
