package dev.ember.cli;

import dev.ember.Ember;
import dev.ember.cli.shell.InteractiveShell;
import dev.ember.cli.shell.OutputFormat;
import dev.ember.cli.shell.StatementRunner;
import dev.ember.cli.shell.StatementSplitter;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.spark.sql.SparkSession;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ember sql}: Spark's {@code spark-sql} shell on Ember, on the embedded engine or on a Spark Connect server
 * ({@code --remote sc://host:port}). Without {@code -e} or {@code -f} it reads statements interactively.
 */
@Command(name = "sql", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Run SQL as Spark's spark-sql shell does: interactively (line editing, history, completion), "
        + "or the statements of -e or -f.",
        "Rows are printed tab-separated on stdout and \"Time taken: S seconds, Fetched N row(s)\" on stderr per "
            + "statement; a failing statement prints Spark's error (with its error class) on stderr and ends -e/-f "
            + "with exit code 1. Ctrl-C cancels the running statement; Ctrl-C twice at an empty prompt, Ctrl-D or "
            + "quit; leaves."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:every statement succeeded", "1:a statement failed", "2:bad command line",
        "3:a file of -f or -i cannot be read"})
final class SqlCommand implements Callable<Integer> {
  /** JLine's own notices (e.g. about the terminal it falls back to) stay out of the shell's output. */
  private static final Logger JLINE_LOG = Logger.getLogger("org.jline");

  @Option(names = {"-e", "--execute"}, paramLabel = "SQL",
      description = "Run these statements (separated by ;) and exit.")
  private String execute;

  @Option(names = {"-f", "--file"}, paramLabel = "FILE", description = "Run the statements of this file and exit.")
  private Path file;

  @Option(names = {"-i", "--init"}, paramLabel = "FILE",
      description = "Run the statements of this file first (repeatable).")
  private List<Path> initFiles = new ArrayList<>();

  @Option(names = "--conf", paramLabel = "KEY=VALUE",
      description = "A Spark conf of the session, e.g. spark.sql.ansi.enabled=false (repeatable). "
          + "spark.sql.cli.print.header=true prints the column names before the rows.")
  private Map<String, String> conf = new LinkedHashMap<>();

  @Option(names = {"-d", "--database"}, paramLabel = "DB", description = "The database to USE first.")
  private String database;

  @Option(names = "--remote", paramLabel = "URL",
      description = "A Spark Connect server (sc://host:port[/;token=...]) instead of the embedded engine.")
  private String remote;

  @Option(names = {"-o", "--output"}, paramLabel = "FORMAT", defaultValue = "tsv",
      description = "How results are printed: tsv (spark-sql's tab-separated rows, the default), csv (with a header),"
          + " json (one object per row) or table (as Dataset.show()).")
  private String output;

  @Option(names = "--history", paramLabel = "FILE",
      description = "The interactive shell's history file (default: $EMBER_HISTORY or ~/.ember_history).")
  private Path history;

  private final InputStream in;
  private final PrintStream out;
  private final PrintStream err;
  private final boolean terminal;

  SqlCommand() {
    this(System.in, System.out, System.err, System.console() != null);
  }

  /** A shell on these streams; {@code terminal}: whether they are a terminal (else stdin is read as a script). */
  SqlCommand(InputStream in, PrintStream out, PrintStream err, boolean terminal) {
    this.in = in;
    this.out = out;
    this.err = err;
    this.terminal = terminal;
  }

  @Override
  public Integer call() throws IOException {
    OutputFormat format;
    try {
      format = OutputFormat.valueOf(output.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException unknown) {
      err.println("ember sql: unknown output format " + output + " (tsv, csv, json or table)");
      return 2;
    }
    if (execute != null && file != null) {
      err.println("ember sql: -e and -f cannot be used together");
      return 2;
    }
    boolean header = Boolean.parseBoolean(conf.getOrDefault("spark.sql.cli.print.header", "false"));
    SparkSession spark = session();
    try {
      StatementRunner runner = new StatementRunner(spark, out, err, format, header);
      if (database != null) {
        int used = runner.runQuietly("USE " + database);
        if (used != 0) {
          return used;
        }
      }
      for (Path init : initFiles) {
        int code = runFile(runner, init);
        if (code != 0) {
          return code;
        }
      }
      if (execute != null) {
        return runScript(runner, execute);
      }
      if (file != null) {
        return runFile(runner, file);
      }
      if (!terminal) {
        // statements piped in (bin/ember sql < script.sql): a script, not a terminal session
        return runScript(runner, new String(in.readAllBytes(), StandardCharsets.UTF_8));
      }
      JLINE_LOG.setLevel(Level.SEVERE);
      try (Terminal terminal = TerminalBuilder.builder().name("ember-sql").system(true).build()) {
        // embedded, the engine tells how far DuckDB is; the Connect client has no way to ask a server
        String sessionId = ((org.apache.spark.sql.connect.SparkSession) spark).sessionId();
        java.util.function.Supplier<java.util.Optional<Double>> progress = remote == null
            ? () -> Ember.progressOf(sessionId) : java.util.Optional::empty;
        return new InteractiveShell(spark, terminal, historyFile(), format, header, progress).run();
      }
    } finally {
      spark.close();
    }
  }

  private SparkSession session() {
    if (remote != null) {
      SparkSession.Builder builder = SparkSession.builder().remote(remote);
      conf.forEach(builder::config);
      return builder.create();
    }
    Ember.Builder builder = Ember.builder();
    conf.forEach(builder::config);
    return builder.create();
  }

  private int runFile(StatementRunner runner, Path script) {
    String text;
    try {
      text = Files.readString(script, StandardCharsets.UTF_8);
    } catch (NoSuchFileException missing) {
      err.println("Could not open input file for reading. (" + script + " (No such file or directory))");
      return 3;
    } catch (IOException unreadable) {
      err.println("Could not open input file for reading. (" + unreadable.getMessage() + ")");
      return 3;
    }
    return runScript(runner, text);
  }

  /** Runs the statements one after the other; the first that fails ends the script, as in spark-sql. */
  static int runScript(StatementRunner runner, String script) {
    for (String statement : StatementSplitter.split(script)) {
      int code = runner.run(statement);
      if (code != 0) {
        return code;
      }
    }
    return 0;
  }

  private Path historyFile() {
    if (history != null) {
      return history;
    }
    String fromEnvironment = System.getenv("EMBER_HISTORY");
    if (fromEnvironment != null && !fromEnvironment.isBlank()) {
      return Path.of(fromEnvironment);
    }
    return Path.of(System.getProperty("user.home"), ".ember_history");
  }
}
