package dev.ember.analyzer;

import dev.ember.plan.expressions.Alias;
import dev.ember.plan.expressions.Expression;
import dev.ember.plan.expressions.UnresolvedFunction;

/**
 * The SQL front end's {@code v:a.b} is {@code variant_get(v, '$.a.b') AS b}; inside another expression Spark names
 * it with its alias ({@code typeof(variant_get(v, $.a.b) AS b)}). Other aliases the front ends nest (the names of
 * typed literals) keep their plain names, so only this form is recognized.
 */
final class VariantPathNames {
  private VariantPathNames() {
  }

  static boolean isPath(Expression expression) {
    return expression instanceof Alias alias && alias.child() instanceof UnresolvedFunction function
        && function.name().equals("variant_get") && function.arguments().size() == 2;
  }
}
