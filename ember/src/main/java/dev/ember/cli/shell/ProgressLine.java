package dev.ember.cli.shell;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.jline.terminal.Terminal;

/**
 * While a statement runs longer than a second, a status line on the terminal with the time it has run and, where the
 * engine tells how far its query is (embedded, DuckDB's progress), a bar ({@code [=====>    ] 52% 3.5 s, Ctrl-C
 * cancels}); cleared before the result is printed.
 */
final class ProgressLine implements AutoCloseable {
  private static final long FIRST_MILLIS = 1000;
  private static final long EVERY_MILLIS = 500;

  private static final int BAR_WIDTH = 30;

  private final Terminal terminal;
  private final Supplier<Optional<Double>> progress;
  private final long start = System.nanoTime();
  private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(task -> {
    Thread thread = new Thread(task, "ember-sql-progress");
    thread.setDaemon(true);
    return thread;
  });
  private boolean shown;
  private boolean stopped;

  ProgressLine(Terminal terminal, Supplier<Optional<Double>> progress) {
    this.terminal = terminal;
    this.progress = progress;
    timer.scheduleAtFixedRate(this::show, FIRST_MILLIS, EVERY_MILLIS, TimeUnit.MILLISECONDS);
  }

  private synchronized void show() {
    if (stopped) {
      return;
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    terminal.writer().print("\r" + text(progress.get(), seconds) + "\033[K");
    terminal.writer().flush();
    shown = true;
  }

  /** The status line: a bar of {@code fraction} when known, the seconds run, how to cancel. */
  static String text(Optional<Double> fraction, double seconds) {
    if (fraction.isEmpty()) {
      return String.format(Locale.ROOT, "[running %.1f s, Ctrl-C cancels]", seconds);
    }
    double done = Math.max(0, Math.min(1, fraction.get()));
    int filled = (int) Math.round(done * BAR_WIDTH);
    String bar = "=".repeat(filled) + (filled < BAR_WIDTH ? ">" + " ".repeat(BAR_WIDTH - filled - 1) : "");
    return String.format(Locale.ROOT, "[%s] %3d%% %.1f s, Ctrl-C cancels", bar, Math.round(done * 100), seconds);
  }

  /** Stops the status line and erases it, before the statement's result is printed. */
  synchronized void clear() {
    stopped = true;
    timer.shutdownNow();
    if (shown) {
      terminal.writer().print("\r\033[K");
      terminal.writer().flush();
      shown = false;
    }
  }

  @Override
  public void close() {
    clear();
  }
}
