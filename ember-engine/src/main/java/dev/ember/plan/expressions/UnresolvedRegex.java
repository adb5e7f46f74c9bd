package dev.ember.plan.expressions;

import java.util.OptionalLong;

/** {@code df.colRegex("`regex`")}: every column whose name the (Java) regular expression matches. */
public record UnresolvedRegex(String regex, OptionalLong planId) implements Expression {
}
