package dev.ember.engine.python;

import dev.ember.plan.errors.EmberException;
import dev.ember.plan.errors.ErrorKind;
import dev.ember.plan.types.StructType;
import dev.ember.plan.usercode.TableUserFunction;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Function;

/**
 * The static {@code analyze} method of a Python UDTF without a return type, run as Spark's
 * {@code UserDefinedPythonTableFunctionAnalyzeRunner} runs it: PySpark's {@code pyspark.sql.worker.analyze_udtf} in a
 * Python process of its own ({@code ember_analyze.py}), given the function, each argument's type, value (a literal's)
 * and whether it is a table; it answers the schema of the function's rows and the pickled {@code AnalyzeResult} the
 * worker hands the function's constructor. A Python exception is Spark's
 * TABLE_VALUED_FUNCTION_FAILED_TO_ANALYZE_IN_PYTHON.
 */
final class PythonUdtfAnalysis {
  private static final int PYTHON_EXCEPTION_THROWN = -2;
  private static final int END_OF_STREAM = -4;
  private static final String SCRIPT = script();

  /** What {@code analyze} returned: the function's columns and the pickled result. */
  /** {@code singlePartition}: the {@code AnalyzeResult} asks for its table argument in one partition. */
  record Result(StructType schema, byte[] pickled, boolean singlePartition) {
  }

  private PythonUdtfAnalysis() {
  }

  static Result analyze(PythonTableUserFunction udtf, StructType arguments, TableUserFunction.Call call,
      Function<String, StructType> schemas) {
    PythonFunction function = udtf.function();
    Process process = PythonScripts.start(function.python(), SCRIPT);
    try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(process.getOutputStream()));
        DataInputStream in = new DataInputStream(new BufferedInputStream(process.getInputStream()))) {
      write(out, udtf, arguments, call);
      int length = in.readInt();
      if (length == PYTHON_EXCEPTION_THROWN) {
        String traceback = new String(in.readNBytes(in.readInt()), StandardCharsets.UTF_8);
        throw failed(traceback);
      }
      StructType schema = schemas.apply(new String(in.readNBytes(length), StandardCharsets.UTF_8));
      byte[] pickled = in.readNBytes(in.readInt());
      boolean singlePartition = in.readInt() != 0;
      int partitionBy = in.readInt();
      for (int i = 0; i < partitionBy; i++) {
        in.readNBytes(in.readInt());
      }
      int orderBy = in.readInt();
      for (int i = 0; i < orderBy; i++) {
        in.readNBytes(in.readInt());
        in.readInt();
        in.readInt();
      }
      int select = in.readInt();
      for (int i = 0; i < select * 2; i++) {
        in.readNBytes(in.readInt());
      }
      if (partitionBy > 0 || orderBy > 0 || select > 0) {
        throw dev.ember.plan.errors.SparkErrors.unsupportedCall("analyze", "AnalyzeResult",
            "Ember does not apply the partitionBy, orderBy and select of a UDTF's AnalyzeResult yet.");
      }
      return new Result(schema, pickled, singlePartition);
    } catch (IOException e) {
      throw PythonRunner.pythonException("Python worker exited unexpectedly (crashed): " + e.getMessage());
    } finally {
      process.destroy();
    }
  }

  private static void write(DataOutputStream out, PythonTableUserFunction udtf, StructType arguments,
      TableUserFunction.Call call) throws IOException {
    PythonFunction function = udtf.function();
    PythonRunner.writeString(out, function.pythonVersion());
    PythonRunner.writeString(out, System.getProperty("java.io.tmpdir")); // no files
    out.writeInt(0); // python includes
    out.writeBoolean(false); // no broadcast decryption server
    out.writeInt(0); // broadcast variables
    out.writeInt(0); // runner confs
    PythonRunner.writeString(out, udtf.name());
    out.writeInt(function.command().length);
    out.write(function.command());
    out.writeInt(arguments.fields().size());
    for (int i = 0; i < arguments.fields().size(); i++) {
      PythonRunner.writeString(out, SparkTypeJson.of(arguments.fields().get(i).dataType()));
      Object literal = call.literals().get(i);
      boolean constant = !call.tables().get(i) && literal != null;
      out.writeBoolean(constant);
      if (constant) {
        PythonRunner.writeString(out, json(literal));
      }
      out.writeBoolean(call.tables().get(i));
      String keyword = call.keywords().get(i);
      out.writeBoolean(!keyword.isEmpty());
      if (!keyword.isEmpty()) {
        PythonRunner.writeString(out, keyword);
      }
    }
    out.writeInt(END_OF_STREAM);
    out.flush();
  }

  private static String json(Object value) {
    if (value == null) {
      return "null";
    }
    if (value instanceof Number || value instanceof Boolean) {
      return value instanceof java.math.BigDecimal decimal ? "\"" + decimal.toPlainString() + "\"" : value.toString();
    }
    ByteArrayOutputStream text = new ByteArrayOutputStream();
    try {
      new com.fasterxml.jackson.databind.ObjectMapper().writeValue(text, value.toString());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return text.toString(StandardCharsets.UTF_8);
  }

  /** Spark's error for an exception of {@code analyze} (QueryCompilationErrors). */
  private static EmberException failed(String traceback) {
    String message = traceback.strip();
    return new EmberException(ErrorKind.ANALYSIS, "TABLE_VALUED_FUNCTION_FAILED_TO_ANALYZE_IN_PYTHON", "38000",
        "Failed to analyze the Python user defined table function: " + message, Map.of("msg", message));
  }

  private static String script() {
    try (java.io.InputStream in = PythonUdtfAnalysis.class.getResourceAsStream("ember_analyze.py")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException | NullPointerException e) {
      throw new IllegalStateException("ember_analyze.py is missing from Ember's classes", e);
    }
  }
}
