package dev.ember.sqlgen;

import dev.ember.plan.resolved.Call;
import dev.ember.plan.types.AtomicType;
import dev.ember.sqlgen.FunctionRenderers.Renderer;
import dev.ember.sqlgen.tree.SqlCast;
import dev.ember.sqlgen.tree.SqlExpression;
import dev.ember.sqlgen.tree.SqlLiteral;
import dev.ember.sqlgen.tree.SqlOperator;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;

/**
 * Integer arithmetic without ANSI ({@code spark.sql.ansi.enabled=false}): Spark computes it as the JVM does, so a
 * result outside the type wraps around (two's complement) instead of failing. Ember computes in a type twice as wide
 * (DuckDB would raise) and reduces the exact result modulo 2<sup>bits</sup> into the type's range.
 */
final class WrappingArithmeticRenderers {
  private WrappingArithmeticRenderers() {
  }

  static void register(Map<String, Renderer> renderers) {
    renderers.put("wrapping_add", (call, args) -> wrapped(call, SqlOperator.infix("+", wide(call, args.get(0)),
        wide(call, args.get(1)))));
    renderers.put("wrapping_subtract", (call, args) -> wrapped(call, SqlOperator.infix("-", wide(call, args.get(0)),
        wide(call, args.get(1)))));
    renderers.put("wrapping_multiply", (call, args) -> wrapped(call, SqlOperator.infix("*", wide(call, args.get(0)),
        wide(call, args.get(1)))));
    renderers.put("wrapping_negative", (call, args) -> wrapped(call, SqlOperator.prefix("-", wide(call, args.get(0)))));
    // round / bround of an integer to a negative scale (the scale is the call's constant second argument)
    renderers.put("wrapping_round", (call, args) -> wrapped(call, MathRenderers.integralRounded(call, args.get(0),
        "round")));
    renderers.put("wrapping_bround", (call, args) -> wrapped(call, MathRenderers.integralRounded(call, args.get(0),
        "round_even")));
    renderers.put("wrapping_abs", (call, args) -> wrapped(call, dev.ember.sqlgen.tree.SqlCall.of("abs",
        wide(call, args.get(0)))));
  }

  private static SqlExpression wide(Call call, SqlExpression argument) {
    return new SqlCast(argument, wideType(call), false);
  }

  private static String wideType(Call call) {
    return call.dataType() == AtomicType.LONG ? "HUGEINT" : "BIGINT";
  }

  /**
   * The exact value reduced into the result type: ((v + 2^(bits-1)) mod 2^bits + 2^bits) mod 2^bits − 2^(bits-1),
   * the exact value written once (a nested expression stays linear in size).
   */
  private static SqlExpression wrapped(Call call, SqlExpression exact) {
    AtomicType type = (AtomicType) call.dataType();
    String wide = wideType(call);
    BigInteger modulus = BigInteger.ONE.shiftLeft(bits(type));
    SqlExpression modulusLiteral = literal(modulus, wide);
    SqlExpression half = literal(modulus.shiftRight(1), wide);
    SqlExpression residue = SqlOperator.infix("%", SqlOperator.infix("+", SqlOperator.infix("%",
        SqlOperator.infix("+", exact, half), modulusLiteral), modulusLiteral), modulusLiteral);
    return new SqlCast(SqlOperator.infix("-", residue, half), DuckDbTypes.of(type), false);
  }

  private static SqlExpression literal(BigInteger value, String type) {
    return new SqlCast(new SqlLiteral(value.toString(), AtomicType.STRING), type, false);
  }

  private static int bits(AtomicType type) {
    return switch (type) {
      case BYTE -> 8;
      case SHORT -> 16;
      case INTEGER -> 32;
      default -> 64;
    };
  }
}
