package dev.ember.analyzer;

import dev.ember.plan.errors.SparkErrors;
import dev.ember.plan.expressions.Literal;
import dev.ember.plan.resolved.BoundCast;
import dev.ember.plan.resolved.BoundExpression;
import dev.ember.plan.resolved.Call;
import dev.ember.plan.types.DataType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Arguments Spark requires to be foldable (a percentage, a number of bins, a delimiter): their value
 * when the analyzer can compute it, and Spark's checks of them (NON_FOLDABLE_INPUT, UNEXPECTED_NULL,
 * VALUE_OUT_OF_RANGE), each naming the call as {@code sqlExpr}.
 */
final class ConstantArguments {
  /** A constant NULL (an Optional cannot hold null). */
  static final Object NULL = new Object();

  private ConstantArguments() {
  }

  /** The value of a literal, a cast literal or an {@code array(...)} of those (a List); empty when not constant. */
  static Optional<Object> value(BoundExpression argument) {
    if (argument instanceof Literal literal) {
      return Optional.of(literal.value() == null ? NULL : literal.value());
    }
    if (argument instanceof BoundCast cast) {
      return value(cast.child());
    }
    if (argument instanceof Call call && call.function().equals("array")) {
      List<Object> elements = new ArrayList<>();
      for (BoundExpression element : call.arguments()) {
        Optional<Object> value = value(element);
        if (value.isEmpty()) {
          return Optional.empty();
        }
        elements.add(value.get());
      }
      return Optional.of(elements);
    }
    return Optional.empty();
  }

  /** A constant number (or numeric text, as Spark's implicit cast reads it) as a double. */
  static double asDouble(Object value) {
    if (value instanceof Number number) {
      return number.doubleValue();
    }
    return Double.parseDouble(value.toString().trim());
  }

  /** Spark's text of a double in its checks' messages ({@code 1.5D}). */
  static String doubleSql(double value) {
    return value + "D";
  }

  static RuntimeException nonFoldable(String pretty, String inputName, DataType type, String inputSql) {
    return nonFoldable(pretty, inputName, SparkErrors.toSqlType(type), inputSql);
  }

  /** NON_FOLDABLE_INPUT where Spark names the expected input in words ({@code integer or floating-point}). */
  static RuntimeException nonFoldable(String pretty, String inputName, String inputType, String inputSql) {
    return SparkErrors.dataTypeMismatch("NON_FOLDABLE_INPUT", "\"" + pretty + "\"",
        "the input " + SparkErrors.toSqlId(inputName) + " should be a foldable " + inputType
            + " expression; however, got \"" + inputSql + "\".",
        Map.of("inputName", SparkErrors.toSqlId(inputName), "inputType", inputType,
            "inputExpr", "\"" + inputSql + "\""));
  }

  static RuntimeException unexpectedNull(String pretty, String name) {
    return SparkErrors.dataTypeMismatch("UNEXPECTED_NULL", "\"" + pretty + "\"",
        "The " + name + " must not be null.", Map.of("exprName", name));
  }

  static RuntimeException outOfRange(String pretty, String name, String range, String value) {
    return SparkErrors.dataTypeMismatch("VALUE_OUT_OF_RANGE", "\"" + pretty + "\"",
        "The " + name + " must be between " + range + " (current value = " + value + ").",
        Map.of("exprName", name, "valueRange", range, "currentValue", value));
  }
}
