package dev.ember.plan.logical;

import dev.ember.plan.expressions.Expression;
import java.util.List;
import java.util.Optional;

/**
 * {@code unpivot(ids, values, variableName, valueName)} / {@code melt}; no values: every non-id column. SQL's UNPIVOT
 * of several value columns at once ({@code (a, b) FOR name IN ((a1, b1) AS x, (a2, b2))}) names each value column and
 * gives each set of columns as a {@code struct(a1, b1)} call, aliased by the set's name when it has one.
 */
public record Unpivot(LogicalPlan input, List<Expression> ids, Optional<List<Expression>> values,
    String variableColumnName, List<String> valueColumnNames) implements LogicalPlan {
  public Unpivot {
    ids = List.copyOf(ids);
    values = values.map(List::copyOf);
    valueColumnNames = List.copyOf(valueColumnNames);
  }

  /** One value column: the DataFrame's unpivot and SQL's UNPIVOT of one. */
  public Unpivot(LogicalPlan input, List<Expression> ids, Optional<List<Expression>> values,
      String variableColumnName, String valueColumnName) {
    this(input, ids, values, variableColumnName, List.of(valueColumnName));
  }
}
