package dev.ember.analyzer;

import dev.ember.plan.errors.SparkErrors;
import dev.ember.plan.expressions.Literal;
import dev.ember.plan.resolved.BoundExpression;
import dev.ember.plan.resolved.Call;
import dev.ember.plan.types.AtomicType;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * to_binary(str[, fmt]) and try_to_binary: a string read as hex (the default), UTF-8 or base64. The
 * call is {@code to_binary(str, format in lower case, fail)}; invalid text fails under to_binary and
 * is NULL under try_to_binary.
 */
final class BinaryConversionFunctions {
  private static final Set<String> FORMATS = Set.of("hex", "utf-8", "utf8", "base64");

  private BinaryConversionFunctions() {
  }

  static List<FunctionDefinition> definitions() {
    return List.of(conversion("to_binary", true), conversion("try_to_binary", false));
  }

  private static FunctionDefinition conversion(String name, boolean fail) {
    return new FunctionDefinition(name, 1, 2, false, (pretty, arguments, sql) -> {
      BoundExpression text = InputChecks.string(pretty, arguments, sql, 0);
      if (arguments.size() == 2) {
        java.util.Optional<Object> constant = ConstantArguments.value(arguments.get(1));
        if (constant.isPresent() && constant.get() == ConstantArguments.NULL) {
          // a NULL format: NULL, as Spark's ToBinary reads it
          return Literal.nullOf(AtomicType.BINARY);
        }
        if (!fail && constant.isPresent() && !(constant.get() instanceof String given
            && FORMATS.contains(given.toLowerCase(Locale.ROOT)))) {
          // try_to_binary: a constant that is no format reads as NULL (Spark's nullOnInvalidFormat)
          return Literal.nullOf(AtomicType.BINARY);
        }
        if (constant.isEmpty() && !dev.ember.plan.resolved.BoundExpressions.anyMatch(arguments.get(1),
            part -> part instanceof dev.ember.plan.resolved.Call)) {
          // a column: Spark's fmt must be a constant
          throw ConstantArguments.nonFoldable(pretty, "fmt", AtomicType.STRING, sql.get(1));
        }
      }
      String format = arguments.size() < 2 ? "hex" : format(pretty, arguments.get(1), sql.get(1));
      // Spark's base64 decoding is a plain call, its hex and UTF-8 readings may give NULL
      boolean nullable = !fail || !format.equals("base64") || text.nullable();
      return new Call("to_binary", List.of(text, Literal.of(format), Literal.of(fail)), AtomicType.BINARY, nullable);
    }, FunctionDefinition.prefix(name));
  }

  private static String format(String pretty, BoundExpression argument, String argumentSql) {
    // Spark evaluates a foldable format (concat('utf', '-8')) when it analyzes the call
    String format = ConstantTexts.value(argument).map(text -> text.toLowerCase(Locale.ROOT)).orElse(null);
    if (format == null || !FORMATS.contains(format)) {
      String validValues = "'hex', 'utf-8', 'utf8', or 'base64'";
      throw SparkErrors.dataTypeMismatch("INVALID_ARG_VALUE", "\"" + pretty + "\"",
          "The fmt value must be a case-insensitive \"STRING\" literal of " + validValues + ", but got "
              + argumentSql + ".",
          Map.of("inputName", "fmt", "inputValue", argumentSql, "requireType", "case-insensitive \"STRING\"",
              "validValues", validValues));
    }
    return format;
  }
}
