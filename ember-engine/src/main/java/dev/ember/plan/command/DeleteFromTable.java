package dev.ember.plan.command;

import dev.ember.plan.expressions.Expression;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** {@code DELETE FROM name [alias] [WHERE condition]}. */
public record DeleteFromTable(List<String> nameParts, Optional<String> alias, Optional<Expression> condition)
    implements Command {
  public DeleteFromTable {
    nameParts = List.copyOf(nameParts);
    Objects.requireNonNull(alias, "alias");
    Objects.requireNonNull(condition, "condition");
  }
}
