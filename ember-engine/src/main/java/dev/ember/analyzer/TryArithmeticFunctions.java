package dev.ember.analyzer;

import static dev.ember.analyzer.FunctionDefinition.prefix;

import dev.ember.plan.resolved.BoundCast;
import dev.ember.plan.resolved.BoundExpression;
import dev.ember.plan.resolved.Call;
import java.util.List;

/**
 * try_add, try_subtract, try_multiply, try_divide, try_mod: the operator's types and errors, but NULL
 * where it would fail at run time (overflow, a zero divisor, a string that is not a number).
 */
final class TryArithmeticFunctions {
  private TryArithmeticFunctions() {
  }

  static List<FunctionDefinition> definitions() {
    return List.of(
        tryOperator("try_add", "add", "+"),
        tryOperator("try_subtract", "subtract", "-"),
        tryOperator("try_multiply", "multiply", "*"),
        tryOperator("try_divide", "divide", "/"),
        tryOperator("try_mod", "remainder", "%"));
  }

  /** Spark wraps the operator in TryEval: type errors name the operator, e.g. {@code (true + 2)}. */
  private static FunctionDefinition tryOperator(String name, String function, String operator) {
    return new FunctionDefinition(name, 2, 2, false, (pretty, arguments, sql) -> {
      String operatorSql = "(" + sql.get(0) + " " + operator + " " + sql.get(1) + ")";
      if (!function.equals("remainder") && IntervalArithmetic.applies(function, arguments.get(0).dataType(),
          arguments.get(1).dataType())) {
        return tolerantInterval(IntervalArithmetic.bind(function, operatorSql, arguments.get(0), arguments.get(1),
            sql));
      }
      if (DateNumberArithmetic.applies(function, arguments.get(0).dataType(), arguments.get(1).dataType())) {
        // date ± days: Spark's date_add / date_sub (which cannot fail at run time), nullable inside TryEval
        return tolerantInterval(DateNumberArithmetic.bind(function, operatorSql, arguments.get(0), arguments.get(1),
            sql));
      }
      Call call = (Call) ArithmeticFunctions.bindBinary(function, operator, operatorSql, arguments.get(0),
          arguments.get(1));
      List<BoundExpression> lenient = call.arguments().stream().map(TryArithmeticFunctions::tryCast).toList();
      return new Call(tryFunction(function), lenient, call.dataType(), true);
    }, prefix(name));
  }

  /** Interval arithmetic that gives NULL instead of failing (datetime plus interval only becomes nullable). */
  private static BoundExpression tolerantInterval(BoundExpression bound) {
    if (bound instanceof Call call && java.util.Set.of("interval_add", "interval_subtract", "interval_multiply",
        "interval_divide").contains(call.function())) {
      return new Call("try_" + call.function(), call.arguments().stream().map(TryArithmeticFunctions::tryCast)
          .toList(), call.dataType(), true);
    }
    // Spark's TryEval is nullable whatever it wraps
    return bound instanceof Call call ? new Call(call.function(), call.arguments(), call.dataType(), true) : bound;
  }

  private static String tryFunction(String function) {
    return function.equals("remainder") ? "try_remainder" : "try_" + function;
  }

  /** The implicit casts of the operands give NULL instead of failing. */
  private static BoundExpression tryCast(BoundExpression operand) {
    return operand instanceof BoundCast cast ? new BoundCast(cast.child(), cast.dataType(), true) : operand;
  }
}
