package dev.ember.analyzer;

import static dev.ember.analyzer.FunctionDefinition.prefix;

import dev.ember.plan.resolved.Generator;
import dev.ember.plan.types.ArrayType;
import dev.ember.plan.types.MapType;
import java.util.List;

/** explode, explode_outer, posexplode, posexplode_outer: table-generating functions of one array or map. */
final class GeneratorFunctions {
  private GeneratorFunctions() {
  }

  static List<FunctionDefinition> definitions() {
    return List.of(generator("explode", false, false), generator("explode_outer", false, true),
        generator("posexplode", true, false), generator("posexplode_outer", true, true));
  }

  private static FunctionDefinition generator(String name, boolean position, boolean outer) {
    return new FunctionDefinition(name, 1, 1, false,
        (pretty, arguments, sql) -> {
          if (!(arguments.get(0).dataType() instanceof ArrayType) && !(arguments.get(0).dataType() instanceof MapType)) {
            throw InputChecks.unexpectedType(pretty, 0, sql.get(0), arguments.get(0).dataType(),
                "(\"ARRAY\" or \"MAP\")");
          }
          return new Generator(name, arguments.get(0), position, outer);
        },
        prefix(name));
  }
}
