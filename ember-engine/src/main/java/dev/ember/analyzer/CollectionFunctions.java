package dev.ember.analyzer;

import static dev.ember.analyzer.FunctionDefinition.prefix;

import dev.ember.plan.resolved.Call;
import dev.ember.plan.types.ArrayType;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.MapType;
import java.util.List;

/** Functions over arrays and maps. */
final class CollectionFunctions {
  private CollectionFunctions() {
  }

  static List<FunctionDefinition> definitions() {
    return List.of(
        new FunctionDefinition("size", 1, 1, false,
            (pretty, arguments, sql) -> {
              if (!(arguments.get(0).dataType() instanceof ArrayType) && !(arguments.get(0).dataType() instanceof MapType)) {
                throw ArithmeticFunctions.unexpectedInputType(pretty, arguments.get(0).dataType(),
                    "(\"ARRAY\" or \"MAP\")");
              }
              return new Call("size", arguments, AtomicType.INTEGER, arguments.get(0).nullable());
            },
            prefix("size")),
        new FunctionDefinition("sort_array", 1, 2, false,
            (pretty, arguments, sql) -> {
              if (!(arguments.get(0).dataType() instanceof ArrayType)) {
                throw ArithmeticFunctions.unexpectedInputType(pretty, arguments.get(0).dataType(), "\"ARRAY\"");
              }
              return new Call("sort_array", arguments, arguments.get(0).dataType(), arguments.get(0).nullable());
            },
            prefix("sort_array")));
  }
}
