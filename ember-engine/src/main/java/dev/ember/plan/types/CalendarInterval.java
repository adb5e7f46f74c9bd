package dev.ember.plan.types;

/**
 * A value of Spark's {@code interval} type (CalendarIntervalType): months, days and microseconds, kept
 * apart because a month has no fixed number of days nor a day a fixed number of microseconds.
 */
public record CalendarInterval(int months, int days, long microseconds) {
}
