package dev.ember.plan.errors;

import dev.ember.plan.origin.SqlOrigin;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * An error a Spark user sees: Spark's error class (condition), SQLSTATE and message parameters,
 * reported as the Spark exception {@link #kind()}. Every layer throws this; the Connect service turns
 * it into the gRPC status the official client rebuilds the exception from.
 */
public final class EmberException extends RuntimeException {
  private final ErrorKind kind;
  private final String errorClass;
  private final String sqlState;
  private final Map<String, String> messageParameters;
  /** Spark's SQL query context: where in SQL text the failing node was written (empty for DataFrame plans). */
  private List<SqlOrigin> queryContext = List.of();
  /** Whether Spark raises this error without a query context even for SQL text (no origin is attached). */
  private boolean withoutQueryContext;

  public EmberException(ErrorKind kind, String errorClass, String sqlState, String message,
      Map<String, String> messageParameters) {
    super(formatMessage(errorClass, message, sqlState));
    this.kind = Objects.requireNonNull(kind, "kind");
    this.errorClass = Objects.requireNonNull(errorClass, "errorClass");
    this.sqlState = sqlState;
    this.messageParameters = new LinkedHashMap<>(messageParameters);
  }

  private EmberException(ErrorKind kind, String errorClass, String sqlState, Map<String, String> messageParameters,
      String fullMessage) {
    super(fullMessage);
    this.kind = Objects.requireNonNull(kind, "kind");
    this.errorClass = Objects.requireNonNull(errorClass, "errorClass");
    this.sqlState = sqlState;
    this.messageParameters = new LinkedHashMap<>(messageParameters);
  }

  /** An error whose whole message Spark writes itself (a parse error's {@code == SQL ==} block with its caret). */
  public static EmberException withFullMessage(ErrorKind kind, String errorClass, String sqlState, String fullMessage,
      Map<String, String> messageParameters) {
    return new EmberException(kind, errorClass, sqlState, messageParameters, fullMessage);
  }

  private EmberException(ErrorKind kind, String message) {
    super(message);
    this.kind = kind;
    this.errorClass = null;
    this.sqlState = null;
    this.messageParameters = new LinkedHashMap<>();
  }

  /**
   * A plain Java exception where Spark raises one without an error class (e.g. a failed
   * {@code require}), or the SparkException of a job whose task failed (user code of a UDAF that threw): the client
   * rebuilds it with this message only.
   */
  public static EmberException withoutErrorClass(ErrorKind kind, String message) {
    if (kind != ErrorKind.JAVA_ILLEGAL_ARGUMENT && kind != ErrorKind.JAVA_ARITHMETIC && kind != ErrorKind.JAVA_IO
        && kind != ErrorKind.JAVA_RUNTIME && kind != ErrorKind.PYTHON && kind != ErrorKind.SPARK) {
      throw new IllegalArgumentException("only plain Java exceptions have no error class: " + kind);
    }
    return new EmberException(kind, message);
  }

  /**
   * This error with {@code origin} as its SQL query context, unless it already has one (the innermost node's
   * wins) or Spark raises it without one.
   */
  public EmberException withQueryContext(SqlOrigin origin) {
    if (origin == null || !queryContext.isEmpty() || withoutQueryContext || errorClass == null) {
      return this;
    }
    // set on this error rather than a copy: a copy would capture (and walk) the deep analyzer stack again
    queryContext = List.of(origin);
    return this;
  }

  /** This error, marked as one Spark raises without a query context whatever SQL text it came from. */
  public EmberException withoutQueryContext() {
    withoutQueryContext = true;
    return this;
  }

  /** The SQL query context: where the failing node was written; empty for DataFrame plans. */
  public List<SqlOrigin> queryContext() {
    return queryContext;
  }

  /** Whether this is a Spark error with a condition (else a plain Java exception). */
  public boolean hasErrorClass() {
    return errorClass != null;
  }

  private static String formatMessage(String errorClass, String message, String sqlState) {
    return "[" + errorClass + "] " + message + (sqlState == null ? "" : " SQLSTATE: " + sqlState);
  }

  public ErrorKind kind() {
    return kind;
  }

  public String errorClass() {
    return errorClass;
  }

  public String sqlState() {
    return sqlState;
  }

  public Map<String, String> messageParameters() {
    return Map.copyOf(messageParameters);
  }

  /** Parameters in the order they were given (Spark's JSON keeps insertion order). */
  public Map<String, String> orderedMessageParameters() {
    return java.util.Collections.unmodifiableMap(messageParameters);
  }

  @Override
  public String toString() {
    return kind.exceptionClass() + ": " + getMessage() + messageParameters.entrySet().stream()
        .map(entry -> entry.getKey() + "=" + entry.getValue())
        .collect(Collectors.joining(", ", " {", "}"));
  }
}
