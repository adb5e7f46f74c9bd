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
        predicate("like", "like", (names, distinct) -> names.get(0) + " LIKE " + names.get(1)),
        predicate("ilike", "ilike", prefix("ilike")),
        predicate("rlike", "rlike", prefix("RLIKE")),
        predicate("regexp", "rlike", prefix("REGEXP")),
        predicate("regexp_like", "rlike", prefix("REGEXP_LIKE")),
        predicate("startswith", "startswith", prefix("startswith")),
        predicate("endswith", "endswith", prefix("endswith")),
        predicate("contains", "contains", prefix("contains")));
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
