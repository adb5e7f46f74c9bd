package dev.ember.suites;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RatchetTest {
  @TempDir
  Path directory;

  @AfterEach
  void clearProperty() {
    System.clearProperty(Ratchet.ADD_PROPERTY);
  }

  private static TestResult result(String test, Outcome outcome) {
    return new TestResult("Suite", test, outcome, outcome == Outcome.PASSED ? "" : "wrong result", "");
  }

  @Test
  void aListedTestThatFailsBreaksTheRatchet() throws Exception {
    Path file = directory.resolve("passing.txt");
    Files.writeString(file, "# comment\nSuite :: a\nSuite :: b\n");

    Ratchet.Verdict verdict = new Ratchet(file).check(List.of(result("a", Outcome.PASSED), result("b", Outcome.FAILED)));

    assertThat(verdict.holds()).isFalse();
    assertThat(verdict.regressions()).containsExactly("Suite :: b");
    assertThat(verdict.describe(file)).contains("no longer pass", "- Suite :: b");
  }

  @Test
  void aListedTestMissingFromTheRunBreaksTheRatchet() throws Exception {
    Path file = directory.resolve("passing.txt");
    Files.writeString(file, "Suite :: gone\n");

    assertThat(new Ratchet(file).check(List.of(result("a", Outcome.PASSED))).regressions())
        .containsExactly("Suite :: gone");
  }

  @Test
  void newPassesArePrintedAndOnlyAddedOnRequest() throws Exception {
    Path file = directory.resolve("passing.txt");
    Files.writeString(file, "Suite :: a\n");
    List<TestResult> run = List.of(result("a", Outcome.PASSED), result("c", Outcome.PASSED), result("d", Outcome.SKIPPED));
    // the run's own -Dember.suites.ratchet.add (when recording) must not decide this test
    String requested = System.clearProperty(Ratchet.ADD_PROPERTY);
    try {
      checkAddsOnlyOnRequest(file, run);
    } finally {
      if (requested == null) {
        System.clearProperty(Ratchet.ADD_PROPERTY);
      } else {
        System.setProperty(Ratchet.ADD_PROPERTY, requested);
      }
    }
  }

  private static void checkAddsOnlyOnRequest(Path file, List<TestResult> run) throws Exception {
    Ratchet.Verdict verdict = new Ratchet(file).check(run);
    assertThat(verdict.holds()).isTrue();
    assertThat(verdict.newPasses()).containsExactly("Suite :: c");
    assertThat(verdict.describe(file)).contains("+ Suite :: c");
    assertThat(new Ratchet(file).listed()).containsExactly("Suite :: a");

    System.setProperty(Ratchet.ADD_PROPERTY, "true");
    new Ratchet(file).check(run);
    assertThat(new Ratchet(file).listed()).containsExactly("Suite :: a", "Suite :: c");
    assertThat(Files.readString(file)).startsWith("# Tests of Spark's own suites that pass on Ember");
  }

  @Test
  void anUnstableTestIsNeitherRequiredNorAddedAndKeepsItsReason() throws Exception {
    Path file = directory.resolve("passing.txt");
    Files.writeString(file, "# tied rows after a shuffle\n? Suite :: tie\nSuite :: a\n");
    List<TestResult> failing = List.of(result("a", Outcome.PASSED), result("tie", Outcome.FAILED));
    List<TestResult> passing = List.of(result("a", Outcome.PASSED), result("tie", Outcome.PASSED),
        result("c", Outcome.PASSED));

    assertThat(new Ratchet(file).check(failing).holds()).isTrue();
    assertThat(new Ratchet(file).check(passing).newPasses()).containsExactly("Suite :: c");

    System.setProperty(Ratchet.ADD_PROPERTY, "true");
    new Ratchet(file).check(passing);
    assertThat(new Ratchet(file).listed()).containsExactly("Suite :: a", "Suite :: c");
    assertThat(new Ratchet(file).unstable()).containsExactly("Suite :: tie");
    assertThat(Files.readString(file)).contains("# tied rows after a shuffle\n? Suite :: tie\n");
  }
}
