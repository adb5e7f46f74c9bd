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
        unaryString("lower"),
        new FunctionDefinition("coalesce", 1, FunctionDefinition.VARIADIC, false,
            (pretty, arguments) -> coalesce(arguments), prefix("coalesce")));
  }

  private static FunctionDefinition unaryString(String name) {
    return new FunctionDefinition(name, 1, 1, false,
        (pretty, arguments) -> new Call(name, List.of(TypeCoercion.castTo(arguments.get(0), AtomicType.STRING)),
            AtomicType.STRING, arguments.get(0).nullable()),
        prefix(name));
  }

  private static BoundExpression coalesce(List<BoundExpression> arguments) {
    var type = arguments.get(0).dataType();
    for (BoundExpression argument : arguments) {
      type = TypeCoercion.commonType(type, argument.dataType()).orElse(type);
    }
    var common = type;
    boolean nullable = arguments.stream().allMatch(BoundExpression::nullable);
    return new Call("coalesce", arguments.stream().map(argument -> TypeCoercion.castTo(argument, common)).toList(),
        common, nullable);
  }
}
