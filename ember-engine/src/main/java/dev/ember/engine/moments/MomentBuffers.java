package dev.ember.engine.moments;

/**
 * The buffers Spark's aggregate for one {@link MomentStatistic} keeps, updated one complete row at a
 * time; evaluating reads them without changing them, so a running window frame reads the value after
 * each row, as Spark's {@code UnboundedPrecedingWindowFunctionFrame} does.
 */
final class MomentBuffers {
  private final MomentStatistic statistic;
  private final CentralMoments moments;
  private final CoMoments coMoments;

  MomentBuffers(MomentStatistic statistic) {
    this.statistic = statistic;
    this.moments = statistic.usesMoments() ? new CentralMoments(statistic.momentOrder()) : null;
    this.coMoments = statistic.usesCoMoments() ? new CoMoments() : null;
  }

  /** One row whose arguments are all non-null: {@code first} and {@code second} in Spark's argument order. */
  void update(double first, double second) {
    switch (statistic) {
      case REGR_SXX -> moments.update(second);
      case REGR_SLOPE, REGR_INTERCEPT -> {
        coMoments.update(second, first);
        moments.update(second);
      }
      default -> {
        if (moments != null) {
          moments.update(first);
        } else {
          coMoments.update(first, second);
        }
      }
    }
  }

  /** The value after the rows so far, or null for SQL NULL; an aggregation's buffers are merged first. */
  Double evaluate(MomentOptions options) {
    if (options.merged()) {
      return statistic.evaluate(moments == null ? null : moments.mergedIntoInitial(),
          coMoments == null ? null : coMoments.mergedIntoInitial(), options);
    }
    return statistic.evaluate(moments, coMoments, options);
  }
}
