package dev.ember.analyzer;

import static dev.ember.analyzer.FunctionDefinition.infix;
import static dev.ember.analyzer.FunctionDefinition.prefix;

import dev.ember.plan.errors.SparkErrors;
import dev.ember.plan.resolved.BoundExpression;
import dev.ember.plan.resolved.Call;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.DataType;
import dev.ember.plan.types.DecimalType;
import java.util.List;
import java.util.Map;

/** {@code + - * / %}, unary minus and {@code abs}, with Spark's result types (ANSI). */
final class ArithmeticFunctions {
  private ArithmeticFunctions() {
  }

  static List<FunctionDefinition> definitions() {
    return List.of(
        binary("+", "add"),
        binary("-", "subtract"),
        binary("*", "multiply"),
        binary("/", "divide"),
        binary("%", "remainder"),
        new FunctionDefinition("negative", 1, 1, false,
            (pretty, arguments, sql) -> unaryNumeric("negative", pretty, arguments.get(0)),
            prefix("negative")),
        new FunctionDefinition("abs", 1, 1, false,
            (pretty, arguments, sql) -> unaryNumeric("abs", pretty, arguments.get(0)), prefix("abs")));
  }

  /**
   * A binary operator; {@code -} also takes one operand, SQL's unary minus (Spark's UnaryMinus written {@code (- x)};
   * the DataFrame API's {@code negative} is the same operation, named as a function).
   */
  private static FunctionDefinition binary(String operator, String function) {
    return new FunctionDefinition(operator, operator.equals("-") ? 1 : 2, 2, false,
        (pretty, arguments, sql) -> arguments.size() == 1 ? unaryNumeric("negative", pretty, arguments.get(0))
            : TimeArithmetic.applies(function, arguments.get(0).dataType(), arguments.get(1).dataType())
            ? TimeArithmetic.bind(function, pretty, arguments.get(0), arguments.get(1), sql)
            : DateNumberArithmetic.applies(function, arguments.get(0).dataType(), arguments.get(1).dataType())
            ? DateNumberArithmetic.bind(function, pretty, arguments.get(0), arguments.get(1), sql)
            : IntervalArithmetic.applies(function, arguments.get(0).dataType(),
            arguments.get(1).dataType())
            ? IntervalArithmetic.bind(function, pretty, arguments.get(0), arguments.get(1), sql)
            : bindBinary(function, operator, pretty, arguments.get(0), arguments.get(1)),
        new FunctionDefinition.Namer() {
          @Override
          public String name(List<String> names, boolean distinct) {
            return names.size() == 1 ? "(" + operator + " " + names.get(0) + ")" : infix(operator).name(names, distinct);
          }

          @Override
          public String name(List<String> names, List<BoundExpression> arguments, boolean distinct) {
            if (arguments.size() != 2) {
              return name(names, distinct);
            }
            DataType left = arguments.get(0).dataType();
            DataType right = arguments.get(1).dataType();
            if (TimeArithmetic.applies(function, left, right)) {
              List<String> ordered = TimeArithmetic.swapsOperands(function, left, right)
                  ? List.of(names.get(1), names.get(0)) : names;
              return TimeArithmetic.unparenthesized(function, left, right)
                  ? ordered.get(0) + " " + operator + " " + ordered.get(1) : infix(operator).name(ordered, distinct);
            }
            if (DateNumberArithmetic.applies(function, left, right)) {
              return DateNumberArithmetic.name(function, operator, left, names);
            }
            List<String> ordered = IntervalArithmetic.swapsOperands(function, left, right)
                ? List.of(names.get(1), names.get(0)) : names;
            if (IntervalArithmetic.addsDays(function, left, right)) {
              String days = "extractansiintervaldays(" + ordered.get(1) + ")";
              return "date_add(" + ordered.get(0) + ", " + (function.equals("add") ? days : "(- " + days + ")") + ")";
            }
            return IntervalArithmetic.unparenthesized(function, left, right)
                ? ordered.get(0) + " " + operator + " " + ordered.get(1) : infix(operator).name(ordered, distinct);
          }
        });
  }

  private static BoundExpression unaryNumeric(String function, String pretty, BoundExpression argument) {
    if (argument.dataType().isAnsiInterval()) {
      return new Call(function, List.of(argument), argument.dataType(), argument.nullable());
    }
    if (!argument.dataType().isNumeric() && argument.dataType() != AtomicType.NULL
        && argument.dataType() != AtomicType.STRING) {
      throw unexpectedInputType(pretty, argument.dataType(), "\"NUMERIC\"");
    }
    // Spark's implicit cast reads a string (and NULL) operand as a double (a string that may not be one: nullable)
    DataType type = argument.dataType().isNumeric() ? argument.dataType() : AtomicType.DOUBLE;
    BoundExpression operand = TypeCoercion.castTo(argument, type);
    return new Call(function, List.of(operand), type, operand.nullable());
  }

