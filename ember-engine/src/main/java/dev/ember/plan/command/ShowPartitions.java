package dev.ember.plan.command;

import java.util.List;

/**
 * {@code SHOW PARTITIONS name} and {@code spark.catalog().listPartitions(name)} ({@code operation} names which, as
 * Spark's errors do): a partitioned table's partitions.
 */
public record ShowPartitions(List<String> nameParts, String operation) implements Command {
  public ShowPartitions {
    nameParts = List.copyOf(nameParts);
  }
}
