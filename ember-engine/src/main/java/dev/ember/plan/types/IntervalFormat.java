package dev.ember.plan.types;

import java.math.BigDecimal;

/**
 * Intervals as Spark writes them (cast to string, show(), literal names): ANSI intervals as
 * {@code INTERVAL '1 02:03:04.5' DAY TO SECOND} / {@code INTERVAL '1-2' YEAR TO MONTH} (IntervalUtils, ANSI
 * style), calendar intervals as {@code 1 years 2 months 3 days 4 hours 5.5 seconds} (CalendarInterval.toString).
 */
public final class IntervalFormat {
  static final long MICROS_PER_SECOND = 1_000_000L;
  static final long MICROS_PER_MINUTE = 60 * MICROS_PER_SECOND;
  static final long MICROS_PER_HOUR = 60 * MICROS_PER_MINUTE;
  static final long MICROS_PER_DAY = 24 * MICROS_PER_HOUR;

  private IntervalFormat() {
  }

  /** Any interval value of an interval type. */
  public static String of(Object value, DataType type) {
    if (type instanceof DayTimeIntervalType dayTime) {
      return dayTime(((java.time.Duration) value), dayTime);
    }
    if (type instanceof YearMonthIntervalType yearMonth) {
      return yearMonth((int) ((java.time.Period) value).toTotalMonths(), yearMonth);
    }
    return calendar((CalendarInterval) value);
  }

  public static String dayTime(java.time.Duration value, DayTimeIntervalType type) {
    return dayTime(micros(value), type);
  }

  /** A duration's whole microseconds (Spark truncates nanoseconds). */
  public static long micros(java.time.Duration value) {
    if (value.getSeconds() == Math.floorDiv(Long.MIN_VALUE, MICROS_PER_SECOND)) {
      // the smallest durations: whole seconds alone would overflow before the (positive) nanoseconds are added
      return Math.addExact((value.getSeconds() + 1) * MICROS_PER_SECOND, (value.getNano() - 1_000_000_000L) / 1000);
    }
    return Math.addExact(Math.multiplyExact(value.getSeconds(), MICROS_PER_SECOND), value.getNano() / 1000);
  }

  public static String dayTime(long micros, DayTimeIntervalType type) {
    String fields = type.startField() == type.endField() ? DayTimeIntervalType.fieldName(type.startField())
        : DayTimeIntervalType.fieldName(type.startField()) + " to " + DayTimeIntervalType.fieldName(type.endField());
    String body = micros == Long.MIN_VALUE ? minimum(type) : dayTimeBody(micros, type);
    return "INTERVAL '" + body + "' " + fields.toUpperCase(java.util.Locale.ROOT);
  }

  private static String dayTimeBody(long micros, DayTimeIntervalType type) {
    StringBuilder text = new StringBuilder(micros < 0 ? "-" : "");
    long rest = Math.abs(micros);
    int start = type.startField();
    int end = type.endField();
    switch (start) {
      case DayTimeIntervalType.DAY -> {
        text.append(rest / MICROS_PER_DAY);
        rest %= MICROS_PER_DAY;
      }
      case DayTimeIntervalType.HOUR -> {
        text.append(twoDigits(rest / MICROS_PER_HOUR));
        rest %= MICROS_PER_HOUR;
      }
      case DayTimeIntervalType.MINUTE -> {
        text.append(twoDigits(rest / MICROS_PER_MINUTE));
        rest %= MICROS_PER_MINUTE;
      }
      default -> text.append(seconds(rest));
    }
    if (start < DayTimeIntervalType.HOUR && DayTimeIntervalType.HOUR <= end) {
      text.append(' ').append(twoDigits(rest / MICROS_PER_HOUR));
      rest %= MICROS_PER_HOUR;
    }
    if (start < DayTimeIntervalType.MINUTE && DayTimeIntervalType.MINUTE <= end) {
      text.append(':').append(twoDigits(rest / MICROS_PER_MINUTE));
      rest %= MICROS_PER_MINUTE;
    }
    if (start < DayTimeIntervalType.SECOND && DayTimeIntervalType.SECOND <= end) {
      text.append(':').append(seconds(rest));
    }
    return text.toString();
  }

  /** Spark's text for Long.MIN_VALUE microseconds, whose negation overflows. */
  private static String minimum(DayTimeIntervalType type) {
    String[] first = {"-106751991", "-2562047788", "-153722867280", "-9223372036854.775808"};
    String following = " 04:00:54.775808";
    int[] offsets = {0, 3, 6, 16};
    return first[type.startField()] + following.substring(offsets[type.startField()], offsets[type.endField()]);
  }

  private static String twoDigits(long value) {
    return value < 10 ? "0" + value : Long.toString(value);
  }

  private static String seconds(long micros) {
    String text = BigDecimal.valueOf(micros, 6).stripTrailingZeros().toPlainString();
    return micros < 10 * MICROS_PER_SECOND ? "0" + text : text;
  }

  public static String yearMonth(int months, YearMonthIntervalType type) {
    long absolute = Math.abs((long) months);
    String sign = months < 0 ? "-" : "";
    String year = sign + absolute / 12;
    if (type.startField() != type.endField()) {
      return "INTERVAL '" + year + "-" + absolute % 12 + "' YEAR TO MONTH";
    }
    return type.startField() == YearMonthIntervalType.YEAR ? "INTERVAL '" + year + "' YEAR"
        : "INTERVAL '" + months + "' MONTH";
  }

  /** Spark's CalendarInterval.toString. */
  public static String calendar(CalendarInterval value) {
    if (value.months() == 0 && value.days() == 0 && value.microseconds() == 0) {
      return "0 seconds";
    }
    StringBuilder text = new StringBuilder();
    if (value.months() != 0) {
      appendUnit(text, value.months() / 12, "years");
      appendUnit(text, value.months() % 12, "months");
    }
    appendUnit(text, value.days(), "days");
    long rest = value.microseconds();
    if (rest != 0) {
      appendUnit(text, rest / MICROS_PER_HOUR, "hours");
      rest %= MICROS_PER_HOUR;
      appendUnit(text, rest / MICROS_PER_MINUTE, "minutes");
      rest %= MICROS_PER_MINUTE;
      if (rest != 0) {
        text.append(BigDecimal.valueOf(rest, 6).stripTrailingZeros().toPlainString()).append(" seconds ");
      }
    }
    text.setLength(text.length() - 1);
    return text.toString();
  }

  private static void appendUnit(StringBuilder text, long value, String unit) {
    if (value != 0) {
      text.append(value).append(' ').append(unit).append(' ');
    }
  }
}
