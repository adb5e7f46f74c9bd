package dev.ember.plan.resolved;

import java.util.List;

/** {@code spark.range(start, end, step)}: one non-null bigint column {@code id}. */
public record RangeScan(long start, long end, long step, Attribute id) implements ResolvedPlan {
  @Override
  public List<Attribute> output() {
    return List.of(id);
  }
}
