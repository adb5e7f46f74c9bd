package dev.ember.analyzer;

import dev.ember.plan.expressions.Literal;
import dev.ember.plan.resolved.BoundExpression;
import dev.ember.plan.resolved.Call;
import dev.ember.plan.types.ArrayType;
import dev.ember.plan.types.AtomicType;
import java.util.ArrayList;
import java.util.List;

/**
 * sentences(str[, language[, country]]): the text's sentences as arrays of words, by the locale's
 * break rules; Spark fills an omitted language or country with an empty string, in the name too.
 */
final class SentenceFunctions {
  private SentenceFunctions() {
  }

  static List<FunctionDefinition> definitions() {
    return List.of(new FunctionDefinition("sentences", 1, 3, false, (pretty, arguments, sql) -> {
      List<BoundExpression> strings = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        strings.add(i < arguments.size() ? InputChecks.string(pretty, arguments, sql, i) : Literal.of(""));
      }
      return new Call("sentences", strings,
          new ArrayType(new ArrayType(AtomicType.STRING, false), false), true);
    }, (names, distinct) -> {
      List<String> filled = new ArrayList<>(names);
      while (filled.size() < 3) {
        filled.add("");
      }
      return "sentences(" + String.join(", ", filled) + ")";
    }));
  }
}
