package dev.ember.analyzer;

import dev.ember.analyzer.StringFunctions.Kind;
import dev.ember.plan.expressions.Literal;
import dev.ember.plan.resolved.Call;
import dev.ember.plan.types.DataType;
import java.util.List;

/**
 * One row of a string function table: each argument cast to its kind, trailing arguments the
 * client may leave out (their default shows in Spark's name too), the result type, and whether the
 * result may be NULL although no input is (Spark's {@code If}/{@code NullIf} rewrites).
 */
record StringFunctionRow(String name, String function, DataType type, List<Kind> kinds, int minArguments,
    Literal defaultValue, boolean alwaysNullable) {

  /** Every argument required; NULL only when an input is. */
  static FunctionDefinition of(String name, String function, DataType type, Kind... kinds) {
    return new StringFunctionRow(name, function, type, List.of(kinds), kinds.length, null, false).definition();
  }

  /** The last argument may be left out and takes {@code defaultValue}. */
  static FunctionDefinition withDefault(String name, String function, DataType type, Literal defaultValue,
      Kind... kinds) {
    return new StringFunctionRow(name, function, type, List.of(kinds), kinds.length - 1, defaultValue, false)
        .definition();
  }

  StringFunctionRow nullable() {
    return new StringFunctionRow(name, function, type, kinds, minArguments, defaultValue, true);
  }

  FunctionDefinition definition() {
    return new FunctionDefinition(name, minArguments, kinds.size(), false, (pretty, arguments, sql) -> {
      Call call = StringFunctions.bind(function, type, kinds, pretty,
          defaultValue == null ? arguments : StringFunctions.withDefault(arguments, kinds.size(), defaultValue), sql);
      return alwaysNullable ? new Call(function, call.arguments(), type, true) : call;
    }, defaultValue == null ? FunctionDefinition.prefix(name)
        : StringFunctions.namedWithDefaults(name, kinds.size(), LiteralNames.pretty(defaultValue)));
  }
}
