package dev.ember.plan.expressions;

import java.util.List;

/** A call by name ({@code "+"}, {@code "upper"}, {@code "count"}); the analyzer looks the name up. */
public record UnresolvedFunction(String name, List<Expression> arguments, boolean distinct)
    implements Expression {
  public UnresolvedFunction {
    arguments = List.copyOf(arguments);
  }

  public static UnresolvedFunction of(String name, Expression... arguments) {
    return new UnresolvedFunction(name, List.of(arguments), false);
  }
}
