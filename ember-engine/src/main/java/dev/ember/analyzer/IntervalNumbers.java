package dev.ember.analyzer;

import dev.ember.plan.resolved.BoundExpression;
import dev.ember.plan.resolved.Call;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.DayTimeIntervalType;
import dev.ember.plan.types.YearMonthIntervalType;
import java.util.List;

/**
 * An ANSI interval as the number Spark computes on where a numeric function takes intervals (signum, width_bucket,
 * div): a year-month interval's months, a day-time interval's microseconds.
 */
final class IntervalNumbers {
  private IntervalNumbers() {
  }

  /** Whether all the values are intervals of one family (year-month, or day-time), whatever their fields. */
  static boolean sameFamily(List<BoundExpression> values) {
    boolean yearMonth = values.stream().allMatch(value -> value.dataType() instanceof YearMonthIntervalType);
    boolean dayTime = values.stream().allMatch(value -> value.dataType() instanceof DayTimeIntervalType);
    return !values.isEmpty() && (yearMonth || dayTime);
  }

  /** The interval's months or microseconds as a number of the given type (bigint or double). */
  static BoundExpression of(BoundExpression interval, AtomicType type) {
    return new Call("interval_number", List.of(interval), type, interval.nullable());
  }
}
