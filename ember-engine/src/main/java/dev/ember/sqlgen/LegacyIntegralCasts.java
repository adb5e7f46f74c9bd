package dev.ember.sqlgen;

import dev.ember.plan.resolved.Call;
import dev.ember.plan.types.AtomicType;
import dev.ember.sqlgen.FunctionRenderers.Renderer;
import dev.ember.sqlgen.tree.SqlCall;
import dev.ember.sqlgen.tree.SqlCase;
import dev.ember.sqlgen.tree.SqlCast;
import dev.ember.sqlgen.tree.SqlExpression;
import dev.ember.sqlgen.tree.SqlLiteral;
import dev.ember.sqlgen.tree.SqlOperator;
import java.util.List;
import java.util.Map;

/**
 * A number cast to a byte, short, int or long with {@code spark.sql.ansi.enabled=false}: Spark converts as Java
 * does, never to NULL — a float or double through Java's saturating conversion to int (long for a long), NaN to 0,
 * then narrowed; an integer narrowed by keeping its low bits (two's complement); a decimal's whole part keeping the
 * low 64 bits, then narrowed.
 */
final class LegacyIntegralCasts {
  private LegacyIntegralCasts() {
  }

  static void register(Map<String, Renderer> renderers) {
    renderers.put("legacy_integral_cast", (call, args) -> render(call, args.get(0)));
  }

  private static SqlExpression render(Call call, SqlExpression value) {
    AtomicType to = (AtomicType) call.dataType();
    SqlExpression whole;
    if (call.argument(0).dataType() instanceof AtomicType from) {
      whole = from.fractional() ? saturated(value, to == AtomicType.LONG) : cast(value, "BIGINT");
    } else {
      whole = decimalLowBits(value);
    }
    return cast(lowBits(whole, bits(to)), DuckDbTypes.of(to));
  }

  /** Spark's Decimal.toLong: the whole part (truncated towards zero) keeping its low 64 bits, as BigDecimal.longValue. */
  private static SqlExpression decimalLowBits(SqlExpression value) {
    SqlExpression whole = cast(SqlCall.of("trunc", value), "HUGEINT");
    SqlExpression low = SqlOperator.infix("&", whole, cast(new SqlLiteral("18446744073709551615", AtomicType.STRING),
        "HUGEINT"));
    SqlExpression twoTo63 = cast(new SqlLiteral("9223372036854775808", AtomicType.STRING), "HUGEINT");
    SqlExpression twoTo64 = cast(new SqlLiteral("18446744073709551616", AtomicType.STRING), "HUGEINT");
    return cast(new SqlCase(List.of(new SqlCase.When(SqlOperator.infix(">=", low, twoTo63),
        SqlOperator.infix("-", low, twoTo64))), low), "BIGINT");
  }

  /** Java's (int) or (long) of a double: NaN is 0, beyond the range the nearest bound, else truncated. */
  private static SqlExpression saturated(SqlExpression value, boolean toLong) {
    SqlLiteral max = new SqlLiteral(toLong ? Long.MAX_VALUE : Integer.MAX_VALUE, AtomicType.LONG);
    SqlLiteral min = new SqlLiteral(toLong ? Long.MIN_VALUE : Integer.MIN_VALUE, AtomicType.LONG);
    SqlExpression asDouble = cast(value, "DOUBLE");
    return new SqlCase(List.of(
        new SqlCase.When(SqlCall.of("isnan", asDouble), new SqlLiteral(0L, AtomicType.LONG)),
        new SqlCase.When(SqlOperator.infix(">=", asDouble, cast(max, "DOUBLE")), max),
        new SqlCase.When(SqlOperator.infix("<=", asDouble, cast(min, "DOUBLE")), min)),
        cast(SqlCall.of("trunc", asDouble), "BIGINT"));
  }

  /** The low {@code bits} bits of a BIGINT as a signed number. */
  private static SqlExpression lowBits(SqlExpression whole, int bits) {
    if (bits == 64) {
      return whole;
    }
    long modulus = 1L << bits;
    SqlExpression low = SqlOperator.infix("&", whole, new SqlLiteral(modulus - 1, AtomicType.LONG));
    return new SqlCase(List.of(new SqlCase.When(SqlOperator.infix(">=", low, new SqlLiteral(modulus / 2,
        AtomicType.LONG)), SqlOperator.infix("-", low, new SqlLiteral(modulus, AtomicType.LONG)))), low);
  }

  private static int bits(AtomicType type) {
    return switch (type) {
      case BYTE -> 8;
      case SHORT -> 16;
      case INTEGER -> 32;
      default -> 64;
    };
  }

  private static SqlExpression cast(SqlExpression value, String duckDbType) {
    return new SqlCast(value, duckDbType, false);
  }
}
