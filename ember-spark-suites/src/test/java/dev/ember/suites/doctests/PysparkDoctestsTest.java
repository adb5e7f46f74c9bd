package dev.ember.suites.doctests;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ember.suites.Ratchet;
import dev.ember.suites.ResultsFile;
import dev.ember.suites.SuiteKind;
import dev.ember.suites.TestResult;
import dev.ember.suites.run.SuiteEngine;
import dev.ember.suites.run.SuiteOutput;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * PySpark's own doctests (the examples of {@code pyspark.sql}'s docstrings) through {@code python/bin/doctests}: on
 * Ember (a server the Python package starts from this checkout's jar) or, for the reference run, on the Spark Connect
 * server {@code -Dember.suites.remote} names. About 4 minutes on 2 cores, so it runs only with
 * {@code -Dember.suites.doctests=true}; the committed results and ratchet are checked by every build
 * ({@code CommittedRatchetTest}). {@code -Dember.suites.doctests.modules=pyspark.sql.column,...} runs some modules
 * only (nothing recorded, no ratchet).
 */
@EnabledIfSystemProperty(named = PysparkDoctestsTest.PROPERTY, matches = "true")
class PysparkDoctestsTest {
  static final String PROPERTY = "ember.suites.doctests";
  private static final Path MODULE = Path.of(System.getProperty("ember.suites.dir", ".")).toAbsolutePath().normalize();
  private static final long TIMEOUT_MINUTES = 40;

  @Test
  void pysparkDoctestsHoldTheRatchet() throws IOException, InterruptedException {
    SuiteEngine engine = SuiteEngine.fromSystemProperties();
    List<String> modules = List.of(System.getProperty(PROPERTY + ".modules", "").split(",")).stream()
        .map(String::strip).filter(module -> !module.isEmpty()).toList();
    Path out = MODULE.resolve("target/pyspark-doctests").resolve(engine.name() + ".tsv");
    List<String> command = new ArrayList<>(List.of(MODULE.resolveSibling("python/bin/doctests").toString(),
        "--out", out.toString()));
    String remote = System.getProperty(SuiteEngine.REMOTE_PROPERTY, "");
    if (!remote.isEmpty()) {
      command.addAll(List.of("--remote", remote));
    }
    command.addAll(modules);
    Process process = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(MODULE.resolve("target/pyspark-doctests.log").toFile()))
        .start();
    process.getOutputStream().close();
    boolean finished = process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES);
    if (!finished) {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
    }
    assertThat(finished).as("the doctests end within %d minutes (log: target/pyspark-doctests.log)", TIMEOUT_MINUTES)
        .isTrue();
    assertThat(process.exitValue()).as("python/bin/doctests' exit code (log: target/pyspark-doctests.log)").isZero();
    List<TestResult> results = ResultsFile.read(out);
    assertThat(results).as("doctests run").isNotEmpty();
    if (!modules.isEmpty()) {
      SuiteOutput.writeRun(engine, SuiteKind.PYSPARK_DOCTESTS, results);
      System.out.println(SuiteKind.PYSPARK_DOCTESTS.title() + " on " + engine.name() + ": "
          + SuiteOutput.summary(results));
      return;
    }
    Ratchet.Verdict verdict = SuiteOutput.publish(engine, SuiteKind.PYSPARK_DOCTESTS, results);
    assertThat(verdict.regressions()).as("PySpark doctests that passed before").isEmpty();
  }
}
