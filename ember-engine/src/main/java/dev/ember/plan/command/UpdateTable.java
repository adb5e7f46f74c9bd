package dev.ember.plan.command;

import dev.ember.plan.expressions.Expression;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** {@code UPDATE name [alias] SET column = value, ... [WHERE condition]}. */
public record UpdateTable(List<String> nameParts, Optional<String> alias, List<MergeIntoTable.Assignment> assignments,
    Optional<Expression> condition) implements Command {
  public UpdateTable {
    nameParts = List.copyOf(nameParts);
    Objects.requireNonNull(alias, "alias");
    assignments = List.copyOf(assignments);
    Objects.requireNonNull(condition, "condition");
  }
}
