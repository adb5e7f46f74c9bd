package dev.ember.plan.resolved;

import dev.ember.plan.usercode.PartitionFunction;
import java.util.List;

/** The rows user code makes of all of {@code input}'s rows ({@code Dataset.map}, {@code mapPartitions}). */
public record UserCodeRows(ResolvedPlan input, PartitionFunction function, List<Attribute> output)
    implements ResolvedPlan {
  public UserCodeRows {
    output = List.copyOf(output);
  }
}
