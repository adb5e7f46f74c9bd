package dev.ember.plan.command;

import dev.ember.plan.logical.LogicalPlan;
import dev.ember.plan.types.StructType;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code CREATE [EXTERNAL] TABLE [IF NOT EXISTS] name [(columns)] [USING provider] [OPTIONS (...)]
 * [PARTITIONED BY (...)] [LOCATION path] [COMMENT c] [TBLPROPERTIES (...)] [AS query]}: a table of the warehouse over
 * files in the provider's format; {@code columns} is empty when the statement gives none.
 */
public record CreateTable(List<String> nameParts, StructType columns, Optional<String> provider,
    Map<String, String> options, List<String> partitionColumns, Optional<BucketSpec> buckets, Optional<String> location,
    Map<String, String> properties, Optional<String> comment, boolean ifNotExists, Optional<LogicalPlan> query,
    Map<String, String> columnComments) implements Command {
  public CreateTable {
    nameParts = List.copyOf(nameParts);
    Objects.requireNonNull(columns, "columns");
    Objects.requireNonNull(provider, "provider");
    options = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(options));
    partitionColumns = List.copyOf(partitionColumns);
    Objects.requireNonNull(buckets, "buckets");
    Objects.requireNonNull(location, "location");
    properties = Map.copyOf(properties);
    Objects.requireNonNull(comment, "comment");
    Objects.requireNonNull(query, "query");
    columnComments = Map.copyOf(columnComments);
  }
}
