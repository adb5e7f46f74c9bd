package dev.ember.analyzer;

import dev.ember.plan.expressions.Literal;
import dev.ember.plan.resolved.BoundExpression;
import dev.ember.plan.resolved.Call;
import dev.ember.plan.types.AtomicType;
import java.util.List;

/**
 * lpad and rpad: a binary padded with a binary (by default X'00') stays a binary, Spark's BinaryPad (the call
 * {@code binary_lpad}); anything else pads a string, by default with a space.
 */
final class PadFunctions {
  private static final Literal SPACE = Literal.of(" ");
  private static final Literal ZERO_BYTE = new Literal(new byte[] {0}, AtomicType.BINARY);

  private PadFunctions() {
  }

  static List<FunctionDefinition> definitions() {
    return List.of(pad("lpad"), pad("rpad"));
  }

  private static FunctionDefinition pad(String name) {
    return new FunctionDefinition(name, 2, 3, false, (pretty, arguments, sql) -> {
      if (binary(arguments)) {
        List<BoundExpression> all = StringFunctions.withDefault(arguments, 3, ZERO_BYTE);
        BoundExpression length = InputChecks.integer(pretty, all, sql, 1);
        return new Call("binary_" + name, List.of(all.get(0), length, all.get(2)), AtomicType.BINARY,
            all.get(0).nullable() || length.nullable() || all.get(2).nullable());
      }
      return StringFunctions.bind(name, AtomicType.STRING, List.of(StringFunctions.Kind.STRING,
          StringFunctions.Kind.INT, StringFunctions.Kind.STRING), pretty,
          StringFunctions.withDefault(arguments, 3, SPACE), sql);
    }, new FunctionDefinition.Namer() {
      @Override
      public String name(List<String> names, boolean distinct) {
        return StringFunctions.namedWithDefaults(name, 3, LiteralNames.pretty(SPACE)).name(names, distinct);
      }

      @Override
      public String name(List<String> names, List<BoundExpression> arguments, boolean distinct) {
        String padding = LiteralNames.pretty(binary(arguments) ? ZERO_BYTE : SPACE);
        return StringFunctions.namedWithDefaults(name, 3, padding).name(names, distinct);
      }
    });
  }

  private static boolean binary(List<BoundExpression> arguments) {
    return arguments.get(0).dataType() == AtomicType.BINARY
        && (arguments.size() == 2 || arguments.get(2).dataType() == AtomicType.BINARY);
  }
}
