package dev.ember.plan.resolved;

import java.util.List;

/** The last {@code limit} rows of the input, in input order. */
public record TailRows(ResolvedPlan input, long limit) implements ResolvedPlan {
  @Override
  public List<Attribute> output() {
    return input.output();
  }
}
