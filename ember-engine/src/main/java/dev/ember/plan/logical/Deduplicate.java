package dev.ember.plan.logical;

import java.util.List;

/**
 * {@code distinct()}/{@code dropDuplicates()} (every column is a key) or {@code dropDuplicates(names)}:
 * one row per key, the first in input order.
 */
public record Deduplicate(LogicalPlan input, List<String> keyNames, boolean allColumnsAreKeys) implements LogicalPlan {
  public Deduplicate {
    keyNames = List.copyOf(keyNames);
  }
}
