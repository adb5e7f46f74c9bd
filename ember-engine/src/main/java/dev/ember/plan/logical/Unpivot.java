package dev.ember.plan.logical;

import dev.ember.plan.expressions.Expression;
import java.util.List;
import java.util.Optional;

/** {@code unpivot(ids, values, variableName, valueName)} / {@code melt}; no values: every non-id column. */
public record Unpivot(LogicalPlan input, List<Expression> ids, Optional<List<Expression>> values,
    String variableColumnName, String valueColumnName) implements LogicalPlan {
  public Unpivot {
    ids = List.copyOf(ids);
    values = values.map(List::copyOf);
  }
}
