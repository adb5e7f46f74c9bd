package dev.ember.suites;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A results file: one {@link TestResult} a line, tab-separated
 * ({@code suite, test, outcome, reason, detail}), sorted by suite and test so that runs diff cleanly.
 */
public final class ResultsFile {
  private static final String HEADER = "suite\ttest\toutcome\treason\tdetail";

  private ResultsFile() {
  }

  public static void write(Path file, List<TestResult> results) {
    List<String> lines = new ArrayList<>();
    lines.add(HEADER);
    results.stream()
        .sorted(Comparator.comparing(TestResult::suite).thenComparing(TestResult::test))
        .forEach(result -> lines.add(String.join("\t", result.suite(), result.test(), result.outcome().name(),
            result.reason(), result.detail())));
    try {
      if (file.getParent() != null) {
        Files.createDirectories(file.getParent());
      }
      Files.write(file, lines, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static List<TestResult> read(Path file) {
    try {
      List<TestResult> results = new ArrayList<>();
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        if (line.isBlank() || line.equals(HEADER)) {
          continue;
        }
        String[] fields = line.split("\t", -1);
        if (fields.length != 5) {
          throw new IllegalArgumentException(file + ": not a results line: " + line);
        }
        results.add(new TestResult(fields[0], fields[1], Outcome.valueOf(fields[2]), fields[3], fields[4]));
      }
      return results;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
