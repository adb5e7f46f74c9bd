package dev.ember.plan.resolved;

import java.util.List;

/**
 * {@code spark.range(start, end, step)}: one non-null bigint column {@code id}. Spark reads it in {@code slices}
 * partitions (its numPartitions, else its default parallelism), which Ember runs as one but whose partition a row
 * has in Spark {@code spark_partition_id()} and per-partition user code see.
 */
public record RangeScan(long start, long end, long step, Attribute id, int slices) implements ResolvedPlan {
  public RangeScan(long start, long end, long step, Attribute id) {
    this(start, end, step, id, 1);
  }

  @Override
  public List<Attribute> output() {
    return List.of(id);
  }
}
