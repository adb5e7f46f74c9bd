package dev.ember.engine;

import dev.ember.engine.functions.RaisedFailure;
import dev.ember.plan.errors.SparkErrors;
import java.util.LinkedHashMap;
import java.util.Map;
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

  /**
   * Throws the failure whose marker DuckDB's {@code message} carries, as the function threw it (as a stage's failure
   * leaves the engine), if it is still waiting; returns otherwise.
   */
  static void rethrow(String message) {
    if (message == null) {
      return;
    }
    Matcher matcher = MARKER.matcher(message);
    if (!matcher.find()) {
      return;
    }
    RuntimeException failure;
    synchronized (WAITING) {
      failure = WAITING.remove(Long.parseLong(matcher.group(1)));
    }
    throw failure != null ? failure : SparkErrors.internal("A user-defined function failed; its failure was lost.");
  }
}
