package dev.ember.cli.shell;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jline.terminal.Terminal;

/**
 * While a statement runs longer than a second, a status line on the terminal with the time it has run
 * ({@code [running 3.5 s, Ctrl-C cancels]}), cleared before the result is printed.
 */
final class ProgressLine implements AutoCloseable {
  private static final long FIRST_MILLIS = 1000;
  private static final long EVERY_MILLIS = 500;

  private final Terminal terminal;
  private final long start = System.nanoTime();
  private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(task -> {
    Thread thread = new Thread(task, "ember-sql-progress");
    thread.setDaemon(true);
    return thread;
  });
  private boolean shown;
  private boolean stopped;

  ProgressLine(Terminal terminal) {
    this.terminal = terminal;
    timer.scheduleAtFixedRate(this::show, FIRST_MILLIS, EVERY_MILLIS, TimeUnit.MILLISECONDS);
  }

  private synchronized void show() {
    if (stopped) {
      return;
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    terminal.writer().print(String.format("\r[running %.1f s, Ctrl-C cancels]", seconds));
    terminal.writer().flush();
    shown = true;
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
