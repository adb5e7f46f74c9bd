package dev.ember.sql;

import dev.ember.plan.errors.EmberException;
import dev.ember.plan.errors.ErrorKind;
import dev.ember.plan.expressions.Expression;
import dev.ember.plan.expressions.Literal;
import dev.ember.plan.types.AtomicType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code f(x) IGNORE NULLS [OVER ...]}: the call as the DataFrame API makes it, with its {@code ignoreNulls} argument
 * ({@code first(x, true)}, {@code lag(x, 1, NULL, true)}, {@code nth_value(x, n, true)}). RESPECT NULLS is each
 * function's default. Functions without the option refuse it as Spark does.
 */
final class SqlIgnoreNulls {
  private SqlIgnoreNulls() {
  }

  static List<Expression> arguments(String function, List<Expression> written) {
    List<Expression> arguments = new ArrayList<>(written);
    switch (function) {
      case "first", "first_value", "last", "last_value", "any_value" -> {
        if (arguments.size() == 1) {
          arguments.add(Literal.of(true));
          return arguments;
        }
      }
      case "lag", "lead" -> {
        if (arguments.size() >= 1 && arguments.size() <= 3) {
          if (arguments.size() == 1) {
            arguments.add(Literal.of(1));
          }
          if (arguments.size() == 2) {
            arguments.add(Literal.nullOf(AtomicType.NULL));
          }
          arguments.add(Literal.of(true));
          return arguments;
        }
      }
      case "nth_value" -> {
        if (arguments.size() == 2) {
          arguments.add(Literal.of(true));
          return arguments;
        }
      }
      default -> {
        throw new EmberException(ErrorKind.ANALYSIS, "INVALID_SQL_SYNTAX.FUNCTION_WITH_UNSUPPORTED_SYNTAX", "42000",
            "Invalid SQL syntax: The function `" + function + "` does not support IGNORE NULLS.",
            Map.of("prettyName", "`" + function + "`", "syntax", "IGNORE NULLS"));
      }
    }
    return arguments;
  }
}
