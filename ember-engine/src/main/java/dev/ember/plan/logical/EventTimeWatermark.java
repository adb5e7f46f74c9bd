package dev.ember.plan.logical;

import java.util.Objects;

/**
 * {@code withWatermark(eventTime, delayThreshold)}. On a batch query Spark checks the delay and then drops the
 * watermark (no data is late); the event-time column is not even looked up. The rows are the input's.
 */
public record EventTimeWatermark(LogicalPlan input, String eventTime, String delayThreshold) implements LogicalPlan {
  public EventTimeWatermark {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(eventTime, "eventTime");
    Objects.requireNonNull(delayThreshold, "delayThreshold");
  }
}
