package dev.ember.sqlgen;

import static dev.ember.sqlgen.Murmur3Sql.number;

import dev.ember.plan.types.AtomicType;
import dev.ember.sqlgen.tree.SqlCall;
import dev.ember.sqlgen.tree.SqlCase;
import dev.ember.sqlgen.tree.SqlCast;
import dev.ember.sqlgen.tree.SqlExpression;
import dev.ember.sqlgen.tree.SqlLiteral;
import dev.ember.sqlgen.tree.SqlOperator;
import java.util.List;

/**
 * Java's {@code Double.doubleToLongBits} / {@code Float.floatToIntBits} computed arithmetically
 * (DuckDB cannot reinterpret a float's bytes), with Spark's hash normalisation of -0.0 to 0.0.
 * Exponent from log2, corrected by one either way; mantissa from the exact scaling by a power of two.
 */
final class FloatingBits {
  private record Format(int mantissaBits, int bias, long nan, long positiveInfinity, long negativeInfinity) {
  }

  private static final Format DOUBLE = new Format(52, 1023, 0x7ff8000000000000L, 0x7ff0000000000000L,
      0xfff0000000000000L);
  private static final Format FLOAT = new Format(23, 127, 0x7fc00000L, 0x7f800000L, 0xff800000L);

  private FloatingBits() {
  }

  /** The IEEE bits of a non-NULL double as a signed BIGINT. */
  static SqlExpression doubleBits(SqlExpression value) {
    return bits(new SqlCast(value, "DOUBLE", false), DOUBLE);
  }

  /** The IEEE bits of a non-NULL float as an unsigned 32-bit BIGINT. */
  static SqlExpression floatBits(SqlExpression value) {
    return bits(new SqlCast(value, "DOUBLE", false), FLOAT);
  }

  private static SqlExpression bits(SqlExpression value, Format format) {
    return SqlLet.bind(value, x -> new SqlCase(List.of(
        new SqlCase.When(SqlOperator.infix("=", x, new SqlLiteral(0.0, AtomicType.DOUBLE)), number(0)),
        new SqlCase.When(SqlCall.of("isnan", x), number(format.nan())),
        new SqlCase.When(SqlCall.of("isinf", x), new SqlCase(List.of(new SqlCase.When(
            SqlOperator.infix(">", x, new SqlLiteral(0.0, AtomicType.DOUBLE)), number(format.positiveInfinity()))),
            number(format.negativeInfinity())))),
        SqlLet.bind(SqlCall.of("abs", x), magnitude -> SqlLet.bind(exponent(magnitude), exponent -> {
          SqlExpression signBit = format == DOUBLE ? number(Long.MIN_VALUE) : number(1L << 31);
          SqlExpression unsigned = magnitudeBits(magnitude, exponent, format);
          return new SqlCase(List.of(new SqlCase.When(SqlOperator.infix("<", x, new SqlLiteral(0.0, AtomicType.DOUBLE)),
              SqlOperator.infix("+", unsigned, signBit))), unsigned);
        }))));
  }

  /** floor(log2(a)), corrected where log2 rounds across a power of two. */
  private static SqlExpression exponent(SqlExpression magnitude) {
    return SqlLet.bind(new SqlCast(SqlCall.of("floor", SqlCall.of("log2", magnitude)), "INTEGER", false),
        guess -> SqlOperator.infix("+", SqlOperator.infix("-", guess,
            whenThen(SqlOperator.infix("<", magnitude, power(guess)))),
            whenThen(SqlOperator.infix(">=", magnitude, power(SqlOperator.infix("+", guess, number(1)))))));
  }

  private static SqlExpression magnitudeBits(SqlExpression magnitude, SqlExpression exponent, Format format) {
    int minimumExponent = 1 - format.bias();
    SqlExpression normal = SqlOperator.infix("|", SqlOperator.infix("<<", new SqlCast(SqlOperator.infix("+", exponent,
        number(format.bias())), "BIGINT", false), number(format.mantissaBits())),
        new SqlCast(SqlOperator.infix("*", SqlOperator.infix("-", SqlOperator.infix("/", magnitude, power(exponent)),
            new SqlLiteral(1.0, AtomicType.DOUBLE)), power(number(format.mantissaBits()))), "BIGINT", false));
    SqlExpression subnormal = new SqlCast(SqlOperator.infix("/", magnitude,
        power(number(minimumExponent - format.mantissaBits()))), "BIGINT", false);
    return new SqlCase(List.of(new SqlCase.When(SqlOperator.infix("<", exponent, number(minimumExponent)), subnormal)),
        normal);
  }

  private static SqlExpression power(SqlExpression exponent) {
    return SqlCall.of("pow", new SqlLiteral(2.0, AtomicType.DOUBLE), exponent);
  }

  private static SqlExpression whenThen(SqlExpression condition) {
    return new SqlCase(List.of(new SqlCase.When(condition, number(1))), number(0));
  }
}
