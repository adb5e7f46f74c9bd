package dev.ember.plan.command;

import java.util.List;

/**
 * {@code TRUNCATE TABLE name} and {@code spark.catalog().truncateTable(name)} ({@code operation} names which, as
 * Spark's errors do): the table's files are deleted, the table stays.
 */
public record TruncateTable(List<String> nameParts, String operation) implements Command {
  public TruncateTable {
    nameParts = List.copyOf(nameParts);
  }
}
