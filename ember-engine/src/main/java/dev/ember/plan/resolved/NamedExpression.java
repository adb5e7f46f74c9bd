package dev.ember.plan.resolved;

import java.util.Objects;

/** An output column of a projection or aggregation: the expression and the attribute it defines. */
public record NamedExpression(BoundExpression expression, Attribute attribute) {
  public NamedExpression {
    Objects.requireNonNull(expression, "expression");
    Objects.requireNonNull(attribute, "attribute");
  }
}
