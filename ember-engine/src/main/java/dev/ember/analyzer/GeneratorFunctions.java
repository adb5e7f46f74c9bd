package dev.ember.analyzer;

import static dev.ember.analyzer.FunctionDefinition.prefix;

import dev.ember.plan.resolved.Generator;
import dev.ember.plan.types.ArrayType;
import dev.ember.plan.types.MapType;
import java.util.List;

/** explode, posexplode (of an array or a map) and inline (of an array of structs), each also _outer. */
final class GeneratorFunctions {
  private GeneratorFunctions() {
  }

  static List<FunctionDefinition> definitions() {
    return List.of(generator("explode", false, false), generator("explode_outer", false, true),
        generator("posexplode", true, false), generator("posexplode_outer", true, true),
        inline("inline", false), inline("inline_outer", true));
  }

  private static FunctionDefinition inline(String name, boolean outer) {
    return new FunctionDefinition(name, 1, 1, false,
        (pretty, arguments, sql) -> {
          if (!(arguments.get(0).dataType() instanceof ArrayType array)
              || !(array.elementType() instanceof dev.ember.plan.types.StructType)) {
            throw InputChecks.unexpectedType(pretty, 0, sql.get(0), arguments.get(0).dataType(),
                "\"ARRAY<STRUCT>\"");
          }
          return new Generator(name, arguments.get(0), false, outer);
        },
        prefix(name));
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
