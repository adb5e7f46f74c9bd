package dev.ember.plan.expressions;

import java.util.Objects;

/** {@code child ASC|DESC NULLS FIRST|LAST}; Spark's defaults: ASC NULLS FIRST, DESC NULLS LAST. */
public record SortOrder(Expression child, boolean ascending, boolean nullsFirst) implements Expression {
  public SortOrder {
    Objects.requireNonNull(child, "child");
  }
}
