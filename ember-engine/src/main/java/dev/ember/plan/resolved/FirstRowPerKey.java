package dev.ember.plan.resolved;

import java.util.List;

/**
 * {@code dropDuplicates(keys)}: for each distinct key (NULLs equal) the first row in input order,
 * the rows kept in input order.
 */
public record FirstRowPerKey(ResolvedPlan input, List<Attribute> keys) implements ResolvedPlan {
  public FirstRowPerKey {
    keys = List.copyOf(keys);
  }

  @Override
  public List<Attribute> output() {
    return input.output();
  }
}
