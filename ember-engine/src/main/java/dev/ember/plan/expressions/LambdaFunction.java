package dev.ember.plan.expressions;

import java.util.List;
import java.util.Objects;

/** {@code (x, i) -> body} as an argument of a higher-order function; the parameters are client-chosen names. */
public record LambdaFunction(Expression body, List<String> parameters) implements Expression {
  public LambdaFunction {
    Objects.requireNonNull(body, "body");
    parameters = List.copyOf(parameters);
  }
}
