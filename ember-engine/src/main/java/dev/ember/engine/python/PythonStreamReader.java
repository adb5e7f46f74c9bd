package dev.ember.engine.python;

import dev.ember.plan.errors.EmberException;
import dev.ember.plan.errors.ErrorKind;
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
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;

/**
 * The stream reader of a Python data source for the life of a streaming query, as Spark's
 * {@code PythonStreamingSourceRunner} keeps it: one Python process running PySpark's
 * {@code python_streaming_source_runner} ({@code ember_data_source.py stream}), given the source's instance, its
 * schema and the Arrow batch size, then asked one function at a time (the runner's ids): the initial offset, the
 * latest offset (under the reader's default read limit when it supports admission control), the partitions between two
 * offsets (with the rows a simple reader prefetched) and commits. Offsets are the reader's JSON. A Python exception
 * is Spark's PYTHON_STREAMING_DATA_SOURCE_RUNTIME_ERROR naming the function; the process is gone after it.
 */
public final class PythonStreamReader implements AutoCloseable {
  private static final int INITIAL_OFFSET = 884;
  private static final int LATEST_OFFSET = 885;
  private static final int PARTITIONS = 886;
  private static final int COMMIT = 887;
  private static final int CHECK_SUPPORTED_FEATURES = 888;
  private static final int LATEST_OFFSET_ADMISSION_CONTROL = 890;
  private static final int GET_DEFAULT_READ_LIMIT = 891;
  private static final int SUPPORTS_ADMISSION_CONTROL = 1;
  private static final int PYTHON_EXCEPTION_THROWN = -2;
  private static final int START_ARROW_STREAM = -6;
  private static final int NON_EMPTY_RECORD_BATCHES = 1;
  private static final BufferAllocator ROOT = new RootAllocator();

  private final Process process;
  private final DataOutputStream out;
  private final DataInputStream in;
  private final boolean admissionControl;
  private final String defaultReadLimit;

  /** The partitions between two offsets, and the rows a simple reader read for them already (else empty). */
  public record Partitions(List<byte[]> partitions, Optional<List<byte[]>> prefetched) {
  }

  private PythonStreamReader(Process process) {
    this.process = process;
    this.out = new DataOutputStream(new BufferedOutputStream(process.getOutputStream()));
    this.in = new DataInputStream(new BufferedInputStream(process.getInputStream(), 65_536));
    this.admissionControl = false;
    this.defaultReadLimit = null;
  }

  private PythonStreamReader(PythonStreamReader started, boolean admissionControl, String defaultReadLimit) {
    this.process = started.process;
    this.out = started.out;
    this.in = started.in;
    this.admissionControl = admissionControl;
    this.defaultReadLimit = defaultReadLimit;
  }

  /** Starts the reader of {@code instance} (a created source) for {@code schema}. */
  public static PythonStreamReader start(PythonDataSource source, byte[] instance, StructType schema,
      int maxRecordsPerBatch) {
    PythonStreamReader reader = new PythonStreamReader(
        PythonScripts.start(source.python(), PythonDataSourcePlanner.script(), "stream"));
    try {
      DataOutputStream out = reader.out;
      PythonRunner.writeString(out, source.pythonVersion());
      PythonRunner.writeString(out, System.getProperty("java.io.tmpdir")); // no files
      out.writeInt(0); // python includes
      out.writeInt(instance.length);
      out.write(instance);
      PythonRunner.writeString(out, SparkTypeJson.of(schema));
      out.writeInt(maxRecordsPerBatch);
      out.flush();
      reader.check("initialize", reader.in.readInt());
      int features = reader.call(CHECK_SUPPORTED_FEATURES, "checkSupportedFeatures", List.of(),
          DataInputStream::readInt);
      boolean admission = (features & SUPPORTS_ADMISSION_CONTROL) != 0;
      String limit = admission ? reader.call(GET_DEFAULT_READ_LIMIT, "getDefaultReadLimit", List.of(),
          PythonStreamReader::text) : null;
      return new PythonStreamReader(reader, admission, limit);
    } catch (RuntimeException e) {
      reader.close();
      throw e;
    } catch (IOException e) {
      reader.close();
      throw crashed(e);
    }
  }

  public String initialOffset() {
    return call(INITIAL_OFFSET, "initialOffset", List.of(), PythonStreamReader::text);
  }

  /** The offset a batch starting at {@code start} ends at, under the reader's default read limit if it has one. */
  public String latestOffset(String start) {
    if (!admissionControl) {
      return call(LATEST_OFFSET, "latestOffset", List.of(), PythonStreamReader::text);
    }
    return call(LATEST_OFFSET_ADMISSION_CONTROL, "latestOffset", List.of(start, defaultReadLimit),
        PythonStreamReader::text);
  }

  public Partitions partitions(String start, String end) {
    return call(PARTITIONS, "planPartitions", List.of(start, end), in -> {
      int count = in.readInt();
      List<byte[]> partitions = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        int length = in.readInt();
        check("planPartitions", length);
        partitions.add(in.readNBytes(length));
      }
      int prefetched = in.readInt();
      check("planPartitions", prefetched);
      if (prefetched != NON_EMPTY_RECORD_BATCHES) {
        return new Partitions(partitions, prefetched == 0 ? Optional.empty() : Optional.of(List.of()));
      }
      in.readInt(); // START_ARROW_STREAM
      List<byte[]> rows = new ArrayList<>();
      try (BufferAllocator allocator = ROOT.newChildAllocator("python-stream", 0, Long.MAX_VALUE)) {
        PythonRunner.readArrow(in, allocator, rows);
      }
      return new Partitions(partitions, Optional.of(rows));
    });
  }

  public void commit(String end) {
    call(COMMIT, "commitSource", List.of(end), DataInputStream::readInt);
  }

  private interface Answer<T> {
    T read(DataInputStream in) throws IOException;
  }

  private synchronized <T> T call(int function, String action, List<String> arguments, Answer<T> answer) {
    try {
      out.writeInt(function);
      for (String argument : arguments) {
        PythonRunner.writeString(out, argument);
      }
      out.flush();
      in.mark(4);
      check(action, in.readInt());
      in.reset();
      return answer.read(in);
    } catch (IOException e) {
      throw crashed(e);
    }
  }

  /** Throws Spark's error when {@code value} announces a Python exception (its message follows). */
  private void check(String action, int value) throws IOException {
    if (value == PYTHON_EXCEPTION_THROWN) {
      String message = new String(in.readNBytes(in.readInt()), StandardCharsets.UTF_8).strip();
      Map<String, String> parameters = new LinkedHashMap<>();
      parameters.put("action", action);
      parameters.put("msg", message);
      throw new EmberException(ErrorKind.SPARK, "PYTHON_STREAMING_DATA_SOURCE_RUNTIME_ERROR", "38000",
          "Failed when Python streaming data source perform " + action + ": " + message, parameters);
    }
  }

  private static String text(DataInputStream in) throws IOException {
    return new String(in.readNBytes(in.readInt()), StandardCharsets.UTF_8);
  }

  private static RuntimeException crashed(IOException e) {
    return PythonRunner.pythonException("Python worker exited unexpectedly (crashed): " + e.getMessage());
  }

  @Override
  public void close() {
    try {
      out.close();
    } catch (IOException ignored) {
      // the process is destroyed below in any case
    }
    process.destroy();
  }
}