  static BoundExpression bindBinary(String function, String operator, String pretty,
      BoundExpression left, BoundExpression right) {
    requireArithmeticOperands(pretty, left.dataType(), right.dataType());
    // ANSI: a string operand is read as a number of the other operand's kind.
    left = TypeCoercion.castTo(left, TypeCoercion.numericForString(left.dataType(), right.dataType()));
    right = TypeCoercion.castTo(right, TypeCoercion.numericForString(right.dataType(), left.dataType()));
    DataType leftType = left.dataType();
    DataType rightType = right.dataType();
    if (function.equals("divide") && !(leftType instanceof DecimalType) && !(rightType instanceof DecimalType)) {
      return new Call(function, List.of(TypeCoercion.castTo(left, AtomicType.DOUBLE),
          TypeCoercion.castTo(right, AtomicType.DOUBLE)), AtomicType.DOUBLE, true);
    }
    DataType common = TypeCoercion.commonType(leftType, rightType).orElseThrow();
    if (common == AtomicType.NULL) {
      common = function.equals("divide") ? AtomicType.DOUBLE : AtomicType.INTEGER;
    }
    if (common instanceof DecimalType) {
      DecimalType a = TypeCoercion.decimalOperand(left, common);
      DecimalType b = TypeCoercion.decimalOperand(right, common);
      DecimalType result = decimalResult(function, a, b);
      boolean nullable = left.nullable() || right.nullable() || function.equals("divide")
          || function.equals("remainder");
      return new Call(function, List.of(TypeCoercion.castTo(left, a), TypeCoercion.castTo(right, b)), result,
          nullable);
    }
    boolean nullable = left.nullable() || right.nullable() || function.equals("divide")
        || function.equals("remainder");
    return new Call(function, List.of(TypeCoercion.castTo(left, common), TypeCoercion.castTo(right, common)),
        common, nullable);
  }

  private static final String ARITHMETIC_INPUT =
      "(\"NUMERIC\" or \"INTERVAL DAY TO SECOND\" or \"INTERVAL YEAR TO MONTH\" or \"INTERVAL\")";

  /** Operands must be numeric or NULL, or strings (read as numbers) beside a number. */
  static void requireArithmeticOperands(String pretty, DataType left, DataType right) {
    requireArithmeticOperands(pretty, left, right, ARITHMETIC_INPUT);
  }

  /** As above, naming {@code inputType} as the accepted types (pmod takes numbers only). */
  static void requireArithmeticOperands(String pretty, DataType left, DataType right, String inputType) {
    if (!TypeCoercion.ansi()) {
      // Spark's legacy PromoteStrings reads a string operand as a DOUBLE before the operator checks its types
      left = left == AtomicType.STRING ? AtomicType.DOUBLE : left;
      right = right == AtomicType.STRING ? AtomicType.DOUBLE : right;
    }
    for (DataType type : List.of(left, right)) {
      if (!type.isNumeric() && type != AtomicType.NULL && type != AtomicType.STRING) {
        // Spark checks that both sides have one type before it checks which type that is (a string or
        // NULL operand is cast to the other side's type first)
        boolean sameType = left.equals(right) || left == AtomicType.NULL || right == AtomicType.NULL
            || left == AtomicType.STRING || right == AtomicType.STRING;
        throw sameType ? wrongOperandType(pretty, type, inputType) : differentOperandTypes(pretty, left, right);
      }
    }
    if (left == AtomicType.STRING && !right.isNumeric()) {
      throw wrongOperandType(pretty, left, inputType);
    }
    if (right == AtomicType.STRING && !left.isNumeric()) {
      throw wrongOperandType(pretty, right, inputType);
    }
  }

  /** {@code DATATYPE_MISMATCH.BINARY_OP_DIFF_TYPES} of a binary operator. */
  static RuntimeException differentOperandTypes(String pretty, DataType left, DataType right) {
    return SparkErrors.dataTypeMismatch("BINARY_OP_DIFF_TYPES", "\"" + pretty + "\"",
        "the left and right operands of the binary operator have incompatible types ("
            + SparkErrors.toSqlType(left) + " and " + SparkErrors.toSqlType(right) + ").",
        Map.of("left", SparkErrors.toSqlType(left), "right", SparkErrors.toSqlType(right)));
  }

  private static RuntimeException wrongOperandType(String pretty, DataType type, String inputType) {
    return SparkErrors.dataTypeMismatch("BINARY_OP_WRONG_TYPE", "\"" + pretty + "\"",
        "the binary operator requires the input type " + inputType + ", not "
            + SparkErrors.toSqlType(type) + ".",
        Map.of("inputType", inputType, "actualDataType", SparkErrors.toSqlType(type)));
  }

  /** Spark's DecimalPrecision rules ({@link DecimalPrecision}). */
  static DecimalType decimalResult(String function, DecimalType a, DecimalType b) {
    return DecimalPrecision.result(function, a, b);
  }

  static RuntimeException unexpectedInputType(String pretty, DataType actual, String required) {
    return InputChecks.unexpectedType(pretty, "first", pretty, actual, required);
  }
}
