package dev.ember.sqlgen;

import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.DecimalType;
import dev.ember.sqlgen.tree.SqlCall;
import dev.ember.sqlgen.tree.SqlCase;
import dev.ember.sqlgen.tree.SqlCast;
import dev.ember.sqlgen.tree.SqlExpression;
import dev.ember.sqlgen.tree.SqlLiteral;
import dev.ember.sqlgen.tree.SqlOperator;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;

/**
 * Spark divides decimals exactly and rounds half up to the result's scale; DuckDB's {@code /} on
 * decimals gives a double. Here the quotient is computed on the decimals' unscaled values as 128-bit
 * integers: {@code round_half_up(A * 10^k / B)} with {@code k = scale + bScale - aScale} (one division:
 * {@code (|N| + |B| >> 1) // |B|}, the sign from the operands'), then read at the result's scale.
 */
final class DecimalDivision {
  private static final int MAX_DIGITS = 38;
  /** The most digits of a decimal DuckDB stores as a 64-bit integer. */
  private static final int LONG_DIGITS = 18;

  private DecimalDivision() {
  }

  /**
   * {@code a / b} at {@code result}'s scale; {@code b} must not be zero. Empty when the integers
   * could exceed 128 bits (then the caller keeps DuckDB's division).
   */
  static Optional<SqlExpression> quotient(SqlExpression a, DecimalType aType, SqlExpression b, DecimalType bType,
      DecimalType result) {
    if (!exact(aType, bType, result)) {
      return Optional.empty();
    }
    int k = result.scale() + bType.scale() - aType.scale();
    Optional<BigInteger> factor = constantDivisor(b, bType)
        .flatMap(divisor -> exactFactor(BigInteger.TEN.pow(k), divisor));
    if (factor.isPresent()) {
      Optional<SqlExpression> product = decimalProduct(a, aType, factor.get(), result);
      if (product.isPresent()) {
        return product;
      }
      // a constant divisor of a power of ten ({@code x / 2}: 10^k / 2 = 5 * 10^(k-1)): the quotient is the dividend
      // times a constant, exactly, with no division per row
      return Optional.of(atScale(SqlOperator.infix("*", unscaled(a, aType), hugeint(new BigDecimal(factor.get()))),
          result.scale()));
    }
    SqlExpression absoluteNumerator = SqlCall.of("abs", SqlOperator.infix("*", unscaled(a, aType), powerOfTen(k)));
    // NULLIF: the division stands in a branch a zero divisor does not take, but DuckDB folds constants first
    SqlExpression absoluteDenominator = SqlCall.of("nullif", SqlCall.of("abs", unscaled(b, bType)),
        new SqlCast(new SqlLiteral(0, AtomicType.INTEGER), "HUGEINT", false));
    // round half up with one 128-bit division: (n + floor(d / 2)) // d; below 1.5 * 10^38, so no overflow
    SqlExpression magnitude = SqlOperator.infix("//", SqlOperator.infix("+", absoluteNumerator,
        SqlOperator.infix(">>", absoluteDenominator, new SqlLiteral(1, AtomicType.INTEGER))), absoluteDenominator);
    SqlExpression negative = SqlOperator.infix("<>", negative(a), negative(b));
    SqlExpression signed = new SqlCase(List.of(new SqlCase.When(negative, SqlOperator.prefix("-", magnitude))),
        magnitude);
    return Optional.of(atScale(signed, result.scale()));
  }

  /**
   * {@code a * m}, {@code m} the divisor's reciprocal as a short decimal ({@code x / 2} is {@code x * 0.5}), when the
   * product's scale is within the result's: exact in DuckDB's own decimals, without 128-bit integers (TPC-DS q4's
   * year_total: 0.6 s for a million rows that way, against 0.05 s), then read at the result's scale.
   */
  private static Optional<SqlExpression> decimalProduct(SqlExpression a, DecimalType aType, BigInteger factor,
      DecimalType result) {
    BigDecimal multiplier = new BigDecimal(factor).movePointLeft(result.scale() - aType.scale()).stripTrailingZeros();
    if (multiplier.scale() < 0) {
      multiplier = multiplier.setScale(0);
    }
    int multiplierScale = multiplier.scale();
    int multiplierPrecision = Math.max(multiplier.precision(), multiplierScale);
    if (aType.scale() + multiplierScale > result.scale() || aType.precision() + multiplierPrecision > MAX_DIGITS) {
      return Optional.empty();
    }
    int integerDigits = aType.precision() - aType.scale() + multiplierPrecision - multiplierScale;
    int precision = Math.min(MAX_DIGITS, Math.max(integerDigits + result.scale(), result.scale()));
    SqlExpression product = SqlOperator.infix("*", a,
        new SqlLiteral(multiplier, new DecimalType(Math.max(1, multiplierPrecision), multiplierScale)));
    return Optional.of(new SqlCast(product, "DECIMAL(" + precision + "," + result.scale() + ")", false));
  }

