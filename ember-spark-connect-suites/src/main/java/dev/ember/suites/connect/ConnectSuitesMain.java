package dev.ember.suites.connect;

import dev.ember.suites.Outcome;
import dev.ember.suites.Ratchet;
import dev.ember.suites.ResultsFile;
import dev.ember.suites.SuiteKind;
import dev.ember.suites.TestResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the Spark Connect JVM client's own server-backed suites against the engine under test
 * ({@code -Dember.suites.engine=ember|spark-connect}), each in its own JVM through a generated Spark
 * home, and writes their results; for Ember, checks the ratchet. {@code -Dember.suites.only=A,B} runs
 * some suites only (nothing recorded, no ratchet); {@code -Dember.suites.tests=text} with it runs only their
 * tests whose names hold the text (ScalaTest's {@code -z}).
 */
public final class ConnectSuitesMain {
  private static final String SUITE_LEVEL = "(suite)";

  private ConnectSuitesMain() {
  }

  public static void main(String[] args) {
    SuiteEngineKind engine = SuiteEngineKind.named(System.getProperty("ember.suites.engine", "ember"));
    Path module = Path.of(System.getProperty("ember.suites.module")).toAbsolutePath().normalize();
    Path build = Path.of(System.getProperty("ember.suites.build"));
    Path repository = module.getParent();
    SuitesClasspath classpath = SuitesClasspath.read(build.resolve("suites-classpath.txt"),
        Path.of(System.getProperty("ember.suites.relocated")));
    Path sparkHome = SparkHomeLayout.create(build.resolve("spark-home-" + engine.directory()), engine, classpath,
        repository, Path.of(System.getProperty("spark.ref.home")).toAbsolutePath().normalize());
    List<String> only = List.of(System.getProperty("ember.suites.only", "").split(",")).stream()
        .map(String::strip).filter(name -> !name.isEmpty()).toList();
    Path work = build.resolve("suite-runs").resolve(engine.directory());
    long timeoutMinutes = engine == SuiteEngineKind.EMBER ? 10 : 20;
    List<TestResult> results = new ArrayList<>();
    for (SuiteDiscovery.Suite suite : SuiteDiscovery.suites(classpath)) {
      if (!only.isEmpty() && !only.contains(suite.simpleName())) {
        continue;
      }
      List<TestResult> suiteResults = suite.notApplicable().isPresent()
          ? List.of(new TestResult(suite.simpleName(), SUITE_LEVEL, Outcome.SKIPPED, suite.notApplicable().get(), ""))
          : run(suite, classpath, sparkHome, work, timeoutMinutes);
      System.out.println(suite.simpleName() + ": " + summary(suiteResults));
      results.addAll(suiteResults);
    }
    publish(engine, module.getParent().resolve("ember-spark-suites"), build, results, only.isEmpty());
  }

  private static List<TestResult> run(SuiteDiscovery.Suite suite, SuitesClasspath classpath, Path sparkHome,
      Path work, long timeoutMinutes) {
    boolean finished = ScalaTestRun.run(suite.className(), classpath, sparkHome, work, timeoutMinutes);
    List<TestResult> results = new ArrayList<>(JUnitXmlResults.read(suite.simpleName(),
        work.resolve("junit").resolve("TEST-" + suite.className() + ".xml")));
    if (!finished) {
      results.add(new TestResult(suite.simpleName(), SUITE_LEVEL, Outcome.FAILED, "timeout",
          "no end in " + timeoutMinutes + " minutes"));
    } else if (results.isEmpty()) {
      results.add(new TestResult(suite.simpleName(), SUITE_LEVEL, Outcome.FAILED, "aborted",
          SuiteLog.abortCause(work.resolve(suite.className() + ".log"))));
    }
    return results;
  }

  private static void publish(SuiteEngineKind engine, Path suitesModule, Path build, List<TestResult> results,
      boolean complete) {
    String file = SuiteKind.CONNECT_SUITES.fileName();
    ResultsFile.write(build.resolve("spark-suites").resolve(engine.directory()).resolve(file), results);
    System.out.println(SuiteKind.CONNECT_SUITES.title() + " on " + engine.directory() + ": " + summary(results));
    if (!complete) {
      return;
    }
    if (Boolean.getBoolean("ember.suites.record")) {
      ResultsFile.write(suitesModule.resolve("results").resolve(engine.directory()).resolve(file), results);
    }
    if (engine != SuiteEngineKind.EMBER) {
      return;
    }
    Path list = suitesModule.resolve("ratchet").resolve(file.replace(".tsv", ".txt"));
    Ratchet.Verdict verdict = new Ratchet(list).check(results);
    System.out.println(verdict.describe(list));
    if (!verdict.holds()) {
      throw new IllegalStateException("tests of the Spark Connect client suites that passed before fail now:\n"
          + verdict.describe(list));
    }
  }

  private static String summary(List<TestResult> results) {
    long passed = results.stream().filter(TestResult::passed).count();
    long skipped = results.stream().filter(result -> result.outcome() == Outcome.SKIPPED).count();
    return results.size() + " tests: " + passed + " passed, " + (results.size() - passed - skipped) + " failed, "
        + skipped + " skipped";
  }

  /** The first line of a suite's console log that says why it aborted. */
  static final class SuiteLog {
    private SuiteLog() {
    }

    static String abortCause(Path log) {
      try {
        if (!Files.exists(log)) {
          return "no log";
        }
        return Files.readAllLines(log).stream()
            .filter(line -> line.contains("ABORTED") || line.contains("Exception") || line.contains("Error"))
            .findFirst().map(String::strip).orElse("no test ran");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
