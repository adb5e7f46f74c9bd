package dev.ember.plan.logical;

import dev.ember.plan.expressions.Expression;
import java.util.List;

/** {@code FROM f(arguments)} of a table function that is not one of Spark's built-in ones (a SQL table function). */
public record UnresolvedTableFunction(String name, List<Expression> arguments) implements LogicalPlan {
  public UnresolvedTableFunction {
    arguments = List.copyOf(arguments);
  }
}
