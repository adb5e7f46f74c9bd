package dev.ember.plan.expressions;

import dev.ember.plan.usercode.ScalarUserFunction;
import java.util.List;

/** A call of a user-defined function written on the JVM, over its arguments ({@code udf.apply(col("a"))}). */
public record UserFunctionCall(ScalarUserFunction function, List<Expression> arguments) implements Expression {
  public UserFunctionCall {
    arguments = List.copyOf(arguments);
  }
}
