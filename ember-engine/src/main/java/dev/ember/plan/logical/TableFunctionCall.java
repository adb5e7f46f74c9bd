package dev.ember.plan.logical;

import dev.ember.plan.expressions.Expression;
import dev.ember.plan.usercode.TableUserFunction;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A call of a user-defined table function: the function itself ({@code MyUdtf(lit(1))} over Spark Connect) or its
 * name, a function of the session ({@code spark.udtf.register}, then {@code SELECT * FROM f(...)}); its scalar
 * arguments and, at position {@code tablePosition}, its table argument when it has one.
 */
public record TableFunctionCall(String name, Optional<TableUserFunction> function, List<Expression> arguments,
    Optional<TableArgument> table, int tablePosition) implements LogicalPlan {
  public TableFunctionCall {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(function, "function");
    arguments = List.copyOf(arguments);
    Objects.requireNonNull(table, "table");
  }
}
