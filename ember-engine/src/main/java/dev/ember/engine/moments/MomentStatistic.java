package dev.ember.engine.moments;

import java.util.Locale;

/**
 * Spark's aggregates built on central moments and co-moments, each with the buffers Spark keeps and
 * its evaluate expression. {@code first} and {@code second} are the function's arguments in Spark's
 * order (regr_*: y then x); only the pairs where both are non-null reach the two-argument ones.
 */
enum MomentStatistic {
  VAR_POP, VAR_SAMP, STDDEV_POP, STDDEV_SAMP, SKEWNESS, KURTOSIS,
  COVAR_POP, COVAR_SAMP, CORR, REGR_SXX, REGR_SYY, REGR_SXY, REGR_SLOPE, REGR_INTERCEPT, REGR_R2;

  static MomentStatistic named(String sparkName) {
    return valueOf(sparkName.toUpperCase(Locale.ROOT));
  }

  /** The value over all the values, or null for SQL NULL. */
  Double evaluate(double[] first, double[] second, MomentOptions options) {
    MomentBuffers buffers = new MomentBuffers(this);
    for (int i = 0; i < first.length; i++) {
      buffers.update(first[i], second.length == 0 ? 0.0 : second[i]);
    }
    return buffers.evaluate(options);
  }

  /** The highest central moment the statistic reads (2..4). */
  int momentOrder() {
    return this == SKEWNESS ? 3 : this == KURTOSIS ? 4 : 2;
  }

  /** Whether Spark's buffer is {@code CentralMomentAgg}'s over one value ({@code moments} below). */
  boolean usesMoments() {
    return this != COVAR_POP && this != COVAR_SAMP && this != CORR && this != REGR_SXY && this != REGR_R2;
  }

  /** Whether Spark's buffer is {@code Covariance}'s / {@code PearsonCorrelation}'s over pairs. */
  boolean usesCoMoments() {
    return !usesMoments() || this == REGR_SLOPE || this == REGR_INTERCEPT;
  }

  /**
   * The value of the buffers: {@code moments} over the statistic's one value (regr_sxx, slope and
   * intercept: x, the second argument), {@code coMoments} over its pairs (slope and intercept: (x, y)).
   */
  Double evaluate(CentralMoments moments, CoMoments coMoments, MomentOptions options) {
    switch (this) {
      case COVAR_POP, COVAR_SAMP, CORR, REGR_SXY, REGR_R2:
        // regr_sxy(y, x) is Spark's Covariance(y, x), regr_r2(y, x) PearsonCorrelation(y, x)
        return ofCoMoments(coMoments, options);
      case REGR_SLOPE, REGR_INTERCEPT: {
        // Spark: CovPopulation(x, y) and VariancePop(x), both over the complete pairs
        if (moments.m2 == 0.0) {
          return null;
        }
        double slope = coMoments.ck / moments.m2;
        return this == REGR_SLOPE ? slope : coMoments.yAvg - slope * coMoments.xAvg;
      }
      default:
        return ofMoments(moments, options);
    }
  }

  private Double ofMoments(CentralMoments buffer, MomentOptions options) {
    double n = buffer.n;
    if (n == 0.0) {
      return null;
    }
    switch (this) {
      case VAR_POP:
        return buffer.m2 / n;
      case STDDEV_POP:
        return Math.sqrt(buffer.m2 / n);
      case VAR_SAMP:
        return n == 1.0 ? options.divideByZeroResult() : (Double) (buffer.m2 / (n - 1.0));
      case STDDEV_SAMP:
        return n == 1.0 ? options.divideByZeroResult() : (Double) Math.sqrt(buffer.m2 / (n - 1.0));
      case SKEWNESS:
        return buffer.m2 == 0.0 ? options.divideByZeroResult()
            : options.divide(Math.sqrt(n) * buffer.m3, Math.sqrt(buffer.m2 * buffer.m2 * buffer.m2));
      case KURTOSIS: {
        if (buffer.m2 == 0.0) {
          return options.divideByZeroResult();
        }
        Double ratio = options.divide(n * buffer.m4, buffer.m2 * buffer.m2);
        return ratio == null ? null : (Double) (ratio - 3.0);
      }
      default: // regr_sxx, regr_syy
        return buffer.m2;
    }
  }

  private Double ofCoMoments(CoMoments buffer, MomentOptions options) {
    double n = buffer.n;
    switch (this) {
      case REGR_R2:
        // Spark tests the second argument's (x's) moment first
        if (buffer.yMk == 0.0) {
          return null;
        }
        if (buffer.xMk == 0.0) {
          return 1.0;
        }
        Double correlation = options.divide(buffer.ck, Math.sqrt(buffer.xMk * buffer.yMk));
        return correlation == null ? null : (Double) (correlation * correlation);
      case REGR_SXY:
        return n == 0.0 ? null : (Double) buffer.ck;
      case COVAR_POP:
        return n == 0.0 ? null : (Double) (buffer.ck / n);
      default:
        if (n == 0.0) {
          return null;
        }
        if (n == 1.0) {
          return options.divideByZeroResult();
        }
        return this == COVAR_SAMP ? (Double) (buffer.ck / (n - 1.0))
            : options.divide(buffer.ck, Math.sqrt(buffer.xMk * buffer.yMk));
    }
  }
}
