package dev.ember.analyzer;

import static dev.ember.analyzer.FunctionDefinition.prefix;

import dev.ember.plan.resolved.BoundExpression;
import dev.ember.plan.resolved.Call;
import dev.ember.plan.types.AtomicType;
import java.util.List;

/** String functions. */
final class StringFunctions {
  private StringFunctions() {
  }

  static List<FunctionDefinition> definitions() {
    return List.of(
        unaryString("upper"),
        unaryString("lower"));
  }

  private static FunctionDefinition unaryString(String name) {
    return new FunctionDefinition(name, 1, 1, false,
        (pretty, arguments, sql) -> new Call(name, List.of(TypeCoercion.castTo(arguments.get(0), AtomicType.STRING)),
            AtomicType.STRING, arguments.get(0).nullable()),
        prefix(name));
  }
}
