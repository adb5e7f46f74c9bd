package dev.ember.plan.expressions;

import java.util.List;
import java.util.Objects;

/** {@code expr AS (a, b)}: names for each column of a generator such as posexplode. */
public record MultiAlias(Expression child, List<String> names) implements Expression {
  public MultiAlias {
    Objects.requireNonNull(child, "child");
    names = List.copyOf(names);
  }
}
