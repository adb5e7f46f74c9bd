package dev.ember.plan.command;

import dev.ember.plan.expressions.Expression;
import dev.ember.plan.types.DataType;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code DECLARE [OR REPLACE] [VARIABLE] name [, ...] [type] [DEFAULT | = expression]}: session variables of the type
 * (or the expression's), set to the expression's value, evaluated once (NULL without one). Names are
 * {@code var}, {@code session.var} or {@code system.session.var}.
 */
public record DeclareVariable(List<List<String>> names, Optional<DataType> type, Optional<Expression> defaultValue,
    boolean replace) implements Command {
  public DeclareVariable {
    names = names.stream().map(List::copyOf).toList();
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(defaultValue, "defaultValue");
    if (names.isEmpty()) {
      throw new IllegalArgumentException("DECLARE names at least one variable");
    }
  }
}
