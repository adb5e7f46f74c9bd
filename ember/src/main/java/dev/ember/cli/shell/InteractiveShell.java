package dev.ember.cli.shell;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;

/**
 * The interactive shell: JLine line editing and completion, history kept in a file across runs, statements over
 * several lines until one ends with {@code ;}. Ctrl-C while a statement runs cancels it (interruptAll on the
 * session) and the shell goes on; Ctrl-C at a prompt drops the line typed, a second one at an empty prompt, or
 * Ctrl-D, or {@code quit;} / {@code exit;}, ends the shell.
 */
public final class InteractiveShell {
  private final SparkSession spark;
  private final Terminal terminal;
  private final Path history;
  private final StatementRunner runner;
  /** How far the running statement is, when the engine tells (embedded); empty otherwise. */
  private final java.util.function.Supplier<java.util.Optional<Double>> progress;

  public InteractiveShell(SparkSession spark, Terminal terminal, Path history, OutputFormat format, boolean header,
      java.util.function.Supplier<java.util.Optional<Double>> progress) {
    this.spark = spark;
    this.progress = progress;
    this.terminal = terminal;
    this.history = history;
    PrintStream out = new PrintStream(terminal.output(), true, terminal.encoding());
    this.runner = new StatementRunner(spark, out, out, format, header);
  }

  /** Reads and runs statements until the user leaves; the exit code of the last statement. */
  public int run() throws IOException {
    SqlCompleter completer = new SqlCompleter(spark);
    LineReader reader = LineReaderBuilder.builder().terminal(terminal).appName("ember-sql")
        .parser(new SqlLineParser()).completer(completer)
        .variable(LineReader.HISTORY_FILE, history)
        .variable(LineReader.HISTORY_FILE_SIZE, 10_000)
        .variable(LineReader.SECONDARY_PROMPT_PATTERN, "%P > ")
        .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
        .option(LineReader.Option.HISTORY_TIMESTAMPED, false)
        .build();
    int last = 0;
    boolean interruptedAtEmptyPrompt = false;
    try {
      while (true) {
        String text;
        try {
          text = reader.readLine(prompt());
          interruptedAtEmptyPrompt = false;
        } catch (UserInterruptException interrupt) {
          if (interrupt.getPartialLine().isBlank()) {
            if (interruptedAtEmptyPrompt) {
              break;
            }
            interruptedAtEmptyPrompt = true;
            terminal.writer().println("(press Ctrl-C again or Ctrl-D to exit)");
          }
          continue;
        } catch (EndOfFileException end) {
          break;
        }
        if (SqlLineParser.isQuit(text)) {
          break;
        }
        for (String statement : StatementSplitter.split(text)) {
          last = runCancellable(statement);
          completer.refresh();
        }
        reader.getHistory().save();
      }
    } finally {
      reader.getHistory().save();
    }
    return last;
  }

  private int runCancellable(String statement) {
    Terminal.SignalHandler previous = terminal.handle(Terminal.Signal.INT, signal -> {
      terminal.writer().println("Cancelling the running query (Ctrl-C)...");
      terminal.writer().flush();
      runner.cancel();
    });
    try (ProgressLine progress = new ProgressLine(terminal, this.progress)) {
      return runner.run(statement, progress::clear);
    } finally {
      terminal.handle(Terminal.Signal.INT, previous);
    }
  }

  private String prompt() {
    String database;
    try {
      database = spark.catalog().currentDatabase();
    } catch (Exception unavailable) {
      database = "?";
    }
    return "ember-sql (" + database + ")> ";
  }
}
