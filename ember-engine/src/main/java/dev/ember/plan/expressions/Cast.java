package dev.ember.plan.expressions;

import dev.ember.plan.types.DataType;
import java.util.Objects;

/** {@code CAST(child AS type)}; {@code tryCast} returns NULL instead of failing. */
public record Cast(Expression child, DataType targetType, boolean tryCast) implements Expression {
  public Cast {
    Objects.requireNonNull(child, "child");
    Objects.requireNonNull(targetType, "targetType");
  }
}
