package dev.ember.sqlgen;

import dev.ember.plan.errors.RaisedError;
import dev.ember.plan.expressions.Literal;
import dev.ember.plan.resolved.Call;
import dev.ember.plan.types.AtomicType;
import dev.ember.sqlgen.FunctionRenderers.Renderer;
import dev.ember.sqlgen.tree.SqlCall;
import dev.ember.sqlgen.tree.SqlCase;
import dev.ember.sqlgen.tree.SqlCast;
import dev.ember.sqlgen.tree.SqlExpression;
import dev.ember.sqlgen.tree.SqlLiteral;
import dev.ember.sqlgen.tree.SqlOperator;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;

/**
 * Bitwise operators and Java's shifts. DuckDB refuses a left shift that overflows, so shifts work on
 * the value's bits as an unsigned number in a wider type (BIGINT for an int, HUGEINT for a bigint),
 * masked back to the width and read as signed again; the shift count is taken modulo the width.
 */
final class BitwiseRenderers {
  private BitwiseRenderers() {
  }

  static void register(Map<String, Renderer> renderers) {
    renderers.put("bitwise_and", FunctionRenderers.infix("&"));
    renderers.put("bitwise_or", FunctionRenderers.infix("|"));
    renderers.put("bitwise_xor", (call, args) -> SqlCall.of("xor", args.get(0), args.get(1)));
    renderers.put("bitwise_not", (call, args) -> SqlOperator.prefix("~", args.get(0)));
    renderers.put("shiftleft", (call, args) -> shift(call, args, "<<", false));
    renderers.put("shiftright", (call, args) -> shift(call, args, ">>", true));
    renderers.put("shiftrightunsigned", (call, args) -> shift(call, args, ">>", false));
    renderers.put("bit_count", BitwiseRenderers::bitCount);
    renderers.put("bit_get", BitwiseRenderers::bitGet);
  }

  private static int width(AtomicType type) {
    return switch (type) {
      case BYTE -> 8;
      case SHORT -> 16;
      case INTEGER -> 32;
      default -> 64;
    };
  }

  private static SqlExpression shift(Call call, List<SqlExpression> args, String operator, boolean signed) {
    int width = width((AtomicType) call.dataType());
    SqlExpression count = SqlOperator.infix("&", args.get(1), new SqlLiteral(width - 1, AtomicType.INTEGER));
    if (signed) {
      return SqlOperator.infix(">>", args.get(0), count);
    }
    String wide = width == 64 ? "HUGEINT" : "BIGINT";
    SqlExpression mask = number(BigInteger.ONE.shiftLeft(width).subtract(BigInteger.ONE), wide);
    SqlExpression unsigned = SqlOperator.infix("&", new SqlCast(args.get(0), wide, false), mask);
    SqlExpression shifted = SqlOperator.infix("&", SqlOperator.infix(operator, unsigned, count), mask);
    SqlExpression asSigned = new SqlCase(List.of(new SqlCase.When(
        SqlOperator.infix(">=", shifted, number(BigInteger.ONE.shiftLeft(width - 1), wide)),
        SqlOperator.infix("-", shifted, number(BigInteger.ONE.shiftLeft(width), wide)))), shifted);
    return new SqlCast(asSigned, DuckDbTypes.of(call.dataType()), false);
  }

  private static SqlExpression number(BigInteger value, String duckDbType) {
    return new SqlCast(new SqlLiteral(value.toString(), AtomicType.STRING), duckDbType, false);
  }

  /** Spark counts the bits of the value widened to a bigint (a negative int has 64 - n zeros). */
  private static SqlExpression bitCount(Call call, List<SqlExpression> args) {
    if (call.argument(0).dataType() == AtomicType.BOOLEAN) {
      return new SqlCase(List.of(new SqlCase.When(args.get(0), new SqlLiteral(1, AtomicType.INTEGER))),
          new SqlCase(List.of(new SqlCase.When(SqlOperator.postfix("IS NULL", args.get(0)),
              new SqlLiteral(null, AtomicType.INTEGER))), new SqlLiteral(0, AtomicType.INTEGER)));
    }
    return new SqlCast(SqlCall.of("bit_count", new SqlCast(args.get(0), "BIGINT", false)), "INTEGER", false);
  }

  /** {@code (x >> pos) & 1}; a position outside [0, width) raises INVALID_PARAMETER_VALUE.BIT_POSITION_RANGE. */
  private static SqlExpression bitGet(Call call, List<SqlExpression> args) {
    int width = call.argument(0).dataType() == AtomicType.NULL ? 32 : width((AtomicType) call.argument(0).dataType());
    SqlExpression position = args.get(1);
    SqlExpression outside = SqlOperator.infix("OR", SqlOperator.infix("<", position, new SqlLiteral(0, AtomicType.INTEGER)),
        SqlOperator.infix(">=", position, new SqlLiteral(width, AtomicType.INTEGER)));
    String function = (String) ((Literal) call.argument(2)).value();
    SqlExpression bit = new SqlCast(SqlOperator.infix("&", SqlOperator.infix(">>",
        new SqlCast(args.get(0), "BIGINT", false), position), new SqlLiteral(1L, AtomicType.LONG)), "TINYINT", false);
    return new SqlCase(List.of(new SqlCase.When(outside, DatetimeSql.raise(RaisedError.BIT_POSITION_RANGE,
        AtomicType.BYTE, new SqlLiteral(function, AtomicType.STRING), position,
        new SqlLiteral(Integer.toString(width), AtomicType.STRING)))), bit);
  }
}
