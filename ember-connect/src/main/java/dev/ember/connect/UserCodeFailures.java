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
}
