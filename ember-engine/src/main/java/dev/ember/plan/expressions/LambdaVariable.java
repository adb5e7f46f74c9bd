package dev.ember.plan.expressions;

import java.util.List;

/** A reference to a parameter of an enclosing {@link LambdaFunction}. */
public record LambdaVariable(List<String> nameParts) implements Expression {
  public LambdaVariable {
    nameParts = List.copyOf(nameParts);
  }

  public String name() {
    return String.join(".", nameParts);
  }
}
