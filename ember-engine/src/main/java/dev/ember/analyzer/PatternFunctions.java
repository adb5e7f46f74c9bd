package dev.ember.analyzer;

import static dev.ember.analyzer.FunctionDefinition.prefix;

import dev.ember.plan.resolved.BoundExpression;
import dev.ember.plan.resolved.Call;
import dev.ember.plan.types.AtomicType;
import java.util.List;

/** String predicates: LIKE, ILIKE, RLIKE, startswith, endswith, contains. */
final class PatternFunctions {
  private PatternFunctions() {
  }

  static List<FunctionDefinition> definitions() {
    return List.of(
        like(),
        predicate("ilike", "ilike", prefix("ilike")),
        predicate("rlike", "rlike", prefix("RLIKE")),
        predicate("regexp", "rlike", prefix("REGEXP")),
        predicate("regexp_like", "rlike", prefix("REGEXP_LIKE")),
        stringOrBinaryPredicate("startswith"),
        stringOrBinaryPredicate("endswith"),
        stringOrBinaryPredicate("contains"));
  }

  /** {@code str LIKE pattern [ESCAPE 'c']}: SQL's escape character is the optional third argument, a constant. */
  private static FunctionDefinition like() {
    return new FunctionDefinition("like", 2, 3, false, (pretty, arguments, sql) -> {
      List<BoundExpression> inputs = new java.util.ArrayList<>(List.of(InputChecks.string(pretty, arguments, sql, 0),
          InputChecks.string(pretty, arguments, sql, 1)));
      if (arguments.size() == 3) {
        inputs.add(InputChecks.string(pretty, arguments, sql, 2));
      }
      java.util.Optional<String> escape = inputs.size() == 3 ? ConstantTexts.value(inputs.get(2))
          : java.util.Optional.of("\\");
      java.util.Optional<String> pattern = ConstantTexts.value(inputs.get(1));
      if (pattern.isPresent() && escape.isPresent() && escape.get().length() == 1) {
        checkEscapes(pattern.get(), escape.get().charAt(0));
      }
      return new Call("like", inputs, AtomicType.BOOLEAN, inputs.get(0).nullable() || inputs.get(1).nullable());
    }, (names, distinct) -> names.get(0) + " LIKE " + names.get(1)
        + (names.size() == 3 ? " ESCAPE '" + names.get(2) + "'" : ""));
  }

  /**
   * Spark's StringUtils.escapeLikeRegex of a constant pattern: its escape character may precede only {@code _},
   * {@code %} or itself, and may not end it.
   */
  private static void checkEscapes(String pattern, char escape) {
    for (int i = 0; i < pattern.length(); i++) {
      if (pattern.charAt(i) != escape) {
        continue;
      }
      if (i + 1 == pattern.length()) {
        throw invalidFormat("ESC_AT_THE_END", pattern, "The escape character is not allowed to end with.",
            java.util.Map.of("format", "'" + pattern + "'"));
      }
      char next = pattern.charAt(++i);
      if (next != '_' && next != '%' && next != escape) {
        throw invalidFormat("ESC_IN_THE_MIDDLE", pattern, "The escape character is not allowed to precede '" + next
            + "'.", java.util.Map.of("format", "'" + pattern + "'", "char", "'" + next + "'"));
      }
    }
  }

  private static RuntimeException invalidFormat(String subclass, String pattern, String detail,
      java.util.Map<String, String> parameters) {
    return new dev.ember.plan.errors.EmberException(dev.ember.plan.errors.ErrorKind.ANALYSIS,
        "INVALID_FORMAT." + subclass, "42601", "The format is invalid: '" + pattern + "'. " + detail, parameters)
        .withoutQueryContext();
  }

  /**
   * startswith, endswith and contains compare bytes when both inputs are binaries (Spark's BinaryPredicate, the call
   * {@code binary_<name>}); otherwise they compare strings, as {@link #predicate}.
   */
  private static FunctionDefinition stringOrBinaryPredicate(String name) {
    FunctionDefinition strings = predicate(name, name, prefix(name));
    return new FunctionDefinition(name, 2, 2, false, (pretty, arguments, sql) -> {
      if (arguments.get(0).dataType() == AtomicType.BINARY && arguments.get(1).dataType() == AtomicType.BINARY) {
        // Spark's BinaryPredicate is a static call: nullable whatever its inputs
        return new Call("binary_" + name, arguments, AtomicType.BOOLEAN, true);
      }
      return strings.binder().bind(pretty, arguments, sql);
    }, prefix(name));
  }

  /** Two string inputs (other atomic types are cast to string), a boolean result. */
  private static FunctionDefinition predicate(String name, String function, FunctionDefinition.Namer namer) {
    return new FunctionDefinition(name, 2, 2, false, (pretty, arguments, sql) -> {
      List<BoundExpression> strings = List.of(InputChecks.string(pretty, arguments, sql, 0),
          InputChecks.string(pretty, arguments, sql, 1));
      return new Call(function, strings, AtomicType.BOOLEAN,
          strings.get(0).nullable() || strings.get(1).nullable());
    }, namer);
  }
}
