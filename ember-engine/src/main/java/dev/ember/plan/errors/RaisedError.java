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
  /** Arguments: the index, the array size. */
  INVALID_ARRAY_INDEX;

  private static final String PREFIX = "EMBER_RAISE:";
  private static final Pattern MARKER = Pattern.compile(PREFIX + "([A-Z_]+)");
  private static final Pattern ARGUMENTS = Pattern.compile(PREFIX + "[A-Z_]+((?:\\|[^|\\s]*)*)");
  /** Separates a marker's arguments, which the generated SQL appends at run time. */
  public static final String ARGUMENT_SEPARATOR = "|";

  /** The text to pass to DuckDB's {@code error()}. */
  public String marker() {
    return PREFIX + name();
  }

  public EmberException toException() {
    return toException(java.util.List.of());
  }

  public EmberException toException(java.util.List<String> arguments) {
    switch (this) {
      case DIVIDE_BY_ZERO:
        return SparkErrors.divideByZero();
      case INVALID_ARRAY_INDEX:
        return SparkErrors.invalidArrayIndex(arguments.get(0), arguments.get(1));
      default:
        throw new IllegalStateException("no Spark error for " + this);
    }
  }

  /** The Spark error an engine message carries, with the arguments the SQL appended to the marker. */
  public static Optional<EmberException> decode(String engineMessage) {
    Optional<RaisedError> error = find(engineMessage);
    if (error.isEmpty()) {
      return Optional.empty();
    }
    Matcher matcher = ARGUMENTS.matcher(engineMessage);
    java.util.List<String> arguments = new java.util.ArrayList<>();
    if (matcher.find() && !matcher.group(1).isEmpty()) {
      arguments.addAll(java.util.Arrays.asList(matcher.group(1).substring(1).split("\\|", -1)));
    }
    return Optional.of(error.get().toException(arguments));
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
