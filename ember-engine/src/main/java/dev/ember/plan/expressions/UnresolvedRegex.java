package dev.ember.plan.expressions;

import java.util.List;
import java.util.OptionalLong;

/**
 * {@code df.colRegex("`regex`")}, or a quoted regex column name in SQL ({@code t.`(a|b)?+.+`}): every column whose
 * name the (Java) regular expression matches, of the table alias {@code target} when one is given.
 */
public record UnresolvedRegex(String regex, List<String> target, OptionalLong planId) implements Expression {
  public UnresolvedRegex {
    target = List.copyOf(target);
  }

  public UnresolvedRegex(String regex, OptionalLong planId) {
    this(regex, List.of(), planId);
  }
}
