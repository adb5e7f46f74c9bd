package dev.ember.plan.command;

import dev.ember.plan.expressions.Expression;
import dev.ember.plan.logical.LogicalPlan;
import dev.ember.plan.types.DataType;
import dev.ember.plan.types.StructType;
import java.util.List;
import java.util.Optional;

/**
 * A SQL user-defined function ({@code CREATE TEMPORARY FUNCTION f(a INT, b INT DEFAULT 1) RETURNS ... RETURN ...}):
 * a scalar one computes {@code expression} ({@code returnType} its declared type, if any), a table one reads
 * {@code query} ({@code returnColumns} its declared columns, if any); parameters are read by name in the body.
 */
public record SqlFunction(String name, List<Parameter> parameters, Optional<DataType> returnType,
    Optional<StructType> returnColumns, Optional<Expression> expression, Optional<LogicalPlan> query) {
  public SqlFunction {
    parameters = List.copyOf(parameters);
  }

  /** A parameter: its name, type and DEFAULT expression. */
  public record Parameter(String name, DataType type, Optional<Expression> defaultValue) {
  }

  public boolean isTable() {
    return query.isPresent();
  }

  /** How many arguments a call must give: the parameters before the first with a default. */
  public int requiredArguments() {
    int required = 0;
    while (required < parameters.size() && parameters.get(required).defaultValue().isEmpty()) {
      required++;
    }
    return required;
  }
}
