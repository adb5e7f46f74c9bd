package dev.ember.analyzer;

import dev.ember.plan.errors.EmberException;
import dev.ember.plan.errors.ErrorKind;
import dev.ember.plan.logical.EventTimeWatermark;
import dev.ember.plan.logical.StreamingOnly;
import dev.ember.plan.types.CalendarInterval;
import java.util.Map;

/**
 * Streaming operations over batch inputs, as Spark treats them: a watermark's delay must parse as an interval
 * (CANNOT_PARSE_INTERVAL) and not be negative, then the watermark is dropped (its event-time column is not looked
 * up); an operation only streams run is refused when the query runs, not when it is analyzed.
 */
final class BatchStreamingOperations {
  private static final long MICROS_PER_DAY = 86_400_000_000L;
  /** Spark's IntervalUtils.isNegative counts a month as 31 days. */
  private static final long DAYS_PER_MONTH = 31;

  private BatchStreamingOperations() {
  }

  static void checkDelay(EventTimeWatermark watermark) {
    String delay = watermark.delayThreshold();
    CalendarInterval interval = IntervalStrings.parse(delay).orElseThrow(() -> TimeWindows.cannotParse(delay));
    long micros = (interval.months() * DAYS_PER_MONTH + interval.days()) * MICROS_PER_DAY + interval.microseconds();
    if (micros < 0) {
      throw EmberException.withoutErrorClass(ErrorKind.JAVA_ILLEGAL_ARGUMENT,
          "requirement failed: delay threshold (" + delay + ") should not be negative.");
    }
  }

  /** The error a batch query with the operation gets when it runs. */
  static EmberException refusal(StreamingOnly operation) {
    String message = operation.operation() + " is not supported with batch DataFrames/DataSets";
    return new EmberException(ErrorKind.ANALYSIS, "_LEGACY_ERROR_TEMP_3102", null, message, Map.of("msg", message));
  }
}
