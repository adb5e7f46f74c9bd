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

  /** The value, or null for SQL NULL. */
  Double evaluate(double[] first, double[] second, MomentOptions options) {
    switch (this) {
      case VAR_POP, VAR_SAMP, STDDEV_POP, STDDEV_SAMP, SKEWNESS, KURTOSIS, REGR_SXX, REGR_SYY:
        return ofMoments(moments(this == REGR_SXX ? second : first, options), options);
      case COVAR_POP, COVAR_SAMP, CORR, REGR_SXY, REGR_R2:
        // regr_sxy(y, x) is Spark's Covariance(y, x), regr_r2(y, x) PearsonCorrelation(y, x)
        return ofCoMoments(coMoments(first, second, options), options);
      case REGR_SLOPE, REGR_INTERCEPT: {
        // Spark: CovPopulation(x, y) and VariancePop(x), both over the complete pairs
        CoMoments covariance = coMoments(second, first, options);
        CentralMoments variance = moments(second, options);
        if (variance.m2 == 0.0) {
          return null;
        }
        double slope = covariance.ck / variance.m2;
        return this == REGR_SLOPE ? slope : covariance.yAvg - slope * covariance.xAvg;
      }
      default:
        throw new IllegalStateException("unexpected " + this);
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

  private int momentOrder() {
    return this == SKEWNESS ? 3 : this == KURTOSIS ? 4 : 2;
  }

  private CentralMoments moments(double[] values, MomentOptions options) {
    CentralMoments buffer = new CentralMoments(momentOrder());
    for (double value : values) {
      buffer.update(value);
    }
    return options.merged() ? buffer.mergedIntoInitial() : buffer;
  }

  private static CoMoments coMoments(double[] x, double[] y, MomentOptions options) {
    CoMoments buffer = new CoMoments();
    for (int i = 0; i < x.length; i++) {
      buffer.update(x[i], y[i]);
    }
    return options.merged() ? buffer.mergedIntoInitial() : buffer;
  }
}
