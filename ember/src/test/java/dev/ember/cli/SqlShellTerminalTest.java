package dev.ember.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The interactive {@code ember sql} shell through a real pseudo-terminal ({@code script} from util-linux runs it
 * on a pty; the test types into the pty and reads what the terminal shows): typing, TAB completion of a table,
 * a statement over two lines, Ctrl-C during a long query cancels it and the shell goes on, Ctrl-C twice at an
 * empty prompt leaves, and the history is there after a restart (Up arrow), Ctrl-D leaves.
 */
class SqlShellTerminalTest {
  private static final Pattern ESCAPES = Pattern.compile("\u001B\\[[0-9;?]*[A-Za-z]|\u001B[=>]|\r");
  private static final Duration WAIT = Duration.ofSeconds(60);

  @TempDir
  Path directory;

  @Test
  @Timeout(180)
  void typeCompleteCancelAndRecallHistoryAcrossRestarts() throws Exception {
    Path history = directory.resolve("history");
    try (Shell shell = Shell.start(history)) {
      shell.awaitScreen("ember-sql (default)> ");
      shell.type("CREATE TEMPORARY VIEW shell_people AS SELECT 7 AS id, 'ann' AS name;\r");
      shell.awaitScreen("Time taken: ");
      // TAB completes the view's name from the catalog
      shell.type("SELECT id FROM shell_peo\t");
      shell.awaitScreen("SELECT id FROM shell_people");
      shell.type(";\r");
      shell.awaitScreen("Fetched 1 row(s)");
      // a statement goes on until a line ends with ;
      shell.type("SELECT 40 +\r");
      shell.awaitScreen("                   > ");
      shell.type("2 AS answer;\r");
      shell.awaitScreen("\n42\n");
      // Ctrl-C cancels the running query, not the shell
      shell.type("SELECT sum(id % 7) AS s FROM range(100000000000);\r");
      // the status line: a bar of DuckDB's progress (embedded, the engine tells how far the query is)
      shell.awaitScreen("] ");
      shell.awaitScreen("Ctrl-C cancels");
      shell.type("\u0003");
      shell.awaitScreen("[OPERATION_CANCELED]");
      shell.type("SELECT 'still here' AS answer;\r");
      shell.awaitScreen("\nstill here\n");
      shell.awaitScreen("ember-sql (default)> ");
      // Ctrl-C at an empty prompt warns, a second one leaves
      shell.type("\u0003");
      shell.awaitScreen("(press Ctrl-C again or Ctrl-D to exit)");
      shell.awaitScreen("ember-sql (default)> ");
      shell.type("\u0003");
      assertThat(shell.exitCode()).isZero();
    }
    assertThat(Files.readAllLines(history)).contains("SELECT id FROM shell_people ;", "SELECT 'still here' AS answer;");
    try (Shell shell = Shell.start(history)) {
      shell.awaitScreen("ember-sql (default)> ");
      // Up, as a terminal in JLine's keypad (application cursor) mode sends it
      shell.type("\u001BOA");
      shell.awaitScreen("SELECT 'still here' AS answer;");
      shell.type("\u0015\u0004");
      assertThat(shell.exitCode()).isZero();
    }
  }

  /** {@code ember sql} on a pseudo-terminal, with what the terminal shows so far (escape sequences removed). */
  private static final class Shell implements AutoCloseable {
    private final Process process;
    private final OutputStream keys;
    private final StringBuffer screen = new StringBuffer();
    private int mark;

    private Shell(Process process) {
      this.process = process;
      this.keys = process.getOutputStream();
      Thread reader = new Thread(() -> {
        try (InputStream in = process.getInputStream()) {
          byte[] buffer = new byte[8192];
          for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
            screen.append(new String(buffer, 0, read, StandardCharsets.UTF_8));
          }
        } catch (IOException closed) {
          screen.append("\n<terminal closed: ").append(closed.getMessage()).append(">");
        }
      }, "pty-reader");
      reader.setDaemon(true);
      reader.start();
    }

    static Shell start(Path history) throws IOException {
      List<String> java = new ArrayList<>();
      java.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
      java.add("--add-opens=java.base/java.nio=ALL-UNNAMED");
      java.add("--add-opens=java.base/sun.util.calendar=ALL-UNNAMED");
      // a warehouse of its own: the test JVM's engine holds the lock of the module's warehouse
      java.add("-Dspark.sql.warehouse.dir=" + history.resolveSibling("warehouse"));
      java.add("-cp");
      java.add(System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")));
      java.add(EmberCli.class.getName());
      java.add("sql");
      java.add("--history");
      java.add(history.toString());
      // a pty that script opens has no size: the shell is given 200 columns; SIGINT back to its default, as in a
      // terminal (a build started in the background by a non-interactive shell inherits it ignored, and a JVM
      // started so cannot handle Ctrl-C)
      String command = "stty cols 200 rows 50; exec env --default-signal=INT "
          + String.join(" ", java.stream().map(Shell::quoted).toList());
      ProcessBuilder builder = new ProcessBuilder("script", "-qefc", command, "/dev/null");
      builder.environment().put("TERM", "xterm");
      builder.redirectErrorStream(true);
      return new Shell(builder.start());
    }

    void type(String text) throws IOException {
      keys.write(text.getBytes(StandardCharsets.UTF_8));
      keys.flush();
    }

    /** Waits until {@code text} is on the screen after what the last wait found. */
    void awaitScreen(String text) throws InterruptedException {
      long deadline = System.nanoTime() + WAIT.toNanos();
      while (System.nanoTime() < deadline) {
        String shown = shown();
        int at = shown.indexOf(text, mark);
        if (at >= 0) {
          mark = at + text.length();
          return;
        }
        if (!process.isAlive() && shown().indexOf(text, mark) < 0) {
          break;
        }
        Thread.sleep(50);
      }
      throw new AssertionError("the terminal never showed \"" + text + "\"; it shows:\n" + shown().substring(mark));
    }

    int exitCode() throws InterruptedException {
      assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("the shell ended; the terminal shows:\n" + shown()).isTrue();
      return process.exitValue();
    }

    private String shown() {
      return ESCAPES.matcher(screen.toString()).replaceAll("");
    }

    private static String quoted(String word) {
      return "'" + word.replace("'", "'\\''") + "'";
    }

    @Override
    public void close() throws InterruptedException {
      if (process.isAlive()) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
      }
    }
  }
}
