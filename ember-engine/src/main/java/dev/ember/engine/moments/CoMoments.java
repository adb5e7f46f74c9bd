package dev.ember.engine.moments;

/**
 * Spark's buffer of {@code PearsonCorrelation} (count, both means, the co-moment {@code ck} and
 * both second moments); {@code Covariance} keeps the first four fields with the same update and
 * merge. Operations follow Spark's expressions in Spark's order. Mutable: updated once per pair.
 */
final class CoMoments {
  double n;
  double xAvg;
  double yAvg;
  double ck;
  double xMk;
  double yMk;

  /** Spark's update expressions for one pair of non-null values. */
  void update(double x, double y) {
    double newN = n + 1.0;
    double dx = x - xAvg;
    double dxN = dx / newN;
    double dy = y - yAvg;
    double dyN = dy / newN;
    double newXAvg = xAvg + dxN;
    double newYAvg = yAvg + dyN;
    double newCk = ck + dx * (y - newYAvg);
    double newXMk = xMk + dx * (x - newXAvg);
    double newYMk = yMk + dy * (y - newYAvg);
    n = newN;
    xAvg = newXAvg;
    yAvg = newYAvg;
    ck = newCk;
    xMk = newXMk;
    yMk = newYMk;
  }

  /** The buffer Spark's final aggregation holds after merging this partial buffer into its initial one. */
  CoMoments mergedIntoInitial() {
    CoMoments merged = new CoMoments();
    merged.merge(this);
    return merged;
  }

  /** Spark's merge expressions, this buffer on the left. */
  private void merge(CoMoments right) {
    double n1 = n;
    double n2 = right.n;
    double newN = n1 + n2;
    double dx = right.xAvg - xAvg;
    double dxN = newN == 0.0 ? 0.0 : dx / newN;
    double dy = right.yAvg - yAvg;
    double dyN = newN == 0.0 ? 0.0 : dy / newN;
    double newXAvg = xAvg + dxN * n2;
    double newYAvg = yAvg + dyN * n2;
    double newCk = ck + right.ck + dx * dyN * n1 * n2;
    double newXMk = xMk + right.xMk + dx * dxN * n1 * n2;
    double newYMk = yMk + right.yMk + dy * dyN * n1 * n2;
    n = newN;
    xAvg = newXAvg;
    yAvg = newYAvg;
    ck = newCk;
    xMk = newXMk;
    yMk = newYMk;
  }
}
