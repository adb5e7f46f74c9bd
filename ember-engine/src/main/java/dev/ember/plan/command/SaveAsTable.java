package dev.ember.plan.command;

import dev.ember.plan.logical.LogicalPlan;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code df.write().mode(m).format(f).partitionBy(...).saveAsTable(name)}: a new table of the query's rows, or, by the
 * mode, rows added to the existing table (append), the table replaced (overwrite), nothing (ignore) or Spark's error.
 */
public record SaveAsTable(List<String> nameParts, LogicalPlan query, SaveMode mode, Optional<String> provider,
    Map<String, String> options, List<String> partitionColumns) implements Command {
  public SaveAsTable {
    nameParts = List.copyOf(nameParts);
    Objects.requireNonNull(query, "query");
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(provider, "provider");
    options = Map.copyOf(options);
    partitionColumns = List.copyOf(partitionColumns);
  }
}
