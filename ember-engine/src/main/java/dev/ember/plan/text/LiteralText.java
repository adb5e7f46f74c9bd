package dev.ember.plan.text;

import dev.ember.plan.expressions.Literal;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.IntervalFormat;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A literal as Spark's {@code Literal.toString} writes it inside a plan: the value itself (strings
 * unquoted), {@code null}, binary as {@code 0x} and hex digits, timestamps in the session time zone.
 */
public final class LiteralText {
  private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");
  private final ZoneId timeZone;

  public LiteralText(ZoneId timeZone) {
    this.timeZone = timeZone;
  }

  public String of(Literal literal) {
    return value(literal.value(), literal);
  }

  private String value(Object value, Literal literal) {
    if (value == null) {
      return "null";
    }
    if (value instanceof byte[] bytes) {
      return "0x" + HexFormat.of().withUpperCase().formatHex(bytes);
    }
    if (value instanceof BigDecimal decimal) {
      return decimal.toPlainString();
    }
    if (value instanceof Instant instant) {
      return withFraction(LocalDateTime.ofInstant(instant, timeZone));
    }
    if (value instanceof LocalDateTime local && literal.dataType() == AtomicType.TIMESTAMP_NTZ) {
      return withFraction(local);
    }
    if (value instanceof java.time.LocalTime time) {
      return time(time);
    }
    if (literal.dataType().isAnsiInterval() || literal.dataType() == AtomicType.CALENDAR_INTERVAL) {
      return IntervalFormat.of(value, literal.dataType());
    }
    if (value instanceof List<?> elements) {
      return elements.stream().map(element -> value(element, literal)).collect(Collectors.joining(",", "[", "]"));
    }
    return value.toString();
  }

  /** {@code yyyy-MM-dd HH:mm:ss} and the microseconds without trailing zeros, as Spark writes a timestamp literal. */
  public static String withFraction(LocalDateTime time) {
    String text = SECONDS.format(time);
    if (time.getNano() == 0) {
      return text;
    }
    String fraction = String.format("%09d", time.getNano()).substring(0, 6).replaceAll("0+$", "");
    return fraction.isEmpty() ? text : text + "." + fraction;
  }

  /** {@code HH:mm:ss} and the fraction without trailing zeros, as Spark writes a TIME value. */
  public static String time(java.time.LocalTime time) {
    String text = String.format("%02d:%02d:%02d", time.getHour(), time.getMinute(), time.getSecond());
    String fraction = String.format("%09d", time.getNano()).replaceAll("0+$", "");
    return fraction.isEmpty() ? text : text + "." + fraction;
  }
}
