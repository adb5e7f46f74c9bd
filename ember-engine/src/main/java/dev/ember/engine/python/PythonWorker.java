package dev.ember.engine.python;

import dev.ember.plan.errors.SparkErrors;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * One Python process running PySpark's worker, connected back to this JVM as Spark's {@code PythonWorkerFactory}
 * connects a worker: a local server socket, the port and a secret in the worker's environment, the secret checked
 * ({@code pyspark.util.local_connect_and_auth}), then the worker's pid. The process loops over
 * {@code pyspark.worker.main}, one task after another while each ends with the reuse handshake (flushing its
 * output after each, as PySpark's daemon does); a task that fails
 * ends the process (the worker exits after reporting the exception), and so does the socket closing.
 */
final class PythonWorker implements AutoCloseable {
  /** The worker's main loop ({@code ember_worker.py}): PySpark's own worker, reading tasks until the socket closes. */
  private static final String LAUNCHER = launcher();
  private static final int CONNECT_TIMEOUT_MILLIS = 60_000;
  private static final int ERROR_TAIL_BYTES = 8 * 1024;

  private final String python;
  private final Process process;
  private final Socket socket;
  private final Path errorFile;
  final DataInputStream in;
  final DataOutputStream out;

  private PythonWorker(String python, Process process, Socket socket, Path errorFile) throws IOException {
    this.python = python;
    this.process = process;
    this.socket = socket;
    this.errorFile = errorFile;
    // a task's last small write goes out at once, not held by Nagle's algorithm until the worker's delayed
    // acknowledgement (~40 ms a task on Linux's loopback); the worker sets the same on its end (ember_worker.py)
    socket.setTcpNoDelay(true);
    this.in = new DataInputStream(new BufferedInputStream(socket.getInputStream(), 65_536));
    this.out = new DataOutputStream(new BufferedOutputStream(socket.getOutputStream(), 65_536));
  }

  String python() {
    return python;
  }

  private static String launcher() {
    try (java.io.InputStream in = PythonWorker.class.getResourceAsStream("ember_worker.py")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException | NullPointerException e) {
      throw new IllegalStateException("ember_worker.py is missing from Ember's classes", e);
    }
  }

  static PythonWorker start(String python) {
    String secret = HexFormat.of().formatHex(new SecureRandom().generateSeed(32));
    Path errorFile;
    Process process;
    try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      server.setSoTimeout(200);
      errorFile = Files.createTempFile("ember-python-worker", ".err");
      errorFile.toFile().deleteOnExit();
      ProcessBuilder builder = new ProcessBuilder(python, "-c", LAUNCHER)
          .redirectOutput(ProcessBuilder.Redirect.DISCARD)
          .redirectError(errorFile.toFile());
      builder.environment().put("PYTHON_WORKER_FACTORY_PORT", Integer.toString(server.getLocalPort()));
      builder.environment().put("PYTHON_WORKER_FACTORY_SECRET", secret);
      builder.environment().remove("PYTHON_WORKER_FACTORY_SOCK_PATH");
      builder.environment().put("PYTHONUNBUFFERED", "YES");
      // spark.sql.execution.pyspark.udf.simplifiedTraceback.enabled (true by default): no frames of PySpark itself
      builder.environment().put("SPARK_SIMPLIFIED_TRACEBACK", "1");
      try {
        process = builder.start();
      } catch (IOException e) {
        Files.deleteIfExists(errorFile);
        // as Spark's worker factory fails (java.io.IOException from ProcessBuilder)
        throw dev.ember.plan.errors.EmberException.withoutErrorClass(dev.ember.plan.errors.ErrorKind.JAVA_IO,
            e.getMessage() + " (the Python of Python UDFs: PYSPARK_PYTHON, spark.sql.execution.pyspark.python)");
      }
      long deadline = System.currentTimeMillis() + CONNECT_TIMEOUT_MILLIS;
      while (true) {
        try {
          Socket socket = server.accept();
          PythonWorker worker = new PythonWorker(python, process, socket, errorFile);
          worker.authenticate(secret);
          worker.in.readInt(); // the worker's pid
          return worker;
        } catch (SocketTimeoutException e) {
          if (!process.isAlive() || System.currentTimeMillis() > deadline) {
            process.destroyForcibly();
            String output = tail(errorFile);
            Files.deleteIfExists(errorFile);
            throw PythonRunner.pythonException("The Python worker (" + python + ") did not connect back: "
                + output);
          }
        }
      }
    } catch (IOException e) {
      throw SparkErrors.internal("Could not start a Python worker: " + e.getMessage());
    }
  }

  private void authenticate(String secret) throws IOException {
    int length = in.readInt();
    if (length < 0 || length > 1024) {
      throw new IOException("unexpected authentication from the Python worker");
    }
    String sent = new String(in.readNBytes(length), StandardCharsets.UTF_8);
    if (!sent.equals(secret)) {
      throw new IOException("the Python worker sent another secret");
    }
    byte[] ok = "ok".getBytes(StandardCharsets.UTF_8);
    out.writeInt(ok.length);
    out.write(ok);
    out.flush();
  }

  /** The end of what the worker wrote to its standard error (why it could not start, or crashed). */
  String errorOutput() {
    try {
      process.waitFor(1, java.util.concurrent.TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return tail(errorFile);
  }

  private static String tail(Path file) {
    try {
      byte[] bytes = Files.readAllBytes(file);
      int from = Math.max(0, bytes.length - ERROR_TAIL_BYTES);
      return new String(bytes, from, bytes.length - from, StandardCharsets.UTF_8).strip();
    } catch (IOException e) {
      return "";
    }
  }

  /** Whether {@link #close} ran (from any thread: a cancelled or failed task's, or the JVM's exit). */
  boolean isClosed() {
    return socket.isClosed();
  }

  @Override
  public void close() {
    try {
      socket.close();
    } catch (IOException ignored) {
      // the worker exits when its socket closes; it is destroyed below in any case
    }
    process.destroy();
    try {
      Files.deleteIfExists(errorFile);
    } catch (IOException ignored) {
      // a temporary file
    }
  }
}
