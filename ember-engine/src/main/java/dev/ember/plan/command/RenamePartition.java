package dev.ember.plan.command;

import dev.ember.plan.expressions.Expression;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@code ALTER TABLE name PARTITION (...) RENAME TO PARTITION (...)}: each spec's constant values by column. */
public record RenamePartition(List<String> nameParts, Map<String, Optional<Expression>> from,
    Map<String, Optional<Expression>> to) implements Command {
  public RenamePartition {
    nameParts = List.copyOf(nameParts);
  }
}
