package dev.ember.analyzer;

import static dev.ember.analyzer.FunctionDefinition.prefix;

import dev.ember.plan.expressions.Literal;
import dev.ember.plan.resolved.BoundExpression;
import dev.ember.plan.resolved.Call;
import dev.ember.plan.types.AtomicType;
import java.util.ArrayList;
import java.util.List;

/** parse_url / try_parse_url and url_encode / url_decode / try_url_decode over strings. */
final class UrlFunctions {
  private UrlFunctions() {
  }

  static List<FunctionDefinition> definitions() {
    return List.of(
        parseUrl("parse_url", false),
        parseUrl("try_parse_url", true),
        coding("url_encode", "url_encode", false),
        coding("url_decode", "url_decode", false),
        coding("try_url_decode", "url_decode", true));
  }

  /** The last argument of the resolved call says whether a bad input gives NULL (true) or fails. */
  private static FunctionDefinition coding(String name, String function, boolean lenient) {
    return new FunctionDefinition(name, 1, 1, false, (pretty, arguments, sql) -> new Call(function,
        List.of(InputChecks.string(pretty, arguments, sql, 0), Literal.of(lenient)), AtomicType.STRING, true),
        prefix(name));
  }

  private static FunctionDefinition parseUrl(String name, boolean lenient) {
    return new FunctionDefinition(name, 2, 3, false, (pretty, arguments, sql) -> {
      List<BoundExpression> strings = new ArrayList<>();
      for (int i = 0; i < arguments.size(); i++) {
        strings.add(InputChecks.string(pretty, arguments, sql, i));
      }
      if (!(strings.get(1) instanceof Literal)) {
        throw dev.ember.plan.errors.SparkErrors.unsupportedCall(name, "Ember", "the part to extract must be a literal");
      }
      strings.add(Literal.of(lenient));
      return new Call("parse_url", strings, AtomicType.STRING, true);
    }, prefix(name));
  }
}
