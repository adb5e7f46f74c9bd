package dev.ember.plan.expressions;

import java.util.List;
import java.util.OptionalLong;

/** {@code *}, {@code t.*} or {@code df.col("*")}. */
public record UnresolvedStar(List<String> target, OptionalLong planId) implements Expression {
  public UnresolvedStar {
    target = List.copyOf(target);
  }
}
