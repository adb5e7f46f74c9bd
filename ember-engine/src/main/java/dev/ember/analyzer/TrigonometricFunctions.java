package dev.ember.analyzer;

import static dev.ember.analyzer.FunctionDefinition.prefix;
import static dev.ember.analyzer.MathFunctions.unaryDouble;

import dev.ember.plan.resolved.BoundExpression;
import dev.ember.plan.resolved.Call;
import dev.ember.plan.types.AtomicType;
import java.util.List;

/** Trigonometric and hyperbolic functions, angle conversions, atan2, hypot and the constants e and pi (doubles). */
final class TrigonometricFunctions {
  private TrigonometricFunctions() {
  }

  static List<FunctionDefinition> definitions() {
    return List.of(
        unaryDouble("sin", "SIN"),
        unaryDouble("cos", "COS"),
        unaryDouble("tan", "TAN"),
        unaryDouble("asin", "ASIN"),
        unaryDouble("acos", "ACOS"),
        unaryDouble("atan", "ATAN"),
        unaryDouble("cot", "COT"),
        unaryDouble("sec", "SEC"),
        unaryDouble("csc", "CSC"),
        unaryDouble("sinh", "SINH"),
        unaryDouble("cosh", "COSH"),
        unaryDouble("tanh", "TANH"),
        unaryDouble("asinh", "ASINH"),
        unaryDouble("acosh", "ACOSH"),
        unaryDouble("atanh", "ATANH"),
        unaryDouble("degrees", "DEGREES"),
        unaryDouble("radians", "RADIANS"),
        binaryDouble("atan2", "ATAN2"),
        binaryDouble("hypot", "HYPOT"),
        constant("e", "E"),
        constant("pi", "PI"));
  }

  /** Spark's BinaryMathExpression: both arguments read as doubles; NULL only from a NULL argument. */
  private static FunctionDefinition binaryDouble(String name, String shownName) {
    return new FunctionDefinition(name, 2, 2, false, (pretty, arguments, sql) -> {
      List<BoundExpression> inputs = List.of(InputChecks.fractional(pretty, arguments, sql, 0),
          InputChecks.fractional(pretty, arguments, sql, 1));
      return new Call(name, inputs, AtomicType.DOUBLE, inputs.get(0).nullable() || inputs.get(1).nullable());
    }, prefix(shownName));
  }

  private static FunctionDefinition constant(String name, String shownName) {
    return new FunctionDefinition(name, 0, 0, false,
        (pretty, arguments, sql) -> new Call(name, List.of(), AtomicType.DOUBLE, false), prefix(shownName));
  }
}
