package dev.ember.engine.python;

import dev.ember.plan.errors.EmberException;
import dev.ember.plan.errors.ErrorKind;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.StructField;
import dev.ember.plan.types.StructType;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The planning steps of a Python data source, each run as Spark's {@code PythonPlannerRunner} runs it: PySpark's own
 * worker module in a Python process of its own ({@code ember_data_source.py}), given the header Spark writes (the
 * client's Python version, no files, no broadcasts, no confs) and the step's input. {@link #create} is Spark's
 * {@code UserDefinedPythonDataSourceRunner} (the instance and its schema, when the read is analyzed),
 * {@link #planRead} its {@code UserDefinedPythonDataSourceReadRunner} (the read function and the partitions, when
 * the read runs). A Python exception is Spark's PYTHON_DATA_SOURCE_ERROR naming the step.
 */
public final class PythonDataSourcePlanner {
  private static final int PYTHON_EXCEPTION_THROWN = -2;
  private static final int END_OF_STREAM = -4;
  private static final String SCRIPT = script();
  /** The one column of a read's input: a partition, pickled (Spark's PythonDataSource input schema). */
  static final StructType PARTITION_INPUT = new StructType(List.of(new StructField("partition", AtomicType.BINARY,
      true)));

  /** A created data source: its pickled instance and its schema as Python gave it (DDL text or Spark's JSON). */
  public record Created(byte[] instance, String schema, boolean ddl) {
  }

  /** A planned read: the pickled {@code (read function, schema)} and each partition, pickled. */
  record ReadPlan(byte[] readFunction, List<byte[]> partitions) {
  }

  /** A planned write: the pickled {@code (write function, return type)} and the pickled writer. */
  public record WritePlan(byte[] writeFunction, byte[] writer) {
  }

  /** The one binary column of a write task's output: a pickled commit message per task. */
  static final StructType COMMIT_MESSAGES = new StructType(List.of(new StructField("message", AtomicType.BINARY,
      true)));

  private PythonDataSourcePlanner() {
  }

  /**
   * Spark's {@code UserDefinedPythonDataSourceWriteRunner}: the source made with the options, its
   * {@code writer(schema, overwrite)}, and the function that writes a task's rows with it.
   */
  public static WritePlan planWrite(PythonDataSource source, String provider, StructType schema,
      Map<String, String> options, boolean overwrite, boolean binaryAsBytes) {
    return run(source, "write", "initialize", "writer", out -> {
      out.writeInt(source.command().length);
      out.write(source.command());
      PythonRunner.writeString(out, provider);
      PythonRunner.writeString(out, SparkTypeJson.of(schema));
      PythonRunner.writeString(out, SparkTypeJson.of(COMMIT_MESSAGES));
      out.writeInt(options.size());
      for (Map.Entry<String, String> option : options.entrySet()) {
        PythonRunner.writeString(out, option.getKey());
        PythonRunner.writeString(out, option.getValue());
      }
      out.writeBoolean(overwrite);
      out.writeBoolean(false); // not streaming
      out.writeBoolean(binaryAsBytes);
    }, in -> new WritePlan(in.readNBytes(in.readInt()), in.readNBytes(in.readInt())));
  }

  /**
   * Spark's {@code UserDefinedPythonDataSourceCommitRunner}: the writer's {@code commit(messages)}, or
   * {@code abort(messages)} after a failed task (whose message is None).
   */
  public static void commit(PythonDataSource source, byte[] writer, List<byte[]> messages, boolean abort) {
    run(source, "commit", "commit or abort", "write", out -> {
      out.writeInt(writer.length);
      out.write(writer);
      out.writeInt(messages.size());
      for (byte[] message : messages) {
        out.writeInt(message.length);
        out.write(message);
      }
      out.writeBoolean(abort);
    }, DataInputStream::readInt);
  }

  /**
   * The source's instance made with the options ({@code provider} the name the read used) and its schema: the user's
   * ({@code userSchema}) when given, else the source's {@code schema()}.
   */
  public static Created create(PythonDataSource source, String provider, Optional<StructType> userSchema,
      Map<String, String> options) {
    return run(source, "create", "create", "instance", out -> {
      out.writeInt(source.command().length);
      out.write(source.command());
      PythonRunner.writeString(out, provider);
      out.writeBoolean(userSchema.isPresent());
      if (userSchema.isPresent()) {
        PythonRunner.writeString(out, SparkTypeJson.of(userSchema.get()));
      }
      out.writeInt(options.size());
      for (Map.Entry<String, String> option : options.entrySet()) {
        PythonRunner.writeString(out, option.getKey());
        PythonRunner.writeString(out, option.getValue());
      }
    }, in -> {
      byte[] instance = in.readNBytes(in.readInt());
      boolean ddl = in.readInt() == 1;
      String schema = new String(in.readNBytes(in.readInt()), StandardCharsets.UTF_8);
      return new Created(instance, schema, ddl);
    });
  }

  /**
   * The reader of {@code instance} for {@code schema}: its read function and its partitions (a stream reader's, for a
   * streaming read, has none: they come with each micro-batch).
   */
  static ReadPlan planRead(PythonDataSource source, byte[] instance, StructType schema, int maxRecordsPerBatch,
      boolean filterPushdown, boolean streaming, boolean binaryAsBytes) {
    return run(source, "plan", "initialize", "reader", out -> {
      out.writeInt(instance.length);
      out.write(instance);
      PythonRunner.writeString(out, SparkTypeJson.of(PARTITION_INPUT));
      PythonRunner.writeString(out, SparkTypeJson.of(schema));
      out.writeInt(maxRecordsPerBatch);
      out.writeBoolean(filterPushdown);
      out.writeBoolean(streaming);
      out.writeBoolean(binaryAsBytes);
    }, in -> {
      byte[] function = in.readNBytes(in.readInt());
      int count = in.readInt();
      List<byte[]> partitions = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        int length = in.readInt();
        if (length == PYTHON_EXCEPTION_THROWN) {
          throw failed("generate", "read partitions", new String(in.readNBytes(in.readInt()),
              StandardCharsets.UTF_8));
        }
        partitions.add(in.readNBytes(length));
      }
      return new ReadPlan(function, partitions);
    });
  }

  private interface Writer {
    void write(DataOutputStream out) throws IOException;
  }

  private interface Reader<T> {
    T read(DataInputStream in) throws IOException;
  }

  private static <T> T run(PythonDataSource source, String step, String action, String type, Writer input,
      Reader<T> answer) {
    Process process = PythonScripts.start(source.python(), SCRIPT, step);
    try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(process.getOutputStream()));
        DataInputStream in = new DataInputStream(new BufferedInputStream(process.getInputStream()))) {
      PythonRunner.writeString(out, source.pythonVersion());
      PythonRunner.writeString(out, System.getProperty("java.io.tmpdir")); // no files
      out.writeInt(0); // python includes
      out.writeBoolean(false); // no broadcast decryption server
      out.writeInt(0); // broadcast variables
      out.writeInt(0); // runner confs
      input.write(out);
      out.writeInt(END_OF_STREAM);
      out.flush();
      in.mark(4);
      if (in.readInt() == PYTHON_EXCEPTION_THROWN) {
        throw failed(action, type, new String(in.readNBytes(in.readInt()), StandardCharsets.UTF_8));
      }
      in.reset();
      T result = answer.read(in);
      int accumulators = in.readInt();
      for (int i = 0; i < accumulators; i++) {
        in.readNBytes(in.readInt());
      }
      in.readInt(); // END_OF_STREAM
      return result;
    } catch (IOException e) {
      throw PythonRunner.pythonException("Python worker exited unexpectedly (crashed): " + e.getMessage());
    } finally {
      process.destroy();
    }
  }

  /** Spark's error for a Python exception of a planning step (QueryCompilationErrors.pythonDataSourceError). */
  static EmberException failed(String action, String type, String traceback) {
    String message = traceback.strip();
    Map<String, String> parameters = new LinkedHashMap<>();
    parameters.put("action", action);
    parameters.put("type", type);
    parameters.put("msg", message);
    return new EmberException(ErrorKind.ANALYSIS, "PYTHON_DATA_SOURCE_ERROR", "38000",
        "Failed to " + action + " Python data source " + type + ": " + message, parameters);
  }

  static String script() {
    try (java.io.InputStream in = PythonDataSourcePlanner.class.getResourceAsStream("ember_data_source.py")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException | NullPointerException e) {
      throw new IllegalStateException("ember_data_source.py is missing from Ember's classes", e);
    }
  }
}
