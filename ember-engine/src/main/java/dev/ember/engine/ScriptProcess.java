package dev.ember.engine;

import dev.ember.engine.arrow.ArrayReadChannel;
import dev.ember.plan.errors.EmberException;
import dev.ember.plan.errors.ErrorKind;
import dev.ember.plan.types.StructType;
import dev.ember.plan.usercode.PartitionFunction;
import dev.ember.plan.usercode.UserCodeContext;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.ipc.ArrowStreamReader;
import org.apache.arrow.vector.ipc.ArrowStreamWriter;

/**
 * The script of a {@code SELECT TRANSFORM}, run as Spark runs it without a Hive serde ({@code /bin/bash -c script}):
 * the input's one column holds each row's text, written to the script's standard input a line each, while another
 * thread reads its standard output; each line read is split on the output's field delimiter (a Java regular
 * expression, as Spark's {@code String.split}) into the output's columns ({@link ScriptFields}). A script that exits
 * with a status other than 0 fails the query with its standard error, as Spark's.
 */
public final class ScriptProcess implements PartitionFunction {
  private static final int BATCH_ROWS = 4096;
  /** How much of the script's standard error a failure carries, as Spark's buffer of it. */
  private static final int ERROR_CHARACTERS = 100 * 1024;

  private final String script;
  private final ScriptFields fields;

  public ScriptProcess(String script, ScriptFields fields) {
    this.script = script;
    this.fields = fields;
  }

  @Override
  public StructType outputSchema() {
    return fields.schema();
  }

  @Override
  public Iterator<byte[]> apply(Iterator<byte[]> rows, StructType inputSchema, UserCodeContext context) {
    Process process;
    try {
      process = new ProcessBuilder("/bin/bash", "-c", script).start();
    } catch (IOException e) {
      throw failure("Cannot run program \"/bin/bash\": " + e.getMessage());
    }
    AtomicReference<Throwable> writeFailure = new AtomicReference<>();
    AtomicReference<Throwable> readFailure = new AtomicReference<>();
    Thread writer = new Thread(() -> write(rows, process.getOutputStream(), writeFailure), "ember-script-writer");
    StringBuilder errors = new StringBuilder();
    Thread errorReader = new Thread(() -> drain(process, errors), "ember-script-stderr");
    List<byte[]> output = new ArrayList<>();
    Thread outputReader = new Thread(() -> read(process, output, readFailure), "ember-script-reader");
    for (Thread thread : List.of(writer, errorReader, outputReader)) {
      thread.setDaemon(true);
      thread.start();
    }
    try {
      // the calling thread waits, so that cancelling the operation (an interrupt) stops the script at once
      outputReader.join();
      int status = process.waitFor();
      writer.join();
      errorReader.join();
      if (status != 0) {
        String error;
        synchronized (errors) {
          error = errors.toString();
        }
        throw new EmberException(ErrorKind.SPARK, "_LEGACY_ERROR_TEMP_2264", null,
            "Subprocess exited with status " + status + ". Error: " + error + ".",
            java.util.Map.of("exitCode", Integer.toString(status), "stderrBuffer", error));
      }
      Throwable failed = readFailure.get() != null ? readFailure.get() : writeFailure.get();
      if (failed != null) {
        throw failure("Failed to exchange rows with the script: " + failed.getMessage());
      }
      return output.iterator();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw failure("The script was interrupted.");
    } finally {
      process.destroyForcibly();
    }
  }

  /** Reads the script's output lines into Arrow batches of the output's columns. */
  private void read(Process process, List<byte[]> output, AtomicReference<Throwable> failure) {
    try (BufferAllocator allocator = new RootAllocator();
        BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(),
            StandardCharsets.UTF_8))) {
      List<String[]> batch = new ArrayList<>();
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        batch.add(fields.split(line));
        if (batch.size() == BATCH_ROWS) {
          output.add(fields.write(allocator, batch));
          batch.clear();
        }
      }
      if (!batch.isEmpty() || output.isEmpty()) {
        output.add(fields.write(allocator, batch));
      }
    } catch (IOException | RuntimeException e) {
      failure.set(e);
    }
  }

  /** Writes each input row's text, a line each (an error the script's exit status reports is not the writer's). */
  private static void write(Iterator<byte[]> rows, OutputStream stream, AtomicReference<Throwable> failure) {
    try (OutputStream input = stream; BufferAllocator allocator = new RootAllocator()) {
      ByteArrayOutputStream buffer = new ByteArrayOutputStream();
      while (rows.hasNext()) {
        try (ArrowStreamReader reader = new ArrowStreamReader(new ArrayReadChannel(rows.next()), allocator)) {
          VectorSchemaRoot root = reader.getVectorSchemaRoot();
          while (reader.loadNextBatch()) {
            VarCharVector lines = (VarCharVector) root.getVector(0);
            for (int row = 0; row < root.getRowCount(); row++) {
              buffer.write(lines.get(row));
              buffer.write('\n');
            }
            buffer.writeTo(input);
            buffer.reset();
          }
        }
      }
    } catch (IOException e) {
      // the script closed its input early (head, a failure): its exit status tells
      if (!String.valueOf(e.getMessage()).contains("Broken pipe") && !String.valueOf(e.getMessage())
          .contains("Stream closed")) {
        failure.set(e);
      }
    } catch (RuntimeException e) {
      failure.set(e);
    }
  }

  private static void drain(Process process, StringBuilder errors) {
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getErrorStream(),
        StandardCharsets.UTF_8))) {
      char[] chunk = new char[4096];
      for (int read = reader.read(chunk); read >= 0; read = reader.read(chunk)) {
        synchronized (errors) {
          errors.append(chunk, 0, read);
          if (errors.length() > ERROR_CHARACTERS) {
            errors.delete(0, errors.length() - ERROR_CHARACTERS);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A failure to run or talk to the script: a plain IOException, as Java's process streams raise. */
  private static EmberException failure(String message) {
    return EmberException.withoutErrorClass(ErrorKind.JAVA_IO, message);
  }

  /** The bytes of an Arrow IPC stream {@code root} is written to. */
  static byte[] ipc(VectorSchemaRoot root) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ArrowStreamWriter writer = new ArrowStreamWriter(root, null, bytes)) {
      writer.start();
      writer.writeBatch();
      writer.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }
}
