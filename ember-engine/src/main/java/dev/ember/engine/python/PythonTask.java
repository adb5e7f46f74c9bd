package dev.ember.engine.python;

import java.util.List;
import java.util.Map;

/**
 * One task for a Python worker: a function (the client's pickled {@code (function, returnType)}, as PySpark sends it)
 * of an eval type ({@link EvalTypes}), the positions of its arguments among the input's columns (with the keyword of
 * each given by name, else empty), the Python version the client pickled it with (the worker refuses another,
 * PYTHON_VERSION_MISMATCH), the confs Spark's runner hands the worker and the eval confs its exec adds, and the input:
 * Arrow IPC stream bytes, written as they are. A UDTF's task writes its own function section ({@code function},
 * what {@code pyspark.worker.read_udtf} reads), null for a UDF's.
 */
public record PythonTask(String python, String pythonVersion, int evalType, byte[] command,
    List<Integer> argumentOffsets, List<String> argumentKeywords, Map<String, String> runnerConf,
    Map<String, String> evalConf, Input input, Input function) {
  public PythonTask {
    argumentOffsets = List.copyOf(argumentOffsets);
    argumentKeywords = List.copyOf(argumentKeywords);
    runnerConf = Map.copyOf(runnerConf);
    evalConf = Map.copyOf(evalConf);
  }

  /** A task of a UDF: the function section is PythonRunner's (the argument offsets, then the command). */
  public PythonTask(String python, String pythonVersion, int evalType, byte[] command,
      List<Integer> argumentOffsets, List<String> argumentKeywords, Map<String, String> runnerConf,
      Map<String, String> evalConf, Input input) {
    this(python, pythonVersion, evalType, command, argumentOffsets, argumentKeywords, runnerConf, evalConf, input,
        null);
  }

  /**
   * The confs Spark's {@code ArrowPythonRunner.getPythonRunnerConfMap} hands the worker, the session's (by default,
   * safe Arrow conversions: an integer out of its type's range raises rather than wraps).
   */
  public static Map<String, String> runnerConf(dev.ember.plan.usercode.UserCodeContext context) {
    Map<String, String> conf = new java.util.HashMap<>();
    conf.put("spark.sql.session.timeZone", context.timeZone());
    for (String key : List.of("spark.sql.legacy.execution.pandas.groupedMap.assignColumnsByName",
        "spark.sql.execution.pandas.convertToArrowArraySafely", "spark.sql.execution.arrow.useLargeVarTypes")) {
      context.conf().apply(key).ifPresent(value -> conf.put(key, value));
    }
    return conf;
  }

  /** The Python a session's workers run: {@code spark.sql.execution.pyspark.python} if set, else the server's. */
  public static String python(PythonFunction function, dev.ember.plan.usercode.UserCodeContext context) {
    return context.conf().apply("spark.sql.execution.pyspark.python").filter(python -> !python.isBlank())
        .orElse(function.python());
  }

  /** The data section of a task: what the worker's serializer reads. */
  @FunctionalInterface
  public interface Input {
    void writeTo(java.io.DataOutputStream out) throws java.io.IOException;
  }
}
