package dev.ember.plan.types;

/** Spark's {@code decimal(precision, scale)}; precision 1..38, 0 <= scale <= precision. */
public record DecimalType(int precision, int scale) implements DataType {
  public static final int MAX_PRECISION = 38;
  public static final DecimalType SYSTEM_DEFAULT = new DecimalType(38, 18);

  public DecimalType {
    if (precision < 1 || precision > MAX_PRECISION || scale < 0 || scale > precision) {
      throw new IllegalArgumentException("invalid decimal(" + precision + "," + scale + ")");
    }
  }

  /** The decimal type that holds every value of an integral type exactly (Spark's DecimalType.forType). */
  public static DecimalType forIntegral(AtomicType type) {
    return switch (type) {
      case BYTE -> new DecimalType(3, 0);
      case SHORT -> new DecimalType(5, 0);
      case INTEGER -> new DecimalType(10, 0);
      case LONG -> new DecimalType(20, 0);
      default -> throw new IllegalArgumentException("not integral: " + type);
    };
  }

  /** Spark's DecimalType.bounded: caps precision and scale at 38. */
  public static DecimalType bounded(int precision, int scale) {
    return new DecimalType(Math.min(precision, MAX_PRECISION), Math.min(scale, MAX_PRECISION));
  }

  /**
   * Spark's DecimalType.adjustPrecisionScale (spark.sql.decimalOperations.allowPrecisionLoss=true):
   * when the exact result needs more than 38 digits, keep at least 6 fractional digits.
   */
  public static DecimalType adjusted(int precision, int scale) {
    if (precision <= MAX_PRECISION) {
      return new DecimalType(precision, scale);
    }
    if (scale < 0) {
      return new DecimalType(MAX_PRECISION, scale);
    }
    int integralDigits = precision - scale;
    int minScale = Math.min(scale, 6);
    int adjustedScale = Math.max(MAX_PRECISION - integralDigits, minScale);
    return new DecimalType(MAX_PRECISION, adjustedScale);
  }

  @Override
  public String simpleString() {
    return "decimal(" + precision + "," + scale + ")";
  }

  @Override
  public String sql() {
    return "DECIMAL(" + precision + "," + scale + ")";
  }
}
