package dev.ember.sql;

import dev.ember.plan.errors.EmberException;
import dev.ember.plan.errors.ErrorKind;
import dev.ember.plan.types.CalendarInterval;
import java.util.Locale;
import java.util.Map;

/**
 * Spark's reading of a multi-unit interval string ({@code 1 year 2 days 3.5 seconds}, {@code interval -1 week}) into
 * months, days and microseconds (IntervalUtils.stringToInterval): a value and a unit at a time, seconds may have up
 * to nine fractional digits (truncated to microseconds), any field overflowing raises. Errors are Spark's
 * {@code INVALID_INTERVAL_FORMAT.*}.
 */
final class SqlIntervalUnits {
  private static final long MICROS_PER_SECOND = 1_000_000L;
  private static final long MICROS_PER_MINUTE = 60 * MICROS_PER_SECOND;
  private static final long MICROS_PER_HOUR = 60 * MICROS_PER_MINUTE;
  private static final int INITIAL_FRACTION_SCALE = 100_000_000;

  private enum Field { MONTHS, DAYS, MICROSECONDS }

  /** A unit Spark reads, the field it adds to and its size there (in Spark's order of matching). */
  private record Unit(String name, Field field, long scale) {
  }

  private static final java.util.List<Unit> UNITS = java.util.List.of(
      new Unit("year", Field.MONTHS, 12), new Unit("week", Field.DAYS, 7), new Unit("day", Field.DAYS, 1),
      new Unit("hour", Field.MICROSECONDS, MICROS_PER_HOUR), new Unit("second", Field.MICROSECONDS, MICROS_PER_SECOND),
      new Unit("month", Field.MONTHS, 1), new Unit("minute", Field.MICROSECONDS, MICROS_PER_MINUTE),
      new Unit("millisecond", Field.MICROSECONDS, 1000), new Unit("microsecond", Field.MICROSECONDS, 1));

  private enum State { PREFIX, TRIM_BEFORE_SIGN, SIGN, TRIM_BEFORE_VALUE, VALUE, VALUE_FRACTIONAL_PART,
    TRIM_BEFORE_UNIT, UNIT_BEGIN, UNIT_SUFFIX, UNIT_END }

  private final String input;
  private final String text;
  private int index;

  private SqlIntervalUnits(String input) {
    this.input = input;
    this.text = trimAll(input).toLowerCase(Locale.ROOT);
  }

  /** The interval the string holds; Spark's INVALID_INTERVAL_FORMAT error when it holds none. */
  static CalendarInterval parse(String input) {
    return new SqlIntervalUnits(input).parse();
  }

