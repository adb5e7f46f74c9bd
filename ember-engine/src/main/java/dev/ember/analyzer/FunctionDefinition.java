package dev.ember.analyzer;

import dev.ember.plan.resolved.BoundExpression;
import java.util.List;

/**
 * One row of the function table: Spark's name, how many arguments it takes, whether it
 * aggregates, how it binds (coercion and result type) and how Spark names an unaliased call.
 */
record FunctionDefinition(String name, int minArguments, int maxArguments, boolean aggregate,
    Binder binder, Namer namer) {

  static final int VARIADIC = Integer.MAX_VALUE;

  /**
   * Coerces the arguments and builds the resolved call. {@code argumentSql} holds each argument
   * as Spark's {@code toSQLExpr} writes it in error messages (string literals quoted).
   */
  @FunctionalInterface
  interface Binder {
    BoundExpression bind(String prettyName, List<BoundExpression> arguments, List<String> argumentSql);
  }

  /** Spark's output name of an unaliased call, from the names of its arguments. */
  @FunctionalInterface
  interface Namer {
    String name(List<String> argumentNames, boolean distinct);

    /** The name when it depends on the arguments' types too (Spark names a rewritten operation). */
    default String name(List<String> argumentNames, List<BoundExpression> arguments, boolean distinct) {
      return name(argumentNames, distinct);
    }
  }

  boolean acceptsArgumentCount(int count) {
    return count >= minArguments && count <= maxArguments;
  }

  /** Whether it takes any number of arguments from its minimum on. */
  boolean variadic() {
    return maxArguments == VARIADIC;
  }

  String expectedArgumentCount() {
    if (minArguments == maxArguments) {
      return Integer.toString(minArguments);
    }
    if (maxArguments == VARIADIC) {
      return "> " + (minArguments - 1);
    }
    // Spark lists every count its constructors take
    return java.util.stream.IntStream.rangeClosed(minArguments, maxArguments).mapToObj(Integer::toString)
        .collect(java.util.stream.Collectors.joining(", ", "[", "]"));
  }

  /** {@code name(a, b)}, or {@code name(DISTINCT a)}. */
  static Namer prefix(String name) {
    return (arguments, distinct) -> name + "(" + (distinct ? "DISTINCT " : "") + String.join(", ", arguments) + ")";
  }

  /** {@code (a op b)}. */
  static Namer infix(String operator) {
    return (arguments, distinct) -> "(" + arguments.get(0) + " " + operator + " " + arguments.get(1) + ")";
  }
}
