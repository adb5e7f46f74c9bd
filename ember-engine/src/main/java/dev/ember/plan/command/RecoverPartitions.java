package dev.ember.plan.command;

import java.util.List;

/**
 * {@code MSCK REPAIR TABLE name [ADD | DROP | SYNC PARTITIONS]}, {@code ALTER TABLE name RECOVER PARTITIONS} and
 * {@code spark.catalog().recoverPartitions(name)}: the partition directories the table's location holds become its
 * partitions ({@code add}), and partitions whose directory is gone stop being ({@code drop}). {@code viewOperation}
 * and {@code command} name the statement as Spark's errors do for a view and for a table without partitions.
 */
public record RecoverPartitions(List<String> nameParts, boolean add, boolean drop, String viewOperation,
    String command) implements Command {
  public RecoverPartitions {
    nameParts = List.copyOf(nameParts);
  }
}
