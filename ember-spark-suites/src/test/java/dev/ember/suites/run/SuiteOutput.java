package dev.ember.suites.run;

import dev.ember.suites.Outcome;
import dev.ember.suites.Ratchet;
import dev.ember.suites.ResultsFile;
import dev.ember.suites.SuiteKind;
import dev.ember.suites.TestResult;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Where a run of one suite kind goes: {@code target/spark-suites/<engine>/<file>} always, the committed
 * {@code results/<engine>/<file>} with {@code -Dember.suites.record=true}, and for Ember the ratchet
 * {@code ratchet/<file without .tsv>.txt}.
 */
public final class SuiteOutput {
  public static final String RECORD_PROPERTY = "ember.suites.record";
  /** The module directory (set by the build; the working directory otherwise). */
  private static final Path MODULE = Path.of(System.getProperty("ember.suites.dir", "."));

  private SuiteOutput() {
  }

  /** Writes the results and returns the ratchet's verdict (an empty one for a reference run). */
  public static Ratchet.Verdict publish(SuiteEngine engine, SuiteKind kind, List<TestResult> results) {
    writeRun(engine, kind, results);
    if (Boolean.getBoolean(RECORD_PROPERTY)) {
      ResultsFile.write(MODULE.resolve("results").resolve(engine.name()).resolve(kind.fileName()),
          withoutMachinePaths(results));
    }
    System.out.println(kind.title() + " on " + engine.name() + ": " + summary(results));
    if (!engine.isEmber()) {
      return new Ratchet.Verdict(List.of(), List.of());
    }
    Path list = MODULE.resolve("ratchet").resolve(kind.fileName().replace(".tsv", ".txt"));
    Ratchet.Verdict verdict = new Ratchet(list).check(results);
    String described = verdict.describe(list);
    if (!described.isEmpty()) {
      System.out.println(described);
    }
    return verdict;
  }

  /**
   * The results as committed: a failure's detail that names a file of this checkout (a location, a missing path)
   * names it under {@code <checkout>}, not this machine's directory.
   */
  static List<TestResult> withoutMachinePaths(List<TestResult> results) {
    String checkout = MODULE.toAbsolutePath().normalize().getParent().toString();
    return results.stream().map(result -> result.detail().contains(checkout) ? new TestResult(result.suite(),
        result.test(), result.outcome(), result.reason(), result.detail().replace(checkout, "<checkout>")) : result)
        .toList();
  }

  /** Writes a run (also a partial one) under {@code target/spark-suites} only. */
  public static void writeRun(SuiteEngine engine, SuiteKind kind, List<TestResult> results) {
    ResultsFile.write(MODULE.resolve("target/spark-suites").resolve(engine.name()).resolve(kind.fileName()), results);
  }

  /** "N tests: P passed, F failed, S skipped". */
  public static String summary(List<TestResult> results) {
    Map<Outcome, Long> counts = results.stream()
        .collect(Collectors.groupingBy(TestResult::outcome, TreeMap::new, Collectors.counting()));
    return results.size() + " tests: " + counts.getOrDefault(Outcome.PASSED, 0L) + " passed, "
        + counts.getOrDefault(Outcome.FAILED, 0L) + " failed, " + counts.getOrDefault(Outcome.SKIPPED, 0L) + " skipped";
  }
}
