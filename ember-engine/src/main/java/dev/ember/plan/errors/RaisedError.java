package dev.ember.plan.errors;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Spark runtime errors that generated SQL raises itself with DuckDB's {@code error(text)} (for
 * checks DuckDB does not make, such as division by zero). The text carries a marker, optionally
 * with the error's arguments (base64url-encoded), that the engine turns back into the Spark error.
 */
public enum RaisedError {
  DIVIDE_BY_ZERO,
  REMAINDER_BY_ZERO,
  /** Arguments: function name, group count, group index. */
  REGEX_GROUP_INDEX,
  /** Arguments: function name, parameter name, pattern. */
  INVALID_REGEX_PATTERN,
  /** Run-time arguments (appended by the SQL after {@link #ARGUMENT_SEPARATOR}s): the index, the array size. */
  INVALID_ARRAY_INDEX,
  /** Run-time arguments: the index, the array size. */
  INVALID_ARRAY_INDEX_IN_ELEMENT_AT,
  INVALID_INDEX_OF_ZERO,
  NULL_MAP_KEY,
  /** Run-time argument: the key's text, base64-encoded (DuckDB's {@code to_base64}). */
  DUPLICATED_MAP_KEY,
  /** Argument: the function name. */
  INVALID_START_OF_ZERO,
  /** Argument: the function name; run-time argument: the length. */
  NEGATIVE_LENGTH;

  private static final String PREFIX = "EMBER_RAISE:";
  private static final Pattern MARKER = Pattern.compile(PREFIX + "([A-Z_]+)(?:\\(([A-Za-z0-9_=-]*)\\))?");
  private static final String SEPARATOR = "\u001f";
  /** Separates arguments the generated SQL appends to a marker at run time (numbers only). */
  public static final String ARGUMENT_SEPARATOR = "|";
  private static final Pattern RUNTIME_ARGUMENTS = Pattern.compile("\\G((?:\\|[A-Za-z0-9+/=-]*)*)");

  /** The text to pass to DuckDB's {@code error()}. */
  public String marker(String... arguments) {
    if (arguments.length == 0) {
      return PREFIX + name();
    }
    String joined = String.join(SEPARATOR, arguments);
    return PREFIX + name() + "("
        + Base64.getUrlEncoder().withoutPadding().encodeToString(joined.getBytes(StandardCharsets.UTF_8)) + ")";
  }

  public EmberException toException(List<String> arguments) {
    return switch (this) {
      case DIVIDE_BY_ZERO -> SparkErrors.divideByZero();
      case REMAINDER_BY_ZERO -> SparkErrors.remainderByZero();
      case REGEX_GROUP_INDEX -> SparkErrors.regexGroupIndex(arguments.get(0), Integer.parseInt(arguments.get(1)),
          Integer.parseInt(arguments.get(2)));
      case INVALID_REGEX_PATTERN -> SparkErrors.invalidRegexPattern(arguments.get(0), arguments.get(1),
          arguments.get(2));
      case INVALID_ARRAY_INDEX -> SparkErrors.invalidArrayIndex(arguments.get(0), arguments.get(1));
      case INVALID_ARRAY_INDEX_IN_ELEMENT_AT -> CollectionErrors.invalidElementAtIndex(arguments.get(0),
          arguments.get(1));
      case INVALID_INDEX_OF_ZERO -> CollectionErrors.invalidIndexOfZero();
      case NULL_MAP_KEY -> CollectionErrors.nullMapKey();
      case DUPLICATED_MAP_KEY -> CollectionErrors.duplicatedMapKey(
          new String(Base64.getDecoder().decode(arguments.get(0)), StandardCharsets.UTF_8));
      case INVALID_START_OF_ZERO -> CollectionErrors.invalidStart(arguments.get(0));
      case NEGATIVE_LENGTH -> CollectionErrors.negativeLength(arguments.get(0), arguments.get(1));
    };
  }

  /** The Spark error a marker in an engine error message stands for. */
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
    List<String> arguments = new ArrayList<>();
    if (matcher.group(2) != null) {
      String joined = new String(Base64.getUrlDecoder().decode(matcher.group(2)), StandardCharsets.UTF_8);
      arguments.addAll(List.of(joined.split(SEPARATOR, -1)));
    }
    Matcher runtime = RUNTIME_ARGUMENTS.matcher(engineMessage);
    if (runtime.find(matcher.end()) && !runtime.group(1).isEmpty()) {
      arguments.addAll(List.of(runtime.group(1).substring(1).split("\\|", -1)));
    }
    return Optional.of(error.toException(arguments));
  }
}
