package dev.ember.connect;

import dev.ember.plan.errors.EmberException;
import dev.ember.plan.errors.ErrorKind;
import java.util.Map;

/** Spark's error for user code that throws: FAILED_EXECUTE_UDF, a SparkException naming the function and cause. */
final class UserCodeFailures {
  private UserCodeFailures() {
  }

  /** {@code cause}, thrown by the function {@code name} of {@code signature} returning {@code result}. */
  static RuntimeException failed(String name, String signature, String result, Throwable cause) {
    if (cause instanceof EmberException ember) {
      return ember;
    }
    String function = "`" + name.replace("`", "``") + "`";
    EmberException failure = new EmberException(ErrorKind.SPARK, "FAILED_EXECUTE_UDF", "39000",
        "User defined function (" + function + ": (" + signature + ") => " + result + ") failed due to: " + cause
        + ".", Map.of("functionName", function, "signature", signature, "result", result,
            "reason", String.valueOf(cause)));
    failure.initCause(cause);
    return failure;
  }

  /**
   * {@code cause}, thrown by user code Spark runs in a task without wrapping what it throws (a UDAF's): the job's
   * SparkException, of no error class, with the cause's text.
   */
  static RuntimeException taskFailed(Throwable cause) {
    if (cause instanceof EmberException ember) {
      return ember;
    }
    EmberException failure = EmberException.withoutErrorClass(ErrorKind.SPARK,
        "Job aborted due to stage failure: " + cause);
    failure.initCause(cause);
    return failure;
  }
}
