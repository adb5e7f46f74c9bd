package dev.ember.plan.command;

import dev.ember.plan.expressions.Expression;
import dev.ember.plan.logical.LogicalPlan;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code df.writeTo(name)} (Spark's DataFrameWriterV2): {@code create}, {@code replace}, {@code createOrReplace}
 * with the writer's provider, partitioning and properties; {@code append}, {@code overwrite(condition)} and
 * {@code overwritePartitions} of an existing table, the query's columns matched by name.
 */
public record WriteToTable(List<String> nameParts, LogicalPlan query, Mode mode, Optional<String> provider,
    List<String> partitionColumns, Map<String, String> properties, Map<String, String> options,
    Optional<Expression> overwriteCondition) implements Command {
  public enum Mode {
    CREATE, REPLACE, CREATE_OR_REPLACE, APPEND, OVERWRITE, OVERWRITE_PARTITIONS
  }

  public WriteToTable {
    nameParts = List.copyOf(nameParts);
    Objects.requireNonNull(query, "query");
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(provider, "provider");
    partitionColumns = List.copyOf(partitionColumns);
    properties = Map.copyOf(properties);
    options = Map.copyOf(options);
    Objects.requireNonNull(overwriteCondition, "overwriteCondition");
  }
}
