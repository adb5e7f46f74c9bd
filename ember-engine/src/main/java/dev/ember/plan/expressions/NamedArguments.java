package dev.ember.plan.expressions;

import java.util.List;
import java.util.Optional;

/**
 * SQL's named function argument {@code name => value}, carried as a call of a name no SQL text or Connect client can
 * spell, with the parameter name (a string literal) and the value as its arguments; the analyzer puts the arguments
 * of a call in its parameters' order.
 */
public final class NamedArguments {
  /** Not a function name Spark's grammar can produce (it has spaces). */
  public static final String NAME = "<parameter> => <value>";

  private NamedArguments() {
  }

  public static UnresolvedFunction of(String parameter, Expression value) {
    return new UnresolvedFunction(NAME, List.of(Literal.of(parameter), value), false);
  }

  /** The parameter name and value, when the expression is a named argument. */
  public static Optional<Named> named(Expression expression) {
    if (expression instanceof UnresolvedFunction call && call.name().equals(NAME)) {
      return Optional.of(new Named((String) ((Literal) call.arguments().get(0)).value(), call.arguments().get(1)));
    }
    return Optional.empty();
  }

  /** A named argument: the parameter it names and its value. */
  public record Named(String parameter, Expression value) {
  }
}
