package dev.ember.analyzer;

import dev.ember.plan.errors.SparkErrors;
import dev.ember.plan.expressions.Expression;
import dev.ember.plan.expressions.LambdaFunction;
import dev.ember.plan.expressions.LambdaVariable;
import dev.ember.plan.expressions.UnresolvedFunction;
import dev.ember.plan.usercode.FunctionBuilder;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Calls of a session's function builders ({@link FunctionBuilder}), as Spark's FunctionRegistry builds them: the
 * arguments are resolved first, the builder is handed their types, and the function it gives is resolved with its
 * parameters standing for the resolved arguments. The call is named as what the builder made, without its casts.
 */
final class BuiltCalls {
  /** The arguments of the builders' functions being resolved, innermost last, by parameter name. */
  private final Deque<Map<String, BoundColumn>> bodies = new ArrayDeque<>();

  BoundColumn resolve(ExpressionResolver resolver, FunctionBuilder builder, UnresolvedFunction call) {
    List<BoundColumn> arguments = new ArrayList<>();
    for (Expression argument : call.arguments()) {
      List<BoundColumn> expanded = resolver.expandedColumns(argument);
      if (expanded != null) {
        arguments.addAll(expanded);
      } else {
        arguments.add(resolver.resolve(argument));
      }
    }
    LambdaFunction function = builder.build(arguments.stream().map(argument -> argument.expression().dataType())
        .toList());
    if (function.parameters().size() != arguments.size()) {
      throw SparkErrors.wrongNumArgs("`" + call.name() + "`", Integer.toString(function.parameters().size()),
          arguments.size());
    }
    Map<String, BoundColumn> bound = new HashMap<>();
    for (int i = 0; i < arguments.size(); i++) {
      bound.put(function.parameters().get(i), arguments.get(i));
    }
    bodies.push(bound);
    try {
      return resolver.resolve(function.body());
    } finally {
      bodies.pop();
    }
  }

  /** The argument a variable of the innermost builder's function stands for; empty for any other variable. */
  Optional<BoundColumn> argument(LambdaVariable variable) {
    if (bodies.isEmpty() || variable.nameParts().size() != 1) {
      return Optional.empty();
    }
    return Optional.ofNullable(bodies.peek().get(variable.nameParts().get(0)));
  }

  /** Whether a builder's function is being resolved: its casts are its own, hidden in names. */
  boolean inBody() {
    return !bodies.isEmpty();
  }
}
