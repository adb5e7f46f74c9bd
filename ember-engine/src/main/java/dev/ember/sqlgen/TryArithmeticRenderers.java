package dev.ember.sqlgen;

import dev.ember.plan.resolved.Call;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.DecimalType;
import dev.ember.sqlgen.FunctionRenderers.Renderer;
import dev.ember.sqlgen.tree.SqlCase;
import dev.ember.sqlgen.tree.SqlCast;
import dev.ember.sqlgen.tree.SqlExpression;
import dev.ember.sqlgen.tree.SqlLiteral;
import dev.ember.sqlgen.tree.SqlOperator;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;

/**
 * try_add, try_subtract, try_multiply: integers are computed in a type twice as wide and give NULL
 * outside the result type's range (DuckDB would raise), decimals are try-cast to Spark's result type.
 */
final class TryArithmeticRenderers {
  private TryArithmeticRenderers() {
  }

  static void register(Map<String, Renderer> renderers) {
    renderers.put("try_add", FunctionRenderers.wideDecimalSafe("add", (call, args) -> checked(call, "+", args),
        false));
    renderers.put("try_subtract", FunctionRenderers.wideDecimalSafe("subtract", (call, args) -> checked(call, "-", args),
        false));
    renderers.put("try_multiply", FunctionRenderers.wideDecimalSafe("multiply", (call, args) -> checked(call, "*",
        args), false));
  }

  private static SqlExpression checked(Call call, String operator, List<SqlExpression> args) {
    if (call.dataType() instanceof DecimalType) {
      return new SqlCast(SqlOperator.infix(operator, args.get(0), args.get(1)), DuckDbTypes.of(call.dataType()), true);
    }
    if (!(call.dataType() instanceof AtomicType atomic) || !atomic.integral()) {
      return SqlOperator.infix(operator, args.get(0), args.get(1));
    }
    String wide = atomic == AtomicType.LONG ? "HUGEINT" : "BIGINT";
    SqlExpression exact = SqlOperator.infix(operator, new SqlCast(args.get(0), wide, false),
        new SqlCast(args.get(1), wide, false));
    BigInteger max = maximum(atomic);
    SqlExpression fits = SqlOperator.infix("AND",
        SqlOperator.infix(">=", exact, bound(max.negate().subtract(BigInteger.ONE))),
        SqlOperator.infix("<=", exact, bound(max)));
    return new SqlCase(List.of(new SqlCase.When(fits, new SqlCast(exact, DuckDbTypes.of(atomic), false))),
        new SqlLiteral(null, atomic));
  }

  private static SqlExpression bound(BigInteger value) {
    return new SqlCast(new SqlLiteral(value.toString(), AtomicType.STRING), "HUGEINT", false);
  }

  private static BigInteger maximum(AtomicType type) {
    return switch (type) {
      case BYTE -> BigInteger.valueOf(Byte.MAX_VALUE);
      case SHORT -> BigInteger.valueOf(Short.MAX_VALUE);
      case INTEGER -> BigInteger.valueOf(Integer.MAX_VALUE);
      default -> BigInteger.valueOf(Long.MAX_VALUE);
    };
  }
}
