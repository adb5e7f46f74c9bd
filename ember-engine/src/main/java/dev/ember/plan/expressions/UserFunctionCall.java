package dev.ember.plan.expressions;

import dev.ember.plan.usercode.ScalarUserFunction;
import java.util.List;

/**
 * A call of a user-defined function written on the JVM, over its arguments ({@code udf.apply(col("a"))});
 * {@code distinct}: a user aggregate over the distinct inputs only.
 */
public record UserFunctionCall(ScalarUserFunction function, List<Expression> arguments, boolean distinct)
    implements Expression {
  public UserFunctionCall {
    arguments = List.copyOf(arguments);
  }

  public UserFunctionCall(ScalarUserFunction function, List<Expression> arguments) {
    this(function, arguments, false);
  }
}
