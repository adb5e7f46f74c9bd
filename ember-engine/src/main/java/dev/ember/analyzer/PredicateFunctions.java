package dev.ember.analyzer;

import static dev.ember.analyzer.FunctionDefinition.infix;
import static dev.ember.analyzer.FunctionDefinition.prefix;

import dev.ember.plan.resolved.BoundExpression;
import dev.ember.plan.resolved.Call;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.DataType;
import java.util.List;
import java.util.Map;

/** Comparisons, boolean logic and null tests. */
final class PredicateFunctions {
  private PredicateFunctions() {
  }

  static List<FunctionDefinition> definitions() {
    return List.of(
        comparison("=", "equal"),
        comparison("==", "equal"),
        comparison("<=>", "equal_null_safe"),
        comparison("<", "less_than"),
        comparison("<=", "less_than_or_equal"),
        comparison(">", "greater_than"),
        comparison(">=", "greater_than_or_equal"),
        logical("and", "AND"),
        logical("or", "OR"),
        negation("!"),
        negation("not"),
        new FunctionDefinition("equal_null", 2, 2, false, (pretty, arguments, sql) ->
            bindComparison("equal_null_safe", pretty, arguments.get(0), arguments.get(1)), prefix("equal_null")),
        new FunctionDefinition("isNull", 1, 1, false,
            (pretty, arguments, sql) -> new Call("is_null", arguments, AtomicType.BOOLEAN, false),
            (names, distinct) -> "(" + names.get(0) + " IS NULL)"),
        new FunctionDefinition("isNotNull", 1, 1, false,
            (pretty, arguments, sql) -> new Call("is_not_null", arguments, AtomicType.BOOLEAN, false),
            (names, distinct) -> "(" + names.get(0) + " IS NOT NULL)"));
  }

  private static FunctionDefinition negation(String name) {
    return new FunctionDefinition(name, 1, 1, false,
        (pretty, arguments, sql) -> {
          BoundExpression input = arguments.get(0);
          if (input.dataType() != AtomicType.BOOLEAN && input.dataType() != AtomicType.NULL) {
            throw InputChecks.unexpectedType(pretty, 0, sql.get(0), input.dataType(), "\"BOOLEAN\"");
          }
          return new Call("not", List.of(TypeCoercion.castTo(input, AtomicType.BOOLEAN)), AtomicType.BOOLEAN,
              input.nullable());
        },
        (names, distinct) -> "(NOT " + names.get(0) + ")");
  }

  /** How Spark names each comparison in its errors. */
  private static final Map<String, String> SYMBOLS = Map.of("equal", "=", "equal_null_safe", "<=>", "less_than", "<",
      "less_than_or_equal", "<=", "greater_than", ">", "greater_than_or_equal", ">=");

  private static FunctionDefinition comparison(String operator, String function) {
    String shown = operator.equals("==") ? "=" : operator;
    return new FunctionDefinition(operator, 2, 2, false,
        (pretty, arguments, sql) -> bindComparison(function, pretty, arguments.get(0), arguments.get(1)),
        infix(shown));
  }

  static BoundExpression bindComparison(String function, String pretty, BoundExpression left,
      BoundExpression right) {
    DataType common = comparisonType(left.dataType(), right.dataType())
        .or(() -> TypeCoercion.commonType(left.dataType(), right.dataType()))
        .orElseThrow(() -> ArithmeticFunctions.differentOperandTypes(pretty, left.dataType(), right.dataType()));
    OrderingChecks.requireOrderable(SYMBOLS.getOrDefault(function, function), pretty, common);
    BoundExpression coercedLeft = TypeCoercion.castTo(left, common);
    BoundExpression coercedRight = TypeCoercion.castTo(right, common);
    boolean nullable = !function.equals("equal_null_safe") && (coercedLeft.nullable() || coercedRight.nullable());
    return new Call(function, List.of(coercedLeft, coercedRight), AtomicType.BOOLEAN, nullable);
  }

  /**
   * Spark's string promotion in a comparison (PromoteStrings): a string beside binary is compared as its UTF-8 bytes;
   * with ANSI, beside an integer as a bigint and beside a fractional number as a double (without ANSI only beside a
   * decimal). Empty for the other pairs, which meet at their common type.
   */
  private static java.util.Optional<DataType> comparisonType(DataType left, DataType right) {
    DataType other = left == AtomicType.STRING ? right : right == AtomicType.STRING ? left : null;
    if (other == null || other == AtomicType.STRING) {
      return java.util.Optional.empty();
    }
    if (other == AtomicType.BINARY) {
      return java.util.Optional.of(AtomicType.BINARY);
    }
    if (other instanceof dev.ember.plan.types.DecimalType) {
      return java.util.Optional.of(AtomicType.DOUBLE);
    }
    if (TypeCoercion.ansi() && other instanceof AtomicType atomic && (atomic.integral() || atomic.fractional())) {
      return java.util.Optional.of(atomic.integral() ? AtomicType.LONG : AtomicType.DOUBLE);
    }
    return java.util.Optional.empty();
  }

  private static FunctionDefinition logical(String name, String sqlOperator) {
    return new FunctionDefinition(name, 2, 2, false,
        (pretty, arguments, sql) -> new Call(name,
            List.of(requireBoolean(pretty, arguments.get(0)), requireBoolean(pretty, arguments.get(1))),
            AtomicType.BOOLEAN, arguments.get(0).nullable() || arguments.get(1).nullable()),
        infix(sqlOperator));
  }

  private static BoundExpression requireBoolean(String pretty, BoundExpression argument) {
    if (argument.dataType() == AtomicType.NULL) {
      return TypeCoercion.castTo(argument, AtomicType.BOOLEAN);
    }
    if (argument.dataType() != AtomicType.BOOLEAN) {
      throw ArithmeticFunctions.unexpectedInputType(pretty, argument.dataType(), "\"BOOLEAN\"");
    }
    return argument;
  }
}
