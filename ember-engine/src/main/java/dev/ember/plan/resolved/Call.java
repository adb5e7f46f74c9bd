package dev.ember.plan.resolved;

import dev.ember.plan.types.DataType;
import java.util.List;
import java.util.Objects;

/**
 * A call of a Spark function after coercion: {@code function} is Spark's canonical name
 * ({@code "add"}, {@code "upper"}); the SQL generator decides how DuckDB spells it.
 */
public record Call(String function, List<BoundExpression> arguments, DataType dataType, boolean nullable)
    implements BoundExpression {
  public Call {
    Objects.requireNonNull(function, "function");
    arguments = List.copyOf(arguments);
    Objects.requireNonNull(dataType, "dataType");
  }

  public BoundExpression argument(int index) {
    return arguments.get(index);
  }
}
