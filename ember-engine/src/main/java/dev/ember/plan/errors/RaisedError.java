package dev.ember.plan.errors;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Spark runtime errors that generated SQL raises itself with DuckDB's {@code error(text)} (for
 * checks DuckDB does not make, such as division by zero). The text carries a marker that the
 * engine turns back into the Spark error.
 */
public enum RaisedError {
  DIVIDE_BY_ZERO,
  REMAINDER_BY_ZERO;

  private static final String PREFIX = "EMBER_RAISE:";
  private static final Pattern MARKER = Pattern.compile(PREFIX + "([A-Z_]+)");

  /** The text to pass to DuckDB's {@code error()}. */
  public String marker() {
    return PREFIX + name();
  }

  public EmberException toException() {
    return switch (this) {
      case DIVIDE_BY_ZERO -> SparkErrors.divideByZero();
      case REMAINDER_BY_ZERO -> SparkErrors.remainderByZero();
    };
  }

  /** Finds a marker in an engine error message. */
  public static Optional<RaisedError> find(String engineMessage) {
    if (engineMessage == null) {
      return Optional.empty();
    }
    Matcher matcher = MARKER.matcher(engineMessage);
    if (!matcher.find()) {
      return Optional.empty();
    }
    try {
      return Optional.of(valueOf(matcher.group(1)));
    } catch (IllegalArgumentException unknown) {
      return Optional.empty();
    }
  }
}
