package dev.ember.analyzer;

import static dev.ember.analyzer.FunctionDefinition.prefix;

import dev.ember.plan.errors.SparkErrors;
import dev.ember.plan.expressions.Literal;
import dev.ember.plan.resolved.BoundExpression;
import dev.ember.plan.resolved.Call;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.DataType;
import dev.ember.plan.types.DecimalType;
import java.util.List;
import java.util.Map;

/** round/bround, floor/ceil, sqrt, exp, logarithms, power, signum, pmod with Spark's types. */
final class MathFunctions {
  private MathFunctions() {
  }

  static List<FunctionDefinition> definitions() {
    return List.of(
        rounding("round"),
        rounding("bround"),
        floorCeil("floor", "floor", "FLOOR"),
        floorCeil("ceil", "ceil", "CEIL"),
        floorCeil("ceiling", "ceil", "ceiling"),
        unaryDouble("sqrt", "SQRT"),
        unaryDouble("exp", "EXP"),
        unaryDouble("ln", "ln"),
        unaryDouble("log10", "LOG10"),
        unaryDouble("log2", "LOG2"),
        unaryDouble("signum", "SIGNUM"),
        unaryDouble("sign", "signum", "sign"),
        // log(x) is log(E(), x), Spark's one-argument Logarithm
        new FunctionDefinition("log", 1, 2, false,
            (pretty, arguments, sql) -> arguments.size() == 1
                ? new Call("log", List.of(new dev.ember.plan.expressions.Literal(Math.E, AtomicType.DOUBLE),
                    InputChecks.fractional(pretty, arguments, sql, 0)), AtomicType.DOUBLE, true)
                : new Call("log", List.of(InputChecks.fractional(pretty, arguments, sql, 0),
                    InputChecks.fractional(pretty, arguments, sql, 1)), AtomicType.DOUBLE, true),
            (names, distinct) -> "LOG(" + (names.size() == 1 ? "E(), " : "") + String.join(", ", names) + ")"),
        power("pow"),
        power("power"),
        new FunctionDefinition("pmod", 2, 2, false,
            (pretty, arguments, sql) -> pmod(pretty, arguments), prefix("pmod")));
  }

  /** round(x, scale) / bround(x, scale): the type of x is kept (decimals get Spark's precision rule). */
  private static FunctionDefinition rounding(String name) {
    return new FunctionDefinition(name, 1, 2, false, (pretty, arguments, sql) -> {
      BoundExpression input = numericInput(pretty, arguments, sql);
      Integer scale = arguments.size() == 1 ? Integer.valueOf(0) : constantScale(name, pretty, arguments, sql);
      if (scale == null) {
        return Literal.nullOf(input.dataType());
      }
      DataType type = input.dataType() instanceof DecimalType decimal ? roundedDecimal(decimal, scale) : input.dataType();
      return new Call(name, List.of(input, Literal.of((int) scale)), type, true);
    }, (names, distinct) -> name + "(" + names.get(0) + ", " + (names.size() == 1 ? "0" : names.get(1)) + ")");
  }

  /**
   * floor(x) / ceil(x) give bigint (decimal(p - s + 1, 0) for decimals); with a scale, a decimal. Spark
   * names the one-argument form {@code oneArgumentName(x)}, the other {@code name(x, d)}.
   */
  private static FunctionDefinition floorCeil(String name, String function, String oneArgumentName) {
    return new FunctionDefinition(name, 1, 2, false, (pretty, arguments, sql) -> {
      BoundExpression input = numericInput(pretty, arguments, sql);
      if (arguments.size() == 2) {
        Integer scale = constantScale(function, pretty, arguments, sql);
        DecimalType decimal = asDecimal(input.dataType());
        if (scale == null) {
          // Spark's floor and ceil take no NULL scale (their scale must fold to an INT)
          throw nonFoldableScale(function);
        }
        return new Call(function + "_scale", List.of(decimalInput(input, decimal), Literal.of((int) scale)),
            roundedDecimal(decimal, scale), true);
      }
      if (input.dataType() instanceof DecimalType decimal) {
        return new Call(function, List.of(input), DecimalType.bounded(decimal.precision() - decimal.scale() + 1, 0),
            true);
      }
      DataType via = input.dataType() == AtomicType.FLOAT || input.dataType() == AtomicType.DOUBLE
          ? AtomicType.DOUBLE : AtomicType.LONG;
      return new Call(function, List.of(TypeCoercion.castTo(input, via)), AtomicType.LONG, true);
    }, (names, distinct) -> names.size() == 1 ? oneArgumentName + "(" + names.get(0) + ")"
        : name + "(" + names.get(0) + ", " + names.get(1) + ")");
  }

  static FunctionDefinition unaryDouble(String name, String shownName) {
    return unaryDouble(name, name, shownName);
  }

  /** A function of one double, named {@code shownName(x)}, resolved to the call {@code function}. */
  static FunctionDefinition unaryDouble(String name, String function, String shownName) {
    return new FunctionDefinition(name, 1, 1, false,
        (pretty, arguments, sql) -> new Call(function, List.of(function.equals("signum")
            && arguments.get(0).dataType().isAnsiInterval() ? IntervalNumbers.of(arguments.get(0), AtomicType.DOUBLE)
            : InputChecks.fractional(pretty, arguments, sql, 0)), AtomicType.DOUBLE, true),
        prefix(shownName));
  }

