package dev.ember.plan.command;

import dev.ember.plan.expressions.Expression;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code DESCRIBE [TABLE] [EXTENDED | FORMATTED] name [PARTITION (col = value, ...)]}: its columns, partitioning and,
 * extended, its details (or a partition's).
 */
public record DescribeTable(List<String> nameParts, boolean extended, Optional<Map<String, Expression>> partition)
    implements Command {
  public DescribeTable {
    nameParts = List.copyOf(nameParts);
    Objects.requireNonNull(partition, "partition");
    partition = partition.map(spec -> java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(spec)));
  }

  public DescribeTable(List<String> nameParts, boolean extended) {
    this(nameParts, extended, Optional.empty());
  }
}
