package dev.ember.sqlgen;

import dev.ember.plan.errors.RaisedError;
import dev.ember.plan.resolved.Call;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.DecimalType;
import dev.ember.sqlgen.tree.SqlCall;
import dev.ember.sqlgen.tree.SqlCase;
import dev.ember.sqlgen.tree.SqlCast;
import dev.ember.sqlgen.tree.SqlColumn;
import dev.ember.sqlgen.tree.SqlExpression;
import dev.ember.sqlgen.tree.SqlLambda;
import dev.ember.sqlgen.tree.SqlLiteral;
import dev.ember.sqlgen.tree.SqlOperator;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * Spark's ANSI {@code sum} of decimals whose total may pass 38 digits (inputs of more than 28 digits, as a product of
 * two prices). Spark's Decimal sums exactly, however large, and a total beyond the result type is
 * NUMERIC_VALUE_OUT_OF_RANGE naming it (in one pass; Spark's answer after merging partial sums may differ).
 * <p>A query is first generated with DuckDB's own sum: exact in 128 bits, and failing when the total passes 38 digits
 * or an intermediate total 128 bits, naming no value. Only then does the engine run the query generated again
 * {@link #exactly}: each input's unscaled integer is split at 10^19 and the two parts are summed apart (each fits 128
 * bits for any row count DuckDB holds), their total written as text when it does not fit. That form costs 128-bit
 * divisions per row (20–30 times DuckDB's sum), so it is kept for the failures. {@code sum(DISTINCT)} sums the parts
 * of the distinct values alike.
 */
final class DecimalSums {
  private static final int MAX_DIGITS = 38;
  private static final int HALF_DIGITS = 19;
  /** Whether this thread generates the exact form; whether the form generated so far left a sum to DuckDB. */
  private static final ThreadLocal<boolean[]> MODE = ThreadLocal.withInitial(() -> new boolean[2]);

  private DecimalSums() {
  }

  /** The result of one generation, and whether it left a sum that may pass 38 digits to DuckDB's own. */
  record Generated<T>(T value, boolean leftToDuckDb) {
  }

  /** Runs {@code generation} with DuckDB's own sums, noting whether a sum may pass 38 digits. */
  static <T> Generated<T> withDuckDbSums(Supplier<T> generation) {
    return run(false, generation);
  }

  /** Runs {@code generation} with the exact form of the sums that may pass 38 digits. */
  static <T> T exactly(Supplier<T> generation) {
    return run(true, generation).value();
  }

  private static <T> Generated<T> run(boolean exact, Supplier<T> generation) {
    boolean[] outer = MODE.get();
    boolean[] mode = {exact, false};
    MODE.set(mode);
    try {
      T value = generation.get();
      return new Generated<>(value, mode[1]);
    } finally {
      MODE.set(outer);
    }
  }

  /** The sum when its total can overflow Spark's result type; empty where DuckDB's sum is exact and fits. */
  static Optional<SqlExpression> sum(Call call, SqlExpression input, boolean distinct) {
    if (!(call.dataType() instanceof DecimalType result) || !(call.argument(0).dataType() instanceof DecimalType inputType)
        || result.precision() < MAX_DIGITS || inputType.precision() <= MAX_DIGITS - 10) {
      return Optional.empty(); // DuckDB's sum: exact where it fits; its overflow is ARITHMETIC_OVERFLOW (DuckDbErrors)
    }
    boolean[] mode = MODE.get();
    if (!mode[0]) {
      mode[1] = true;
      return Optional.empty();
    }
    int scale = inputType.scale();
    SqlExpression half = DecimalDivision.hugeint(BigDecimal.TEN.pow(HALF_DIGITS));
    SqlExpression rawHigh = partSum(input, inputType, distinct, unscaled -> SqlOperator.infix("//", unscaled, half));
    SqlExpression rawLow = partSum(input, inputType, distinct, unscaled -> SqlOperator.infix("%", unscaled, half));
    // both parts carry the input's sign; the low part's carry moves into the high part, then both take one sign
    SqlExpression carriedHigh = SqlOperator.infix("+", rawHigh, SqlOperator.infix("//", rawLow, half));
    SqlExpression carriedLow = SqlOperator.infix("%", rawLow, half);
    SqlExpression total = SqlOperator.infix("+", SqlOperator.infix("*", carriedHigh, half), carriedLow);
    SqlExpression outOfRange = SqlOperator.infix(">=", SqlCall.of("abs", carriedHigh), half);
    SqlExpression raise = DatetimeSql.raise(RaisedError.NUMERIC_VALUE_OUT_OF_RANGE, result,
        decimalText(digits(carriedHigh, carriedLow, half), scale),
        new SqlLiteral(String.valueOf(result.precision()), AtomicType.STRING),
        new SqlLiteral(String.valueOf(result.scale()), AtomicType.STRING));
    BigDecimal unit = BigDecimal.ONE.movePointLeft(scale);
    SqlExpression value = SqlOperator.infix("*", new SqlCast(total, "DECIMAL(38,0)", false),
        new SqlLiteral(unit, new DecimalType(Math.max(1, scale), scale)));
    return Optional.of(new SqlCast(new SqlCase(List.of(new SqlCase.When(outOfRange, raise)), value),
        DuckDbTypes.of(result), false));
  }

  /**
   * The sum of one part of each input's unscaled integer; over DISTINCT inputs, of the parts of the distinct values
   * (the parts of different values may repeat), summed over the list of the distinct values.
   */
  private static SqlExpression partSum(SqlExpression input, DecimalType type, boolean distinct,
      UnaryOperator<SqlExpression> part) {
    if (!distinct) {
      return new SqlCall("sum", List.of(part.apply(DecimalDivision.unscaled(input, type))), false);
    }
    String value = SqlLet.freshName();
    SqlExpression values = new SqlCall("list", List.of(input), true);
    return SqlCall.of("list_sum", SqlCall.of("list_transform", values,
        new SqlLambda(value, part.apply(DecimalDivision.unscaled(new SqlColumn(value), type)))));
  }

  /**
   * The unscaled total {@code high * 10^19 + low} as signed text, when it may pass 128 bits: a low part of the other
   * sign borrows one from the high part, then the digits are the high part's followed by the low part's 19.
   */
  private static SqlExpression digits(SqlExpression high, SqlExpression low, SqlExpression half) {
    SqlExpression one = DecimalDivision.hugeint(BigDecimal.ONE);
    SqlExpression zero = DecimalDivision.hugeint(BigDecimal.ZERO);
    SqlExpression borrowDown = SqlOperator.infix("AND", SqlOperator.infix(">", high, zero), SqlOperator.infix("<", low, zero));
    SqlExpression borrowUp = SqlOperator.infix("AND", SqlOperator.infix("<", high, zero), SqlOperator.infix(">", low, zero));
    SqlExpression signedHigh = new SqlCase(List.of(new SqlCase.When(borrowDown, SqlOperator.infix("-", high, one)),
        new SqlCase.When(borrowUp, SqlOperator.infix("+", high, one))), high);
    SqlExpression signedLow = new SqlCase(List.of(new SqlCase.When(borrowDown, SqlOperator.infix("+", low, half)),
        new SqlCase.When(borrowUp, SqlOperator.infix("-", low, half))), low);
    SqlExpression negative = SqlOperator.infix("OR", SqlOperator.infix("<", signedHigh, zero),
        SqlOperator.infix("<", signedLow, zero));
    return SqlCall.of("concat", new SqlCase(List.of(new SqlCase.When(negative, text("-"))), text("")),
        new SqlCast(SqlCall.of("abs", signedHigh), "VARCHAR", false),
        SqlCall.of("lpad", new SqlCast(SqlCall.of("abs", signedLow), "VARCHAR", false),
            new SqlLiteral(HALF_DIGITS, AtomicType.INTEGER), text("0")));
  }

  private static SqlLiteral text(String value) {
    return new SqlLiteral(value, AtomicType.STRING);
  }

  /** The signed digits as Spark's Decimal writes them: the point {@code scale} places from the right. */
  private static SqlExpression decimalText(SqlExpression signedDigits, int scale) {
    if (scale == 0) {
      return signedDigits;
    }
    SqlExpression negative = SqlCall.of("starts_with", signedDigits, text("-"));
    SqlExpression digits = SqlCall.of("lpad", SqlCall.of("ltrim", signedDigits, text("-")),
        new SqlLiteral(scale + 1, AtomicType.INTEGER), text("0"));
    return SqlCall.of("concat", new SqlCase(List.of(new SqlCase.When(negative, text("-"))), text("")),
        SqlCall.of("left", digits, SqlOperator.infix("-", SqlCall.of("length", digits),
            new SqlLiteral(scale, AtomicType.INTEGER))), text("."),
        SqlCall.of("right", digits, new SqlLiteral(scale, AtomicType.INTEGER)));
  }
}
