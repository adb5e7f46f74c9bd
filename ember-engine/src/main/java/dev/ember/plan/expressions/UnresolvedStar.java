package dev.ember.plan.expressions;

import java.util.List;
import java.util.OptionalLong;

/** {@code *}, {@code t.*} or {@code df.col("*")}; SQL's {@code * EXCEPT (a, b)} leaves the {@code except} columns out. */
public record UnresolvedStar(List<String> target, OptionalLong planId, List<List<String>> except) implements Expression {
  public UnresolvedStar {
    target = List.copyOf(target);
    except = except.stream().map(List::copyOf).toList();
  }

  public UnresolvedStar(List<String> target, OptionalLong planId) {
    this(target, planId, List.of());
  }
}
