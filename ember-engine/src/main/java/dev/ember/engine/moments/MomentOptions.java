package dev.ember.engine.moments;

import dev.ember.engine.functions.RaisedFailure;
import dev.ember.plan.errors.RaisedError;

/**
 * How a moment statistic evaluates, as bits of one integer argument of the SQL function:
 * {@link #ANSI} (a zero divisor fails, otherwise NULL), {@link #NULL_ON_DIVIDE_BY_ZERO}
 * ({@code spark.sql.legacy.statisticalAggregate=false}: one row gives NULL, otherwise NaN) and
 * {@link #MERGED} (an aggregation merges its partial buffer into the final one; a window frame does not).
 */
record MomentOptions(boolean ansi, boolean nullOnDivideByZero, boolean merged) {
  static final int ANSI = 1;
  static final int NULL_ON_DIVIDE_BY_ZERO = 2;
  static final int MERGED = 4;

  static MomentOptions of(int bits) {
    return new MomentOptions((bits & ANSI) != 0, (bits & NULL_ON_DIVIDE_BY_ZERO) != 0, (bits & MERGED) != 0);
  }

  /** Spark's {@code divideByZeroEvalResult}. */
  Double divideByZeroResult() {
    return nullOnDivideByZero ? null : Double.NaN;
  }

  /** Spark's {@code Divide} of doubles: a zero divisor fails under ANSI and gives NULL otherwise. */
  Double divide(double dividend, double divisor) {
    if (divisor == 0.0) {
      if (ansi) {
        throw new RaisedFailure(RaisedError.DIVIDE_BY_ZERO.marker());
      }
      return null;
    }
    return dividend / divisor;
  }
}