  private CalendarInterval parse() {
    if (text.isEmpty()) {
      throw error("INPUT_IS_EMPTY", "Interval string cannot be empty.", Map.of());
    }
    State state = State.PREFIX;
    long value = 0;
    boolean negative = false;
    int months = 0;
    int days = 0;
    long micros = 0;
    int fractionScale = 0;
    int fraction = 0;
    boolean pointPrefixed = false;
    while (index < text.length()) {
      char c = text.charAt(index);
      switch (state) {
        case PREFIX -> {
          if (text.startsWith("interval")) {
            if (text.length() == "interval".length()) {
              throw error("INPUT_IS_EMPTY", "Interval string cannot be empty.", Map.of());
            } else if (!Character.isWhitespace(text.charAt("interval".length()))) {
              throw error("INVALID_PREFIX", "Invalid interval prefix " + currentWord() + ".",
                  Map.of("prefix", currentWord()));
            }
            index += "interval".length() + 1;
          }
          state = State.TRIM_BEFORE_SIGN;
        }
        case TRIM_BEFORE_SIGN -> state = skipSpace(c, state, State.SIGN);
        case SIGN -> {
          value = 0;
          fraction = 0;
          state = State.TRIM_BEFORE_VALUE;
          fractionScale = -1;
          pointPrefixed = false;
          if (c == '-' || c == '+') {
            negative = c == '-';
            index++;
          } else if (c >= '0' && c <= '9') {
            negative = false;
          } else if (c == '.') {
            negative = false;
            fractionScale = INITIAL_FRACTION_SCALE;
            pointPrefixed = true;
            index++;
            state = State.VALUE_FRACTIONAL_PART;
          } else {
            throw error("UNRECOGNIZED_NUMBER", "Unrecognized number " + currentWord() + ".",
                Map.of("number", currentWord()));
          }
        }
        case TRIM_BEFORE_VALUE -> state = skipSpace(c, state, State.VALUE);
        case VALUE -> {
          if (c >= '0' && c <= '9') {
            try {
              value = Math.addExact(Math.multiplyExact(10, value), c - '0');
            } catch (ArithmeticException e) {
              throw arithmetic();
            }
          } else if (Character.isWhitespace(c)) {
            state = State.TRIM_BEFORE_UNIT;
          } else if (c == '.') {
            fractionScale = INITIAL_FRACTION_SCALE;
            state = State.VALUE_FRACTIONAL_PART;
          } else {
            throw invalidValue();
          }
          index++;
        }
        case VALUE_FRACTIONAL_PART -> {
          if (c >= '0' && c <= '9' && fractionScale > 0) {
            fraction += (c - '0') * fractionScale;
            fractionScale /= 10;
          } else if (Character.isWhitespace(c) && (!pointPrefixed || fractionScale < INITIAL_FRACTION_SCALE)) {
            fraction /= 1000;
            state = State.TRIM_BEFORE_UNIT;
          } else if (c >= '0' && c <= '9') {
            throw error("INVALID_PRECISION", "Interval can only support nanosecond precision, " + currentWord()
                + " is out of range.", Map.of("value", currentWord()));
          } else {
            throw invalidValue();
          }
          index++;
        }
        case TRIM_BEFORE_UNIT -> state = skipSpace(c, state, State.UNIT_BEGIN);
        case UNIT_BEGIN -> {
          if (c != 's' && fractionScale >= 0) {
            throw error("INVALID_FRACTION", currentWord() + " cannot have fractional part.",
                Map.of("unit", currentWord()));
          }
          if (negative) {
            value = -value;
            fraction = -fraction;
          }
          try {
            Unit unit = UNITS.stream().filter(u -> text.startsWith(u.name(), index)).findFirst()
                .orElseThrow(this::invalidUnit);
            long amount = Math.multiplyExact(value, unit.scale());
            switch (unit.field()) {
              case MONTHS -> months = Math.toIntExact(Math.addExact(months, amount));
              case DAYS -> days = Math.toIntExact(Math.addExact(days, amount));
              default -> micros = Math.addExact(Math.addExact(micros, amount),
                  unit.name().equals("second") ? fraction : 0);
            }
            index += unit.name().length();
          } catch (ArithmeticException e) {
            throw arithmetic();
          }
          state = State.UNIT_SUFFIX;
        }
        case UNIT_SUFFIX -> {
          if (c == 's') {
            state = State.UNIT_END;
          } else if (Character.isWhitespace(c)) {
            state = State.TRIM_BEFORE_SIGN;
          } else {
            throw invalidUnit();
          }
          index++;
        }
        case UNIT_END -> {
          if (!Character.isWhitespace(c)) {
            throw invalidUnit();
          }
          index++;
          state = State.TRIM_BEFORE_SIGN;
        }
        default -> throw new IllegalStateException(state.name());
      }
    }
    return switch (state) {
      case UNIT_SUFFIX, UNIT_END, TRIM_BEFORE_SIGN -> new CalendarInterval(months, days, micros);
      case TRIM_BEFORE_VALUE -> throw error("MISSING_NUMBER", "Expect a number after " + currentWord()
          + " but hit EOL.", Map.of("word", currentWord()));
      case VALUE, VALUE_FRACTIONAL_PART -> throw error("MISSING_UNIT", "Expect a unit name after " + currentWord()
          + " but hit EOL.", Map.of("word", currentWord()));
      default -> throw error("UNKNOWN_PARSING_ERROR", "Unknown error when parsing " + currentWord() + ".",
          Map.of("word", currentWord()));
    };
  }

  /** Spark's trimToNextState: a space is skipped, anything else starts the next state. */
  private State skipSpace(char c, State current, State next) {
    if (Character.isWhitespace(c)) {
      index++;
      return current;
    }
    return next;
  }

  /** The word the parser is in (Spark's currentWord: the whitespace-separated word at the position). */
  private String currentWord() {
    String[] words = text.split("\\s+");
    String rest = text.substring(Math.min(index, text.length()));
    int right = rest.isEmpty() ? 0 : rest.split("\\s+").length;
    int at = words.length - right;
    return words[Math.max(0, Math.min(at, words.length - 1))];
  }

  private EmberException invalidValue() {
    return error("INVALID_VALUE", "Invalid value " + currentWord() + ".", Map.of("value", currentWord()));
  }

  private EmberException invalidUnit() {
    return error("INVALID_UNIT", "Invalid unit " + currentWord() + ".", Map.of("unit", currentWord()));
  }

  private EmberException arithmetic() {
    return error("ARITHMETIC_EXCEPTION", "Uncaught arithmetic exception while parsing '" + input + "'.", Map.of());
  }

  private EmberException error(String subclass, String detail, Map<String, String> parameters) {
    Map<String, String> all = new java.util.HashMap<>(parameters);
    all.put("input", input);
    return new EmberException(ErrorKind.ILLEGAL_ARGUMENT, "INVALID_INTERVAL_FORMAT." + subclass, "22006",
        "Error parsing '" + input + "' to interval. " + detail, all);
  }

  /** UTF8String.trimAll: drops leading and trailing whitespace and control characters. */
  static String trimAll(String value) {
    int start = 0;
    int end = value.length();
    while (start < end && value.charAt(start) <= ' ') {
      start++;
    }
    while (end > start && value.charAt(end - 1) <= ' ') {
      end--;
    }
    return value.substring(start, end);
  }
}