  private static FunctionDefinition power(String name) {
    return new FunctionDefinition(name, 2, 2, false, (pretty, arguments, sql) -> {
      List<BoundExpression> inputs = List.of(InputChecks.fractional(pretty, arguments, sql, 0),
          InputChecks.fractional(pretty, arguments, sql, 1));
      return new Call("power", inputs, AtomicType.DOUBLE, inputs.get(0).nullable() || inputs.get(1).nullable());
    }, prefix("POWER"));
  }

  private static BoundExpression pmod(String pretty, List<BoundExpression> arguments) {
    BoundExpression left = arguments.get(0);
    BoundExpression right = arguments.get(1);
    // Spark's Pmod is a binary arithmetic operator: its operands are checked as those of %
    ArithmeticFunctions.requireArithmeticOperands(pretty, left.dataType(), right.dataType(), "\"NUMERIC\"");
    left = TypeCoercion.castTo(left, TypeCoercion.numericForString(left.dataType(), right.dataType()));
    right = TypeCoercion.castTo(right, TypeCoercion.numericForString(right.dataType(), left.dataType()));
    DataType common = TypeCoercion.commonType(left.dataType(), right.dataType()).orElseThrow();
    if (common == AtomicType.NULL) {
      common = AtomicType.INTEGER;
    }
    if (common instanceof DecimalType) {
      DecimalType a = TypeCoercion.decimalOperand(left, common);
      DecimalType b = TypeCoercion.decimalOperand(right, common);
      return new Call("pmod", List.of(TypeCoercion.castTo(left, a), TypeCoercion.castTo(right, b)),
          ArithmeticFunctions.decimalResult("remainder", a, b), true);
    }
    return new Call("pmod", TypeCoercion.castAll(List.of(left, right), common), common, true);
  }

  /** Numbers as they are, strings read as doubles; anything else is refused as Spark's NUMERIC check does. */
  private static BoundExpression numericInput(String pretty, List<BoundExpression> arguments, List<String> sql) {
    BoundExpression input = arguments.get(0);
    DataType type = input.dataType();
    if (type.isNumeric()) {
      return input;
    }
    if (type == AtomicType.STRING || type == AtomicType.NULL) {
      return TypeCoercion.castTo(input, AtomicType.DOUBLE);
    }
    throw InputChecks.unexpectedType(pretty, 0, sql.get(0), type, "\"NUMERIC\"");
  }

  /** The scale argument must be a constant int; NULL when the constant is NULL. */
  private static Integer constantScale(String function, String pretty, List<BoundExpression> arguments,
      List<String> sql) {
    BoundExpression scale = InputChecks.integer(pretty, arguments, sql, 1);
    if (!(arguments.get(1) instanceof Literal literal)) {
      throw SparkErrors.dataTypeMismatch("NON_FOLDABLE_INPUT", "\"" + pretty + "\"",
          "the input scale should be a foldable \"INT\" expression; however, got \"" + sql.get(1) + "\".",
          Map.of("inputName", "`scale`", "inputType", SparkErrors.toSqlType(scale.dataType()),
              "inputExpr", "\"" + sql.get(1) + "\""));
    }
    if (literal.value() == null) {
      return null;
    }
    if (literal.value() instanceof Number number) {
      return number.intValue();
    }
    try {
      return Integer.valueOf(((String) literal.value()).trim());
    } catch (NumberFormatException notANumber) {
      // a string that is no INT: Spark's cast of it does not fold, so the scale is no constant
      throw nonFoldableScale(function);
    }
  }

  private static dev.ember.plan.errors.EmberException nonFoldableScale(String function) {
    return SparkErrors.nonFoldableArgument(function, "scale", "INT");
  }

  /** Spark's RoundBase result type for a decimal rounded to {@code scale} digits. */
  static DecimalType roundedDecimal(DecimalType decimal, int scale) {
    int integralDigits = decimal.precision() - decimal.scale() + 1;
    if (scale < 0) {
      return new DecimalType(Math.min(Math.max(integralDigits, -scale + 1), DecimalType.MAX_PRECISION), 0);
    }
    int newScale = Math.min(decimal.scale(), scale);
    return new DecimalType(Math.min(integralDigits + newScale, DecimalType.MAX_PRECISION), newScale);
  }

  /** Spark reads NaN, infinities and doubles too large for the decimal as NULL here. */
  private static BoundExpression decimalInput(BoundExpression input, DecimalType decimal) {
    DataType type = input.dataType();
    return type == AtomicType.FLOAT || type == AtomicType.DOUBLE
        ? new dev.ember.plan.resolved.BoundCast(input, decimal, true) : TypeCoercion.castTo(input, decimal);
  }

  /** Spark's DecimalType.forType: the decimal a number is read as by decimal-only functions. */
  private static DecimalType asDecimal(DataType type) {
    if (type instanceof DecimalType decimal) {
      return decimal;
    }
    if (type == AtomicType.FLOAT) {
      return new DecimalType(14, 7);
    }
    if (type == AtomicType.DOUBLE) {
      return new DecimalType(30, 15);
    }
    return DecimalType.forIntegral((AtomicType) type);
  }
}