  /** {@code power / divisor} when it is a whole number (the divisor a constant's unscaled value, not zero). */
  private static Optional<BigInteger> exactFactor(BigInteger power, BigInteger divisor) {
    if (divisor.signum() == 0) {
      return Optional.empty();
    }
    BigInteger[] quotientAndRemainder = power.divideAndRemainder(divisor);
    return quotientAndRemainder[1].signum() == 0 ? Optional.of(quotientAndRemainder[0]) : Optional.empty();
  }

  /** The unscaled value of a constant divisor (a literal, perhaps cast to a decimal), if it is one. */
  private static Optional<BigInteger> constantDivisor(SqlExpression divisor, DecimalType type) {
    SqlExpression operand = divisor;
    while (operand instanceof SqlCast cast && !cast.tryCast()) {
      operand = cast.operand();
    }
    if (!(operand instanceof SqlLiteral literal) || !(literal.value() instanceof Number number)
        || number instanceof Double || number instanceof Float) {
      return Optional.empty();
    }
    try {
      BigDecimal value = new BigDecimal(number.toString())
          .setScale(type.scale(), java.math.RoundingMode.UNNECESSARY);
      return value.precision() <= type.precision() ? Optional.of(value.unscaledValue()) : Optional.empty();
    } catch (ArithmeticException | NumberFormatException notExact) {
      return Optional.empty();
    }
  }

  private static SqlExpression negative(SqlExpression decimal) {
    return SqlOperator.infix("<", decimal, new SqlLiteral(0, AtomicType.INTEGER));
  }

  /** Whether the quotient's integers fit 128 bits: the dividend scaled by 10^k has at most 38 digits. */
  static boolean exact(DecimalType aType, DecimalType bType, DecimalType result) {
    int k = result.scale() + bType.scale() - aType.scale();
    return k >= 0 && aType.precision() + k <= MAX_DIGITS;
  }

  /**
   * The decimal's digits as an integer ({@code 12.30} at scale 2 is 1230): the value times 10^scale where that
   * fits 38 digits (precision + scale <= 38), else its text without the point (5-10x slower).
   */
  static SqlExpression unscaled(SqlExpression decimal, DecimalType type) {
    int scale = type.scale();
    if (scale == 0) {
      return new SqlCast(decimal, "HUGEINT", false);
    }
    if (type.precision() <= LONG_DIGITS && decimal instanceof dev.ember.sqlgen.tree.SqlColumn) {
      return unscaledOfLong(decimal, scale);
    }
    if (type.precision() + scale <= MAX_DIGITS) {
      SqlExpression factor = scale <= 18
          ? new SqlLiteral(BigDecimal.TEN.pow(scale).longValueExact(), AtomicType.LONG) : powerOfTen(scale);
      return new SqlCast(SqlOperator.infix("*", decimal, factor), "HUGEINT", false);
    }
    return new SqlCast(SqlCall.of("replace", new SqlCast(decimal, "VARCHAR", false),
        new SqlLiteral(".", AtomicType.STRING), new SqlLiteral("", AtomicType.STRING)), "HUGEINT", false);
  }

  /**
   * The digits of a decimal DuckDB keeps in 64 bits (precision <= 18), without a 128-bit division: DuckDB reads
   * {@code CAST(x * 100 AS HUGEINT)} by dividing a 128-bit decimal by 10^scale again, bit by bit (~0.5 us a row, four
   * of them per quotient); here its integer part times 10^scale plus its fraction's digits, all in 64 bits but the
   * last sum (TPC-DS q59's seven quotients a row: 6x less time).
   */
  private static SqlExpression unscaledOfLong(SqlExpression decimal, int scale) {
    SqlExpression whole = SqlCall.of("trunc", decimal);
    SqlExpression integerPart = new SqlCast(new SqlCast(whole, "BIGINT", false), "HUGEINT", false);
    // the fraction (|f| < 1) in a decimal of its own scale, then its digits
    SqlExpression fraction = new SqlCast(SqlOperator.infix("-", decimal, whole),
        "DECIMAL(" + (scale + 1) + "," + scale + ")", false);
    BigDecimal power = BigDecimal.TEN.pow(scale);
    SqlExpression fractionDigits = new SqlCast(SqlOperator.infix("*", fraction,
        new SqlLiteral(power, new DecimalType(power.precision(), 0))), "BIGINT", false);
    return SqlOperator.infix("+", SqlOperator.infix("*", integerPart, powerOfTen(scale)), fractionDigits);
  }

  /** The integer {@code unscaled} read as a decimal with {@code scale} places: its value times 10^-scale. */
  private static SqlExpression atScale(SqlExpression unscaled, int scale) {
    BigDecimal unit = BigDecimal.ONE.movePointLeft(scale);
    return SqlOperator.infix("*", new SqlCast(unscaled, "DECIMAL(38,0)", false),
        new SqlLiteral(unit, new DecimalType(Math.max(1, scale), scale)));
  }

  private static SqlExpression powerOfTen(int exponent) {
    return hugeint(BigDecimal.TEN.pow(exponent));
  }

  /** A whole number as a 128-bit integer constant. */
  static SqlExpression hugeint(BigDecimal value) {
    return new SqlCast(new SqlLiteral(value, new DecimalType(Math.max(1, value.precision()), 0)), "HUGEINT", false);
  }
}
