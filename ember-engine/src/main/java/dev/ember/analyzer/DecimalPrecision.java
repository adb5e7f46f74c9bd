package dev.ember.analyzer;

import dev.ember.plan.types.DecimalType;
import java.util.function.Supplier;

/**
 * Spark's result types of decimal arithmetic (each operator's {@code resultDecimalType}): with
 * {@code spark.sql.decimalOperations.allowPrecisionLoss} (the default) a result wider than 38 digits keeps its integral
 * digits and at least 6 fractional ones ({@link DecimalType#adjusted}); without it, precision and scale are capped at
 * 38 ({@link DecimalType#bounded}) and a division splits the digits between its integral and fractional parts.
 */
final class DecimalPrecision {
  private static final int MAX_SCALE = DecimalType.MAX_PRECISION;
  /** Whether the analysis under way on this thread allows precision loss, set by {@link #with}. */
  private static final ThreadLocal<Boolean> ALLOW_PRECISION_LOSS = ThreadLocal.withInitial(() -> true);

  private DecimalPrecision() {
  }

  /** Runs an analysis with or without precision loss, restoring the outer analysis's setting afterwards. */
  static <T> T with(boolean allowPrecisionLoss, Supplier<T> analysis) {
    Boolean outer = ALLOW_PRECISION_LOSS.get();
    ALLOW_PRECISION_LOSS.set(allowPrecisionLoss);
    try {
      return analysis.get();
    } finally {
      ALLOW_PRECISION_LOSS.set(outer);
    }
  }

  /** The type of {@code a function b}: {@code add}, {@code subtract}, {@code multiply}, {@code divide}, {@code remainder}. */
  static DecimalType result(String function, DecimalType a, DecimalType b) {
    boolean loss = ALLOW_PRECISION_LOSS.get();
    int p1 = a.precision();
    int s1 = a.scale();
    int p2 = b.precision();
    int s2 = b.scale();
    return switch (function) {
      case "add", "subtract" -> fitted(loss, Math.max(s1, s2) + Math.max(p1 - s1, p2 - s2) + 1, Math.max(s1, s2));
      case "multiply" -> fitted(loss, p1 + p2 + 1, s1 + s2);
      case "divide" -> loss ? DecimalType.adjusted(p1 - s1 + s2 + Math.max(6, s1 + p2 + 1), Math.max(6, s1 + p2 + 1))
          : divisionWithoutLoss(p1, s1, p2, s2);
      case "remainder" -> fitted(loss, Math.min(p1 - s1, p2 - s2) + Math.max(s1, s2), Math.max(s1, s2));
      default -> throw new IllegalArgumentException(function);
    };
  }

  /**
   * Whether decimal arithmetic can overflow its result type at run time: only when Spark had to narrow the type to 38
   * digits (a division's type may be narrowed from 38 or more).
   */
  static boolean mayOverflow(String function, DecimalType a, DecimalType b, DecimalType result) {
    int integral = Math.max(a.precision() - a.scale(), b.precision() - b.scale());
    return switch (function) {
      case "add", "subtract" -> Math.max(a.scale(), b.scale()) + integral + 1 > DecimalType.MAX_PRECISION;
      case "multiply" -> a.precision() + b.precision() + 1 > DecimalType.MAX_PRECISION;
      case "divide" -> result.precision() == DecimalType.MAX_PRECISION;
      default -> false;
    };
  }

  private static DecimalType fitted(boolean loss, int precision, int scale) {
    return loss ? DecimalType.adjusted(precision, scale) : DecimalType.bounded(precision, scale);
  }

  /** Spark's Divide without precision loss: digits beyond 38 are taken from both parts, more from the fraction. */
  private static DecimalType divisionWithoutLoss(int p1, int s1, int p2, int s2) {
    int integral = Math.min(MAX_SCALE, p1 - s1 + s2);
    int fractional = Math.min(MAX_SCALE, Math.max(6, s1 + p2 + 1));
    int excess = integral + fractional - MAX_SCALE;
    if (excess > 0) {
      fractional -= excess / 2 + 1;
      integral = MAX_SCALE - fractional;
    }
    return DecimalType.bounded(integral + fractional, fractional);
  }
}
