package dev.ember.plan.logical;

import dev.ember.plan.expressions.Expression;
import java.util.List;
import java.util.OptionalInt;

/**
 * {@code repartition}, {@code repartitionByRange}, {@code coalesce}, {@code repartitionById}: one machine has no
 * partitions to shape, so only the partitioning expressions are checked and rows are unchanged, except that the
 * partition a {@code direct_shuffle_partition_id} expression names is what {@code spark_partition_id()} reports.
 */
public record Repartition(LogicalPlan input, List<Expression> partitionExpressions, OptionalInt numPartitions)
    implements LogicalPlan {
  /** The function {@code repartitionById} wraps its partition id in (Spark's DirectShufflePartitionID). */
  public static final String DIRECT_SHUFFLE_PARTITION_ID = "direct_shuffle_partition_id";

  public Repartition {
    partitionExpressions = List.copyOf(partitionExpressions);
    java.util.Objects.requireNonNull(numPartitions, "numPartitions");
  }
}
