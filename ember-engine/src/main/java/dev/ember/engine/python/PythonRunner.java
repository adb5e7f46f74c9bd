package dev.ember.engine.python;

import dev.ember.plan.errors.EmberException;
import dev.ember.plan.errors.ErrorKind;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.ipc.ArrowStreamReader;
import org.apache.arrow.vector.ipc.ArrowStreamWriter;

/**
 * A task on a worker in the protocol of Spark's {@code PythonRunner} (what {@code pyspark.worker.main} reads): the
 * task's header, the function, then its input, written by a thread of its own (as Spark's writer thread) while this
 * one reads the output: Arrow streams after {@code START_ARROW_STREAM}, the timing data, the end of the data section
 * and the accumulators, and last the reuse handshake. A Python exception is Spark's {@code PythonException} with the
 * worker's traceback.
 */
final class PythonRunner {
  private static final int END_OF_DATA_SECTION = -1;
  private static final int PYTHON_EXCEPTION_THROWN = -2;
  private static final int TIMING_DATA = -3;
  private static final int END_OF_STREAM = -4;
  private static final int START_ARROW_STREAM = -6;
  private static final AtomicLong TASK_IDS = new AtomicLong();

  private PythonRunner() {
  }

  /**
   * The task's output, an Arrow IPC stream per batch; whether the worker may serve another task goes to
   * {@code reusable}.
   */
  static List<byte[]> run(PythonWorker worker, PythonTask task, BufferAllocator allocator, boolean[] reusable) {
    AtomicReference<Throwable> writeFailure = new AtomicReference<>();
    Thread writer = new Thread(() -> {
      try {
        write(worker.out, task, worker);
      } catch (IOException e) {
        // the worker went away, mid-input (as after raising in a task of many batches): the reader reads what it
        // wrote before (the exception), as Spark's reader does, and reports this failure only when it found nothing
        writeFailure.set(e);
      } catch (Throwable e) {
        writeFailure.set(e);
        worker.close(); // the reader stops at once, and reports this failure
      }
    }, "ember-python-writer");
    writer.setDaemon(true);
    writer.start();
    // the output is read by a thread of its own, so that this one may be interrupted (a cancelled operation): the
    // worker is then stopped, which ends the reader
    java.util.concurrent.FutureTask<List<byte[]>> reader = new java.util.concurrent.FutureTask<>(() -> {
      List<byte[]> output = read(worker.in, allocator, worker);
      reusable[0] = worker.in.readInt() == END_OF_STREAM;
      return output;
    });
    Thread reading = new Thread(reader, "ember-python-reader");
    reading.setDaemon(true);
    reading.start();
    try {
      List<byte[]> output = reader.get();
      writer.join();
      return output;
    } catch (java.util.concurrent.ExecutionException failure) {
      if (failure.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      IOException e = failure.getCause() instanceof IOException io ? io : new IOException(failure.getCause());
      String errors = worker.errorOutput();
      Throwable written = writeFailure.get();
      if (written != null && !(written instanceof IOException)) {
        throw dev.ember.plan.errors.SparkErrors.internal("Could not send a task to a Python worker: " + written);
      }
      throw pythonException("Python worker exited unexpectedly (crashed): " + (errors.isEmpty()
          ? String.valueOf(written != null ? written : e) : errors));
    } catch (InterruptedException e) {
      worker.close();
      Thread.currentThread().interrupt();
      throw dev.ember.plan.errors.SparkErrors.internal("Interrupted while a Python worker ran.");
    }
  }

  private static void write(DataOutputStream out, PythonTask task, PythonWorker worker) throws IOException {
    out.writeInt(0); // the partition
    writeString(out, task.pythonVersion());
    writeString(out, "{\"isBarrier\": false, \"stageId\": 0, \"partitionId\": 0, \"attemptNumber\": 0, "
        + "\"taskAttemptId\": " + TASK_IDS.incrementAndGet() + ", \"cpus\": 1, \"resources\": {}, "
        + "\"localProperties\": {}}");
    writeString(out, System.getProperty("java.io.tmpdir")); // SparkFiles' root: no files are sent
    out.writeInt(0); // python includes
    out.writeBoolean(false); // no broadcast decryption server
    out.writeInt(0); // broadcast variables
    out.writeInt(task.evalType());
    writeConf(out, task.runnerConf());
    writeConf(out, task.evalConf());
    if (task.function() != null) {
      task.function().writeTo(out);
      task.input().writeTo(out);
      out.writeInt(END_OF_STREAM);
      out.flush();
      return;
    }
    out.writeInt(1); // one function
    out.writeInt(task.argumentOffsets().size());
    for (int i = 0; i < task.argumentOffsets().size(); i++) {
      out.writeInt(task.argumentOffsets().get(i));
      String keyword = i < task.argumentKeywords().size() ? task.argumentKeywords().get(i) : "";
      out.writeBoolean(!keyword.isEmpty());
      if (!keyword.isEmpty()) {
        writeString(out, keyword);
      }
    }
    out.writeInt(1); // not chained
    out.writeInt(task.command().length);
    out.write(task.command());
    out.writeLong(0); // the result id (profiling)
    task.input().writeTo(out);
    out.writeInt(END_OF_STREAM);
    out.flush();
  }

  private static void writeConf(DataOutputStream out, Map<String, String> conf) throws IOException {
    out.writeInt(conf.size());
    for (Map.Entry<String, String> entry : conf.entrySet()) {
      writeString(out, entry.getKey());
      writeString(out, entry.getValue());
    }
  }

  static void writeString(DataOutputStream out, String text) throws IOException {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    out.writeInt(bytes.length);
    out.write(bytes);
  }

  private static List<byte[]> read(DataInputStream in, BufferAllocator allocator, PythonWorker worker)
      throws IOException {
    List<byte[]> output = new ArrayList<>();
    while (true) {
      int marker = in.readInt();
      switch (marker) {
        case START_ARROW_STREAM -> readArrow(in, allocator, output);
        case TIMING_DATA -> {
          for (int i = 0; i < 6; i++) {
            in.readLong(); // boot, init, finish, processing time; memory and disk bytes spilled
          }
        }
        case PYTHON_EXCEPTION_THROWN -> {
          byte[] traceback = in.readNBytes(in.readInt());
          throw raised(new String(traceback, StandardCharsets.UTF_8));
        }
        case END_OF_DATA_SECTION -> {
          int accumulators = in.readInt();
          for (int i = 0; i < accumulators; i++) {
            in.readNBytes(in.readInt());
          }
          return output;
        }
        default -> throw new IOException("unexpected data from the Python worker: " + marker);
      }
    }
  }

  static void readArrow(DataInputStream in, BufferAllocator allocator, List<byte[]> output)
      throws IOException {
    ArrowStreamReader reader = new ArrowStreamReader(new NonClosing(in), allocator);
    try {
      VectorSchemaRoot root = reader.getVectorSchemaRoot();
      while (reader.loadNextBatch()) {
        dev.ember.engine.arrow.SizedByteOutput bytes =
            dev.ember.engine.arrow.SizedByteOutput.forVectors(root.getFieldVectors(), 1);
        try (ArrowStreamWriter writer = new ArrowStreamWriter(root, null, bytes)) {
          writer.start();
          writer.writeBatch();
          writer.end();
        }
        output.add(bytes.bytes());
      }
    } finally {
      reader.close(false);
    }
  }

  /** Spark's {@code PythonException} for what the worker raised: PYTHON_EXCEPTION with the worker's traceback. */
  static EmberException raised(String traceback) {
    String message = "An exception was thrown from the Python worker";
    java.util.Map<String, String> parameters = new java.util.LinkedHashMap<>();
    parameters.put("msg", message);
    parameters.put("traceback", traceback);
    return new EmberException(ErrorKind.PYTHON, "PYTHON_EXCEPTION", "38000", message + ": " + traceback.strip(),
        parameters);
  }

  /** Spark's {@code PythonException} for a worker that is gone: its message only. */
  static EmberException pythonException(String message) {
    return EmberException.withoutErrorClass(ErrorKind.PYTHON, message);
  }

  /** The socket's stream, which the Arrow reader must not close. */
  private static final class NonClosing extends java.io.FilterInputStream {
    NonClosing(java.io.InputStream in) {
      super(in);
    }

    @Override
    public void close() {
    }
  }
}
