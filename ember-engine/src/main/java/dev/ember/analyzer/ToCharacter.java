package dev.ember.analyzer;

import dev.ember.plan.errors.EmberException;
import dev.ember.plan.errors.ErrorKind;
import dev.ember.plan.expressions.Expression;
import dev.ember.plan.expressions.Literal;
import dev.ember.plan.expressions.UnresolvedFunction;
import dev.ember.plan.types.AtomicType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code to_char} / {@code to_varchar} as Spark's builder of them: a date or timestamp is
 * {@code date_format}, a binary is {@code base64}, {@code hex} or {@code decode(..., utf-8)} by its
 * literal format (each named as that function), anything else the number form.
 */
final class ToCharacter {
  private ToCharacter() {
  }

  static boolean handles(UnresolvedFunction function) {
    String name = function.name().toLowerCase(Locale.ROOT);
    return (name.equals("to_char") || name.equals("to_varchar")) && function.arguments().size() == 2
        && !function.distinct();
  }

  static BoundColumn resolve(ExpressionResolver resolver, UnresolvedFunction function) {
    List<BoundColumn> arguments = new ArrayList<>();
    for (Expression argument : function.arguments()) {
      arguments.add(resolver.resolve(argument));
    }
    BoundColumn input = arguments.get(0);
    if (TypeCoercion.isDatetime(input.expression().dataType())) {
      return resolver.resolveCall(new UnresolvedFunction("date_format", function.arguments(), false), arguments);
    }
    if (input.expression().dataType() != AtomicType.BINARY) {
      return resolver.resolveCall(function, arguments);
    }
    String name = function.name().toLowerCase(Locale.ROOT);
    if (!(arguments.get(1).expression() instanceof Literal literal && literal.value() instanceof String format)) {
      throw NumberFormatFunctions.nonFoldable(name + "(" + input.name() + ", " + arguments.get(1).name() + ")",
          arguments.get(1).expression(), arguments.get(1).name());
    }
    String binaryFormat = format.toLowerCase(Locale.ROOT).trim();
    return switch (binaryFormat) {
      case "base64", "hex" -> aliased(name, List.of(input), resolver.resolveCall(
          new UnresolvedFunction(binaryFormat, List.of(function.arguments().get(0)), false), List.of(input)));
      case "utf-8" -> aliased(name, arguments,
          resolver.resolveCall(new UnresolvedFunction("decode", function.arguments(), false), arguments));
      default -> throw new EmberException(ErrorKind.ANALYSIS, "INVALID_PARAMETER_VALUE.BINARY_FORMAT", "22023",
          "The value of parameter(s) `format` in `" + name + "` is invalid: expects one of binary formats 'base64', "
              + "'hex', 'utf-8', but got '" + binaryFormat + "'.",
          Map.of("parameter", "`format`", "functionName", "`" + name + "`", "invalidFormat", "'" + binaryFormat + "'"));
    };
  }

  /** Called as to_varchar, Spark names base64, hex and decode by that alias. */
  private static BoundColumn aliased(String name, List<BoundColumn> arguments, BoundColumn bound) {
    return name.equals("to_char") ? bound : new BoundColumn(bound.expression(),
        name + "(" + String.join(", ", arguments.stream().map(BoundColumn::name).toList()) + ")");
  }
}
