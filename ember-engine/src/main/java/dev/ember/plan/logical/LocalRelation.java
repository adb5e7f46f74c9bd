package dev.ember.plan.logical;

import dev.ember.plan.types.StructType;
import java.util.List;

/** Rows sent by the client ({@code createDataFrame}) or computed by Ember (catalog listings). */
public record LocalRelation(StructType schema, LocalData data) implements LogicalPlan {
  /** A relation of rows carried in the plan; values as in {@link dev.ember.plan.expressions.Literal}. */
  public LocalRelation(StructType schema, List<List<Object>> rows) {
    this(schema, new LocalData.Rows(rows));
  }
}
