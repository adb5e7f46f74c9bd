package dev.ember.sql;

import dev.ember.plan.errors.EmberException;
import dev.ember.plan.errors.ErrorKind;
import dev.ember.plan.expressions.Expression;
import java.util.List;
import java.util.Map;

/**
 * The arguments of a parameterized query ({@code spark.sql(text, Map)} for {@code :name} markers,
 * {@code spark.sql(text, Object[])} for {@code ?} markers), each a literal or a collection constructor.
 */
public record SqlParameters(Map<String, Expression> named, List<Expression> positional) {
  public static final SqlParameters NONE = new SqlParameters(Map.of(), List.of());

  public SqlParameters {
    named = Map.copyOf(named);
    positional = List.copyOf(positional);
  }

  /** The argument of {@code :name}, or Spark's UNBOUND_SQL_PARAMETER. */
  Expression named(String name) {
    Expression argument = named.get(name);
    if (argument == null) {
      throw unbound(name);
    }
    return argument;
  }

  /** The argument of the {@code ordinal}-th {@code ?} of the text (from 0); Spark names an unbound one by its offset. */
  Expression positional(int ordinal, int characterOffset) {
    if (ordinal >= positional.size()) {
      throw unbound("_" + characterOffset);
    }
    return positional.get(ordinal);
  }

  private static EmberException unbound(String name) {
    return new EmberException(ErrorKind.ANALYSIS, "UNBOUND_SQL_PARAMETER", "42P02",
        "Found the unbound parameter: " + name + ". Please, fix `args` and provide a mapping of the parameter to "
            + "either a SQL literal or collection constructor functions such as `map()`, `array()`, `struct()`.",
        Map.of("name", name));
  }
}
