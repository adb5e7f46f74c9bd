package dev.ember.plan.errors;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Spark runtime errors that generated SQL raises itself with DuckDB's {@code error(text)} (for
 * checks DuckDB does not make, such as division by zero). The text carries a marker, and for some
 * errors the offending values, that the engine turns back into the Spark error.
 */
public enum RaisedError {
  DIVIDE_BY_ZERO,
  /** Payload: the target type's SQL name, the string. */
  CAST_INVALID_INPUT,
  /** Payload: the try_ function Spark suggests, the Spark pattern, the string. */
  CANNOT_PARSE_TIMESTAMP,
  /** Payload: year, month, day. */
  INVALID_DATE,
  /** Payload: the day-of-week text. */
  ILLEGAL_DAY_OF_WEEK;

  private static final String PREFIX = "EMBER_RAISE:";
  /** Opens and closes the payload; separates its fields. Neither appears in Spark patterns or dates. */
  public static final String PAYLOAD_BOUNDARY = "\u001E";
  public static final String FIELD_SEPARATOR = "\u001F";
  private static final Pattern MARKER = Pattern.compile(
      PREFIX + "([A-Z_]+)(?:" + PAYLOAD_BOUNDARY + "(.*?)" + PAYLOAD_BOUNDARY + ")?", Pattern.DOTALL);

  /** The text to pass to DuckDB's {@code error()}; a payload follows as {@code PAYLOAD_BOUNDARY}-delimited fields. */
  public String marker() {
    return PREFIX + name();
  }

  public EmberException toException(List<String> payload) {
    return switch (this) {
      case DIVIDE_BY_ZERO -> SparkErrors.divideByZero();
      case CAST_INVALID_INPUT -> SparkErrors.castInvalidInput(ErrorKind.DATE_TIME, payload.get(1), "STRING",
          payload.get(0));
      case CANNOT_PARSE_TIMESTAMP -> new EmberException(ErrorKind.DATE_TIME, "CANNOT_PARSE_TIMESTAMP", "22007",
          ParseFailures.message(payload.get(1), payload.get(2)) + ". Use `" + payload.get(0)
              + "` to tolerate invalid input string and return NULL instead.",
          Map.of("message", ParseFailures.message(payload.get(1), payload.get(2)),
              "func", "`" + payload.get(0) + "`"));
      case INVALID_DATE -> {
        String range = ParseFailures.invalidDate(payload.get(0), payload.get(1), payload.get(2));
        yield new EmberException(ErrorKind.DATE_TIME, "DATETIME_FIELD_OUT_OF_BOUNDS.WITH_SUGGESTION", "22023",
            range + ". If necessary set \"spark.sql.ansi.enabled\" to \"false\" to bypass this error.",
            Map.of("rangeMessage", range, "ansiConfig", "\"spark.sql.ansi.enabled\""));
      }
      case ILLEGAL_DAY_OF_WEEK -> new EmberException(ErrorKind.ILLEGAL_ARGUMENT, "ILLEGAL_DAY_OF_WEEK", "22009",
          "Illegal input for day of week: " + payload.get(0) + ".", Map.of("string", payload.get(0)));
    };
  }

  /** Finds a marker in an engine error message and builds the Spark error it stands for. */
  public static Optional<EmberException> find(String engineMessage) {
    if (engineMessage == null) {
      return Optional.empty();
    }
    Matcher matcher = MARKER.matcher(engineMessage);
    if (!matcher.find()) {
      return Optional.empty();
    }
    RaisedError error;
    try {
      error = valueOf(matcher.group(1));
    } catch (IllegalArgumentException unknown) {
      return Optional.empty();
    }
    List<String> payload = matcher.group(2) == null ? List.of()
        : Arrays.asList(matcher.group(2).split(FIELD_SEPARATOR, -1));
    return Optional.of(error.toException(payload));
  }
}
