package dev.ember.sqlgen;

import dev.ember.plan.types.AtomicType;
import dev.ember.sqlgen.FunctionRenderers.Renderer;
import dev.ember.sqlgen.tree.SqlCall;
import dev.ember.sqlgen.tree.SqlCase;
import dev.ember.sqlgen.tree.SqlExpression;
import dev.ember.sqlgen.tree.SqlLiteral;
import dev.ember.sqlgen.tree.SqlOperator;
import java.util.List;
import java.util.Map;

/** DuckDB renderings of trigonometric and hyperbolic functions, with java.lang.Math's constants and signed zeros. */
final class TrigonometricRenderers {
  private static final SqlLiteral ONE = new SqlLiteral(1.0, AtomicType.DOUBLE);
  private static final SqlLiteral ZERO = new SqlLiteral(0.0, AtomicType.DOUBLE);
  /** Math.toDegrees and Math.toRadians multiply by these (Java 9 and later). */
  private static final SqlLiteral RADIANS_TO_DEGREES = new SqlLiteral(57.29577951308232, AtomicType.DOUBLE);
  private static final SqlLiteral DEGREES_TO_RADIANS = new SqlLiteral(0.017453292519943295, AtomicType.DOUBLE);
  /** Beyond these magnitudes x * x overflows or underflows, so hypot scales its operands first. */
  private static final SqlLiteral HUGE = new SqlLiteral(1.0E150, AtomicType.DOUBLE);
  private static final SqlLiteral TINY = new SqlLiteral(1.0E-150, AtomicType.DOUBLE);

  private TrigonometricRenderers() {
  }

  static void register(Map<String, Renderer> renderers) {
    for (String function : List.of("sin", "cos", "tan", "asin", "acos", "atan", "cot", "sinh", "cosh", "tanh",
        "acosh", "atanh")) {
      renderers.put(function, (call, args) -> SqlCall.of(function, args.get(0)));
    }
    // DuckDB's asinh loses the sign of a zero, Java's keeps it
    renderers.put("asinh", (call, args) -> new SqlCase(List.of(new SqlCase.When(
        SqlOperator.infix("=", args.get(0), ZERO), args.get(0))), SqlCall.of("asinh", args.get(0))));
    renderers.put("sec", (call, args) -> SqlOperator.infix("/", ONE, SqlCall.of("cos", args.get(0))));
    renderers.put("csc", (call, args) -> SqlOperator.infix("/", ONE, SqlCall.of("sin", args.get(0))));
    renderers.put("degrees", (call, args) -> SqlOperator.infix("*", args.get(0), RADIANS_TO_DEGREES));
    renderers.put("radians", (call, args) -> SqlOperator.infix("*", args.get(0), DEGREES_TO_RADIANS));
    // Spark adds 0.0 to both arguments, which turns -0.0 into 0.0
    renderers.put("atan2", (call, args) -> SqlCall.of("atan2", SqlOperator.infix("+", args.get(0), ZERO),
        SqlOperator.infix("+", args.get(1), ZERO)));
    renderers.put("hypot", (call, args) -> hypot(args.get(0), args.get(1)));
    renderers.put("e", (call, args) -> new SqlLiteral(Math.E, AtomicType.DOUBLE));
    renderers.put("pi", (call, args) -> new SqlLiteral(Math.PI, AtomicType.DOUBLE));
  }

  /** Math.hypot: infinite when either side is (even beside NaN), without overflow or underflow in between. */
  private static SqlExpression hypot(SqlExpression x, SqlExpression y) {
    SqlExpression a = SqlCall.of("abs", x);
    SqlExpression b = SqlCall.of("abs", y);
    SqlExpression larger = SqlCall.of("greatest", a, b);
    SqlExpression plain = SqlCall.of("sqrt", SqlOperator.infix("+", SqlOperator.infix("*", x, x),
        SqlOperator.infix("*", y, y)));
    SqlExpression scaledA = SqlOperator.infix("/", a, larger);
    SqlExpression scaledB = SqlOperator.infix("/", b, larger);
    SqlExpression scaled = SqlOperator.infix("*", larger, SqlCall.of("sqrt", SqlOperator.infix("+",
        SqlOperator.infix("*", scaledA, scaledA), SqlOperator.infix("*", scaledB, scaledB))));
    return new SqlCase(List.of(
        new SqlCase.When(SqlOperator.infix("OR", SqlCall.of("isinf", x), SqlCall.of("isinf", y)),
            new SqlLiteral(Double.POSITIVE_INFINITY, AtomicType.DOUBLE)),
        new SqlCase.When(SqlOperator.infix("OR", SqlOperator.infix(">", larger, HUGE),
            SqlOperator.infix("AND", SqlOperator.infix("<", larger, TINY), SqlOperator.infix(">", larger, ZERO))),
            scaled)), plain);
  }
}
