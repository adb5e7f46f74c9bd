package dev.ember.engine.moments;

/**
 * Spark's buffer of {@code CentralMomentAgg} (count, mean and the central moments m2..m4) with its
 * update and merge expressions, operation for operation in Spark's order, so that the doubles
 * agree to the last bit. Mutable: it is updated once per input row.
 */
final class CentralMoments {
  private final int order;
  double n;
  double avg;
  double m2;
  double m3;
  double m4;

  /** Spark's initial buffer (every field 0.0); {@code order} (2..4) is the highest moment kept. */
  CentralMoments(int order) {
    this.order = order;
  }

  /** Spark's update expressions for one non-null value. */
  void update(double x) {
    double newN = n + 1.0;
    double delta = x - avg;
    double deltaN = delta / newN;
    double newAvg = avg + deltaN;
    double newM2 = m2 + delta * (delta - deltaN);
    double delta2 = delta * delta;
    double deltaN2 = deltaN * deltaN;
    double newM3 = order >= 3 ? m3 - 3.0 * deltaN * newM2 + delta * (delta2 - deltaN2) : 0.0;
    double newM4 = order >= 4
        ? m4 - 4.0 * deltaN * newM3 - 6.0 * deltaN2 * newM2 + delta * (delta * delta2 - deltaN * deltaN2) : 0.0;
    n = newN;
    avg = newAvg;
    m2 = newM2;
    m3 = newM3;
    m4 = newM4;
  }

  /**
   * The buffer Spark's final aggregation holds after merging this partial buffer into its initial
   * one (the merge is not an identity in floating point: the mean becomes {@code (avg / n) * n}).
   */
  CentralMoments mergedIntoInitial() {
    CentralMoments merged = new CentralMoments(order);
    merged.merge(this);
    return merged;
  }

  /** Spark's merge expressions, this buffer on the left. */
  private void merge(CentralMoments right) {
    double n1 = n;
    double n2 = right.n;
    double newN = n1 + n2;
    double delta = right.avg - avg;
    double deltaN = newN == 0.0 ? 0.0 : delta / newN;
    double newAvg = avg + deltaN * n2;
    double newM2 = m2 + right.m2 + delta * deltaN * n1 * n2;
    double newM3 = order >= 3
        ? m3 + right.m3 + deltaN * deltaN * delta * n1 * n2 * (n1 - n2) + 3.0 * deltaN * (n1 * right.m2 - n2 * m2)
        : 0.0;
    double newM4 = order >= 4
        ? m4 + right.m4 + deltaN * deltaN * deltaN * delta * n1 * n2 * (n1 * n1 - n1 * n2 + n2 * n2)
            + 6.0 * deltaN * deltaN * (n1 * n1 * right.m2 + n2 * n2 * m2) + 4.0 * deltaN * (n1 * right.m3 - n2 * m3)
        : 0.0;
    n = newN;
    avg = newAvg;
    m2 = newM2;
    m3 = newM3;
    m4 = newM4;
  }
}
