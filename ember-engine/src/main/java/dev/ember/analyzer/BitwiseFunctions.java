package dev.ember.analyzer;

import static dev.ember.analyzer.FunctionDefinition.infix;
import static dev.ember.analyzer.FunctionDefinition.prefix;

import dev.ember.plan.errors.SparkErrors;
import dev.ember.plan.resolved.BoundExpression;
import dev.ember.plan.resolved.Call;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.DataType;
import java.util.List;
import java.util.Map;

/** {@code & | ^ ~}, shifts with Java's semantics, bit_count and bit_get/getbit over Spark's integral types. */
final class BitwiseFunctions {
  private static final String INTEGRAL = "\"INTEGRAL\"";

  private BitwiseFunctions() {
  }

  static List<FunctionDefinition> definitions() {
    return List.of(
        binary("&", "bitwise_and"),
        binary("|", "bitwise_or"),
        binary("^", "bitwise_xor"),
        new FunctionDefinition("~", 1, 1, false, (pretty, arguments, sql) -> {
          BoundExpression input = arguments.get(0);
          if (!isIntegral(input.dataType())) {
            // Spark shows the operand by its name here (1.5, not 1.5D)
            throw InputChecks.unexpectedType(pretty, 0, pretty.substring(1), input.dataType(), INTEGRAL);
          }
          return new Call("bitwise_not", List.of(input), input.dataType(), input.nullable());
        }, (names, distinct) -> "~" + names.get(0)),
        shift("shiftleft", "shiftleft", prefix("shiftleft")),
        shift("shiftright", "shiftright", prefix("shiftright")),
        shift("shiftrightunsigned", "shiftrightunsigned", prefix("shiftrightunsigned")),
        // SQL's operators: the same shifts, named as written ((x << 2))
        shift("<<", "shiftleft", infix("<<")),
        shift(">>", "shiftright", infix(">>")),
        shift(">>>", "shiftrightunsigned", infix(">>>")),
        new FunctionDefinition("bit_count", 1, 1, false, (pretty, arguments, sql) -> {
          BoundExpression input = arguments.get(0);
          if (!isIntegral(input.dataType()) && input.dataType() != AtomicType.BOOLEAN) {
            String name = pretty.substring("bit_count(".length(), pretty.length() - 1);
            throw InputChecks.unexpectedType(pretty, 0, name, input.dataType(), "(\"INTEGRAL\" or \"BOOLEAN\")");
          }
          return new Call("bit_count", List.of(input), AtomicType.INTEGER, input.nullable());
        }, prefix("bit_count")),
        bitGet("bit_get"),
        bitGet("getbit"));
  }

  private static boolean isIntegral(DataType type) {
    return type instanceof AtomicType atomic && atomic.integral();
  }

  /** Both sides one integral type (a string beside an integer is read as that integer's type). */
  private static FunctionDefinition binary(String operator, String function) {
    return new FunctionDefinition(operator, 2, 2, false, (pretty, arguments, sql) -> {
      BoundExpression left = arguments.get(0);
      BoundExpression right = arguments.get(1);
      left = TypeCoercion.castTo(left, stringAsOther(left.dataType(), right.dataType()));
      right = TypeCoercion.castTo(right, stringAsOther(right.dataType(), left.dataType()));
      DataType common = TypeCoercion.commonType(left.dataType(), right.dataType())
          .filter(type -> isIntegral(type) || type == AtomicType.NULL)
          .orElseThrow(() -> operandError(pretty, arguments.get(0).dataType(), arguments.get(1).dataType()));
      if (common == AtomicType.NULL) {
        common = AtomicType.INTEGER;
      }
      List<BoundExpression> operands = TypeCoercion.castAll(List.of(left, right), common);
      return new Call(function, operands, common, operands.get(0).nullable() || operands.get(1).nullable());
    }, infix(operator));
  }

  private static DataType stringAsOther(DataType type, DataType other) {
    return type == AtomicType.STRING && isIntegral(other) ? other : type;
  }

  private static RuntimeException operandError(String pretty, DataType left, DataType right) {
    if (!left.equals(right) && left != AtomicType.NULL && right != AtomicType.NULL) {
      return ArithmeticFunctions.differentOperandTypes(pretty, left, right);
    }
    DataType wrong = left == AtomicType.NULL ? right : left;
    return SparkErrors.dataTypeMismatch("BINARY_OP_WRONG_TYPE", "\"" + pretty + "\"",
        "the binary operator requires the input type " + INTEGRAL + ", not " + SparkErrors.toSqlType(wrong) + ".",
        Map.of("inputType", INTEGRAL, "actualDataType", SparkErrors.toSqlType(wrong)));
  }

  /** shiftleft(x, n): x an int (narrower integers and fractions are cast to int) or a bigint; n an int. */
  private static FunctionDefinition shift(String name, String function, FunctionDefinition.Namer namer) {
    return new FunctionDefinition(name, 2, 2, false, (pretty, arguments, sql) -> {
      BoundExpression value = arguments.get(0);
      DataType type = value.dataType();
      if (!type.isNumeric() && type != AtomicType.STRING && type != AtomicType.NULL) {
        throw InputChecks.unexpectedType(pretty, 0, sql.get(0), type, "(\"INT\" or \"BIGINT\")");
      }
      value = TypeCoercion.castTo(value, type == AtomicType.LONG ? AtomicType.LONG : AtomicType.INTEGER);
      BoundExpression count = InputChecks.integer(pretty, arguments, sql, 1);
      return new Call(function, List.of(value, count), value.dataType(), value.nullable() || count.nullable());
    }, namer);
  }

  /** bit_get(x, pos): the bit as a tinyint; a position outside the type's bits fails when the row is read. */
  private static FunctionDefinition bitGet(String name) {
    return new FunctionDefinition(name, 2, 2, false, (pretty, arguments, sql) -> {
      BoundExpression value = arguments.get(0);
      if (!isIntegral(value.dataType()) && value.dataType() != AtomicType.NULL) {
        throw InputChecks.unexpectedType(pretty, 0, sql.get(0), value.dataType(), INTEGRAL);
      }
      BoundExpression position = InputChecks.integer(pretty, arguments, sql, 1);
      return new Call("bit_get", List.of(value, position, dev.ember.plan.expressions.Literal.of(name)),
          AtomicType.BYTE, value.nullable() || position.nullable());
    }, prefix(name));
  }
}
