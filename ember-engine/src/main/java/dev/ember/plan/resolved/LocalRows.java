package dev.ember.plan.resolved;

import dev.ember.plan.logical.LocalData;
import java.util.List;

/** A local relation's rows ({@code createDataFrame}), carried in the plan or loaded into a session table. */
public record LocalRows(List<Attribute> output, LocalData data) implements ResolvedPlan {
  public LocalRows {
    output = List.copyOf(output);
  }
}
