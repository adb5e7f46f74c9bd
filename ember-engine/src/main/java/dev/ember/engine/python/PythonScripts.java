package dev.ember.engine.python;

import dev.ember.plan.errors.EmberException;
import dev.ember.plan.errors.ErrorKind;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A process running one of Ember's Python scripts ({@code python -c script arguments...}) with PySpark's simplified
 * tracebacks and no error output kept, failing as Spark's worker factory fails when the Python cannot start.
 */
final class PythonScripts {
  private PythonScripts() {
  }

  static Process start(String python, String script, String... arguments) {
    List<String> command = new ArrayList<>(List.of(python, "-c", script));
    command.addAll(List.of(arguments));
    ProcessBuilder builder = new ProcessBuilder(command);
    // spark.sql.execution.pyspark.udf.simplifiedTraceback.enabled (true by default): no frames of PySpark itself
    builder.environment().put("SPARK_SIMPLIFIED_TRACEBACK", "1");
    builder.redirectError(ProcessBuilder.Redirect.DISCARD);
    try {
      return builder.start();
    } catch (IOException e) {
      throw EmberException.withoutErrorClass(ErrorKind.JAVA_IO,
          e.getMessage() + " (the Python of Python UDFs: PYSPARK_PYTHON, spark.sql.execution.pyspark.python)");
    }
  }
}
