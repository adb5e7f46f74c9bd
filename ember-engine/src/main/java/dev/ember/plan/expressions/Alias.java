package dev.ember.plan.expressions;

import java.util.Objects;

/** {@code expr AS name}. */
public record Alias(Expression child, String name) implements Expression {
  public Alias {
    Objects.requireNonNull(child, "child");
    Objects.requireNonNull(name, "name");
  }
}
