package dev.ember.engine.python;

import java.util.List;
import java.util.Map;

/**
 * One task for a Python worker: a function (the client's pickled {@code (function, returnType)}, as PySpark sends it)
 * of an eval type ({@link EvalTypes}), the positions of its arguments among the input's columns (with the keyword of
 * each given by name, else empty), the Python version the client pickled it with (the worker refuses another,
 * PYTHON_VERSION_MISMATCH), the confs Spark's runner hands the worker and the eval confs its exec adds, and the input:
 * Arrow IPC stream bytes, written as they are.
 */
public record PythonTask(String python, String pythonVersion, int evalType, byte[] command,
    List<Integer> argumentOffsets, List<String> argumentKeywords, Map<String, String> runnerConf,
    Map<String, String> evalConf, Input input) {
  public PythonTask {
    argumentOffsets = List.copyOf(argumentOffsets);
    argumentKeywords = List.copyOf(argumentKeywords);
    runnerConf = Map.copyOf(runnerConf);
    evalConf = Map.copyOf(evalConf);
  }

  /**
   * The confs Spark's {@code ArrowPythonRunner.getPythonRunnerConfMap} hands the worker, at their defaults (safe Arrow
   * conversions: an integer out of its type's range raises rather than wraps), with the session's time zone.
   */
  public static Map<String, String> runnerConf(String timeZone) {
    Map<String, String> conf = new java.util.HashMap<>();
    conf.put("spark.sql.session.timeZone", timeZone);
    conf.put("spark.sql.legacy.execution.pandas.groupedMap.assignColumnsByName", "true");
    conf.put("spark.sql.execution.pandas.convertToArrowArraySafely", "true");
    conf.put("spark.sql.execution.arrow.useLargeVarTypes", "false");
    return conf;
  }

  /** The data section of a task: what the worker's serializer reads. */
  @FunctionalInterface
  public interface Input {
    void writeTo(java.io.DataOutputStream out) throws java.io.IOException;
  }
}
