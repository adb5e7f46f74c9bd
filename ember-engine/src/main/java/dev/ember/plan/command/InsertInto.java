package dev.ember.plan.command;

import dev.ember.plan.expressions.Expression;
import dev.ember.plan.logical.LogicalPlan;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code INSERT INTO | OVERWRITE [TABLE] name [PARTITION (p = v, q)] [(columns)] query} and {@code insertInto}: the
 * query's rows added to (or replacing) a table's; {@code partition} gives each named partition column its constant
 * value, or none for a dynamic one; {@code columns} names the table columns the query's columns go to, in order.
 */
public record InsertInto(List<String> nameParts, LogicalPlan query, boolean overwrite,
    Map<String, Optional<Expression>> partition, Optional<List<String>> columns) implements Command {
  public InsertInto {
    nameParts = List.copyOf(nameParts);
    Objects.requireNonNull(query, "query");
    partition = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(partition));
    columns = columns.map(List::copyOf);
  }
}
