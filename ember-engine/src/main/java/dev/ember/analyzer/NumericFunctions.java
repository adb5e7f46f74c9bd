package dev.ember.analyzer;

import static dev.ember.analyzer.FunctionDefinition.infix;
import static dev.ember.analyzer.FunctionDefinition.prefix;
import static dev.ember.analyzer.MathFunctions.unaryDouble;

import dev.ember.plan.resolved.BoundExpression;
import dev.ember.plan.resolved.Call;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.DataType;
import dev.ember.plan.types.DecimalType;
import java.util.ArrayList;
import java.util.List;

/** cbrt, expm1, log1p, rint, factorial, width_bucket, unary plus, integral division {@code div} and {@code mod}. */
final class NumericFunctions {
  private NumericFunctions() {
  }

  static List<FunctionDefinition> definitions() {
    return List.of(
        unaryDouble("cbrt", "CBRT"),
        unaryDouble("expm1", "EXPM1"),
        unaryDouble("log1p", "LOG1P"),
        unaryDouble("rint", "rint"),
        new FunctionDefinition("factorial", 1, 1, false,
            (pretty, arguments, sql) -> new Call("factorial", List.of(InputChecks.integer(pretty, arguments, sql, 0)),
                AtomicType.LONG, true),
            prefix("factorial")),
        new FunctionDefinition("width_bucket", 4, 4, false,
            (pretty, arguments, sql) -> widthBucket(pretty, arguments, sql), prefix("width_bucket")),
        new FunctionDefinition("positive", 1, 1, false,
            (pretty, arguments, sql) -> positive(pretty, arguments, sql), (names, distinct) -> "(+ " + names.get(0) + ")"),
        new FunctionDefinition("div", 2, 2, false,
            (pretty, arguments, sql) -> integralDivide(pretty, arguments), infix("div")),
        new FunctionDefinition("mod", 2, 2, false, (pretty, arguments, sql) -> ArithmeticFunctions.bindBinary(
            "remainder", "%", pretty, arguments.get(0), arguments.get(1)), prefix("mod")));
  }

  /** width_bucket(value, min, max, buckets): doubles and a bigint count, a bigint bucket (NULL for bad bounds). */
  private static BoundExpression widthBucket(String pretty, List<BoundExpression> arguments, List<String> sql) {
    List<BoundExpression> inputs = new ArrayList<>();
    boolean intervals = IntervalNumbers.sameFamily(arguments.subList(0, 3));
    for (int i = 0; i < 3; i++) {
      inputs.add(intervals ? IntervalNumbers.of(arguments.get(i), AtomicType.DOUBLE)
          : InputChecks.fractional(pretty, arguments, sql, i));
    }
    BoundExpression buckets = arguments.get(3);
    DataType type = buckets.dataType();
    if (!(type == AtomicType.NULL || type == AtomicType.STRING || type instanceof AtomicType atomic && atomic.integral())) {
      throw InputChecks.unexpectedType(pretty, 3, sql.get(3), type, "\"BIGINT\"");
    }
    inputs.add(TypeCoercion.castTo(buckets, AtomicType.LONG));
    return new Call("width_bucket", inputs, AtomicType.LONG, true);
  }

  /** {@code +x}: the number unchanged; a string is read as a double. */
  private static BoundExpression positive(String pretty, List<BoundExpression> arguments, List<String> sql) {
    BoundExpression input = arguments.get(0);
    DataType type = input.dataType();
    if (type == AtomicType.STRING || type == AtomicType.NULL) {
      input = TypeCoercion.castTo(input, AtomicType.DOUBLE);
    } else if (!type.isNumeric() && !type.isAnsiInterval()) {
      throw InputChecks.unexpectedType(pretty, 0, sql.get(0), type,
          "(\"NUMERIC\" or \"INTERVAL DAY TO SECOND\" or \"INTERVAL YEAR TO MONTH\")");
    }
    return new Call("positive", List.of(input), input.dataType(), input.nullable());
  }

  /**
   * {@code a div b}: integers are read as bigints, decimals stay decimals; the quotient is truncated to a
   * bigint. Any other pair fails as Spark's operator does once its operands are cast.
   */
  private static BoundExpression integralDivide(String pretty, List<BoundExpression> arguments) {
    if (IntervalNumbers.sameFamily(arguments)) {
      // intervals of one family: their months or microseconds divided
      return new Call("div", List.of(IntervalNumbers.of(arguments.get(0), AtomicType.LONG),
          IntervalNumbers.of(arguments.get(1), AtomicType.LONG)), AtomicType.LONG, true);
    }
    BoundExpression left = divisionOperand(arguments.get(0));
    BoundExpression right = divisionOperand(arguments.get(1));
    DataType leftType = left.dataType();
    DataType rightType = right.dataType();
    boolean leftFits = leftType == AtomicType.LONG || leftType instanceof DecimalType;
    boolean rightFits = rightType == AtomicType.LONG || rightType instanceof DecimalType;
    if (!leftFits || !rightFits) {
      throw ArithmeticFunctions.differentOperandTypes(pretty, leftType, rightType);
    }
    return new Call("div", List.of(left, right), AtomicType.LONG, true);
  }

  private static BoundExpression divisionOperand(BoundExpression operand) {
    DataType type = operand.dataType();
    if (type == AtomicType.NULL || type == AtomicType.STRING || type instanceof AtomicType atomic && atomic.integral()) {
      return TypeCoercion.castTo(operand, AtomicType.LONG);
    }
    return operand;
  }
}
