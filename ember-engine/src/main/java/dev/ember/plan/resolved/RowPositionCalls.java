package dev.ember.plan.resolved;

import java.util.List;

/**
 * The resolved calls whose value depends on the row's position in its input (seeded draws, ids, the
 * partition id, seeded UUIDs and shuffles): the SQL generator numbers the input for them, and Spark
 * counts them as non-deterministic.
 */
public final class RowPositionCalls {
  public static final List<String> NAMES = List.of("rand", "randn", "monotonically_increasing_id",
      "spark_partition_id", "distributed_sequence_id", "uuid", "shuffle", "randstr", "spark_rand");

  private RowPositionCalls() {
  }
}
