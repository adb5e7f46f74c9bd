package dev.ember.analyzer;

import static dev.ember.analyzer.FunctionDefinition.prefix;

import dev.ember.plan.errors.SparkErrors;
import dev.ember.plan.expressions.Literal;
import dev.ember.plan.resolved.BoundExpression;
import dev.ember.plan.resolved.Call;
import dev.ember.plan.types.AtomicType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** format_number and format_string. */
final class FormatFunctions {
  private FormatFunctions() {
  }

  /** format_number(x, d): x with d decimals and thousands separators; NULL for a negative d. */
  static FunctionDefinition formatNumber() {
    return new FunctionDefinition("format_number", 2, 2, false, (pretty, arguments, sql) -> {
      BoundExpression value = arguments.get(0);
      if (value.dataType() == AtomicType.STRING || value.dataType() == AtomicType.NULL) {
        value = TypeCoercion.castTo(value, AtomicType.DOUBLE);
      } else if (!value.dataType().isNumeric()) {
        throw InputChecks.unexpectedType(pretty, 0, sql.get(0), value.dataType(), "\"NUMERIC\"");
      }
      BoundExpression digits = arguments.get(1);
      if (!(digits instanceof Literal literal) || !(literal.value() == null || literal.value() instanceof Integer)) {
        throw notSupported("format_number with a decimal count that is not an int literal");
      }
      return new Call("format_number", List.of(value, digits), AtomicType.STRING, true);
    }, prefix("format_number"));
  }

  /** format_string(format, args...): java.util.Formatter semantics; the format must be a literal. */
  /** format_string and its spelling printf. */
  static FunctionDefinition formatString(String name) {
    return new FunctionDefinition(name, 1, FunctionDefinition.VARIADIC, false, (pretty, arguments, sql) -> {
      if (!(arguments.get(0) instanceof Literal format) || format.dataType() != AtomicType.STRING) {
        throw notSupported("format_string with a format that is not a string literal");
      }
      List<BoundExpression> all = new ArrayList<>(arguments);
      return new Call("format_string", all, AtomicType.STRING, format.nullable());
    }, prefix(name));
  }

  static RuntimeException notSupported(String what) {
    return SparkErrors.unsupported("UNSUPPORTED_CALL.WITHOUT_SUGGESTION", "0A000",
        "Cannot call the method \"" + what + "\" of the class \"Ember\": it is not supported yet.",
        Map.of("methodName", what, "className", "Ember"));
  }
}
