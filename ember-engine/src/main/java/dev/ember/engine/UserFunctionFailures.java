package dev.ember.engine;

import dev.ember.engine.functions.RaisedFailure;
import dev.ember.plan.errors.EmberException;
import dev.ember.plan.errors.SparkErrors;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The failures of user functions DuckDB calls inside a statement ({@link UserFunctionRegistrations}): DuckDB reports
 * a Java function's exception as text, so the failure (Spark's {@code FAILED_EXECUTE_UDF}, its cause kept) waits here
 * under a marker that the text carries, until the statement's error is translated. Only the latest few wait: a
 * failure nobody asks for (another thread's, in a statement that failed already) is forgotten in time.
 */
final class UserFunctionFailures {
  private static final int KEPT = 64;
  private static final Pattern MARKER = Pattern.compile("ember_user_function_failure#(\\d+)");
  private static final AtomicLong IDS = new AtomicLong();
  private static final Map<Long, RuntimeException> WAITING = new LinkedHashMap<>() {
    @Override
    protected boolean removeEldestEntry(Map.Entry<Long, RuntimeException> eldest) {
      return size() > KEPT;
    }
  };

  private UserFunctionFailures() {
  }

  /** The exception DuckDB's function throws for {@code failure}: its text is the marker alone. */
  static RaisedFailure park(RuntimeException failure) {
    long id = IDS.incrementAndGet();
    synchronized (WAITING) {
      WAITING.put(id, failure);
    }
    return new RaisedFailure("ember_user_function_failure#" + id);
  }

  /** The failure whose marker DuckDB's {@code message} carries, if it is still waiting. */
  static Optional<EmberException> find(String message) {
    if (message == null) {
      return Optional.empty();
    }
    Matcher matcher = MARKER.matcher(message);
    if (!matcher.find()) {
      return Optional.empty();
    }
    RuntimeException failure;
    synchronized (WAITING) {
      failure = WAITING.remove(Long.parseLong(matcher.group(1)));
    }
    if (failure == null) {
      return Optional.of(SparkErrors.internal("A user-defined function failed; its failure was lost."));
    }
    return Optional.of(failure instanceof EmberException ember ? ember
        : SparkErrors.internal("A user-defined function failed: " + failure));
  }
}
