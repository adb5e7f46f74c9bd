package dev.ember.analyzer;

import dev.ember.plan.expressions.Identifiers;
import java.util.List;

/**
 * The name of a function a call gives: one part ({@code f}), or a qualified one ({@code db.f},
 * {@code spark_catalog.db.f}) whose parts the front ends join with dots, as the Connect client sends a qualified
 * function name.
 */
final class FunctionNames {
  private FunctionNames() {
  }

  static List<String> parts(String name) {
    return List.of(name.split("\\.", -1));
  }

  /** {@code `f`} or {@code `db`.`f`}, as Spark's errors name the routine. */
  static String quoted(String name) {
    return Identifiers.quoteNameParts(parts(name));
  }
}
