package dev.ember.sql;

import dev.ember.plan.errors.EmberException;
import dev.ember.plan.errors.ErrorKind;
import dev.ember.plan.expressions.Expression;
import dev.ember.plan.expressions.Literal;
import dev.ember.plan.logical.LogicalPlan;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The arguments of a parameterized query ({@code spark.sql(text, Map)} for {@code :name} markers,
 * {@code spark.sql(text, Object[])} for {@code ?} markers), each a literal or a collection constructor, and the
 * session's variables, which IDENTIFIER(...) may name, and the DataFrames the text names as tables.
 */
public record SqlParameters(Map<String, Expression> named, List<Expression> positional,
    Function<List<String>, Optional<Literal>> variables, Map<String, LogicalPlan> relations) {
  public static final SqlParameters NONE = new SqlParameters(Map.of(), List.of());

  public SqlParameters {
    named = Map.copyOf(named);
    positional = List.copyOf(positional);
    relations = Map.copyOf(relations);
  }

  public SqlParameters(Map<String, Expression> named, List<Expression> positional) {
    this(named, positional, name -> Optional.empty(), Map.of());
  }

  /**
   * The same arguments with DataFrames the text names as tables (PySpark's {@code spark.sql("... {df} ...", df=df)}
   * names each by a generated name): the query reads them as CTEs around it.
   */
  public SqlParameters withRelations(Map<String, LogicalPlan> dataFrames) {
    return new SqlParameters(named, positional, variables, dataFrames);
  }

  /**
   * The same arguments, with the session's variables ({@code var}, {@code session.var}, {@code system.session.var}
   * to its current value) for what IDENTIFIER(...) reads.
   */
  public SqlParameters withVariables(Function<List<String>, Optional<Literal>> values) {
    return new SqlParameters(named, positional, values, relations);
  }

  /** A session variable's current value, if {@code nameParts} name one. */
  Optional<Literal> variable(List<String> nameParts) {
    return variables.apply(nameParts);
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
