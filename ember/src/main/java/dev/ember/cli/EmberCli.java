package dev.ember.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code bin/ember}: run Ember as a Spark Connect server, run an unchanged Spark job on it, or its SQL shell. */
@Command(name = "ember", mixinStandardHelpOptions = true, version = "Ember 0.1.0 (Spark 4.2.0 API)",
    description = "Spark's API on one machine, on embedded DuckDB.",
    subcommands = {ServerCommand.class, SubmitCommand.class, SqlCommand.class},
    footer = {"", "'ember COMMAND --help' lists a command's options, e.g. ember sql --help.",
        "Examples:", "  ember server --port 15002", "  ember submit --class com.acme.Job app.jar arg1",
        "  ember sql -e \"SELECT 1\""})
public final class EmberCli implements Runnable {
  @CommandLine.Spec
  private CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  public static void main(String[] args) {
    System.exit(new CommandLine(new EmberCli()).execute(args));
  }
}
