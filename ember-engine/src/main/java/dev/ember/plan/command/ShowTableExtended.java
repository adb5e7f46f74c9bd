package dev.ember.plan.command;

import dev.ember.plan.expressions.Expression;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code SHOW TABLE EXTENDED [IN namespace] LIKE 'pattern' [PARTITION (col = value, ...)]}: the tables and views the
 * pattern matches with their details, or (with a partition) one table's partition.
 */
public record ShowTableExtended(Optional<List<String>> namespace, String pattern,
    Optional<Map<String, Expression>> partition) implements Command {
  public ShowTableExtended {
    namespace = namespace.map(List::copyOf);
    Objects.requireNonNull(pattern, "pattern");
    partition = partition.map(spec -> java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(spec)));
  }
}
