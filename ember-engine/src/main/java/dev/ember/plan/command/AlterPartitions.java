package dev.ember.plan.command;

import dev.ember.plan.expressions.Expression;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code ALTER TABLE name ADD [IF NOT EXISTS] PARTITION (...) ...} and {@code ALTER TABLE name DROP [IF EXISTS]
 * PARTITION (...), ...} ({@code drop}): each spec's constant values by column, {@code tolerant} for the IF [NOT]
 * EXISTS forms.
 */
public record AlterPartitions(List<String> nameParts, List<Map<String, Optional<Expression>>> specs, boolean drop,
    boolean tolerant) implements Command {
  public AlterPartitions {
    nameParts = List.copyOf(nameParts);
    specs = List.copyOf(specs);
  }
}
