package dev.ember.suites;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentedReasonsTest {
  /** The module's folder: the committed results and reasons are read from it. */
  private static final Path MODULE = Path.of(System.getProperty("ember.suites.dir", "."));

  @TempDir
  Path directory;

  @Test
  void everyCommittedReasonNamesAnApplicableTestThatFailsOnEmber() {
    for (SuiteKind kind : SuiteKind.values()) {
      Path emberFile = MODULE.resolve("results/ember").resolve(kind.fileName());
      Path referenceFile = MODULE.resolve("results/spark-connect").resolve(kind.fileName());
      DocumentedReasons documented = DocumentedReasons.read(MODULE.resolve("reasons").resolve(kind.fileName()));
      List<TestResult> ember = Files.exists(emberFile) ? ResultsFile.read(emberFile) : List.of();
      List<TestResult> reference = Files.exists(referenceFile) ? ResultsFile.read(referenceFile) : List.of();

      assertThat(documented.problems(ember, reference)).as(kind.fileName()).isEmpty();
    }
    assertThat(DocumentedReasons.read(MODULE.resolve("reasons/connect-suites.tsv")).entries()).isNotEmpty();
  }

  @Test
  void anEntryForAMissingPassingOrNotApplicableTestIsStale() throws IOException {
    Path file = write("""
        suite\ttest\treason
        # comment
        S\tfails\tEmber prints DuckDB's plan
        S\tpasses\tfixed since
        S\tgone\trenamed in Spark
        S\tfails on Spark too\tnot applicable
        """);
    List<TestResult> ember = List.of(
        result("fails", Outcome.FAILED), result("passes", Outcome.PASSED), result("fails on Spark too", Outcome.FAILED));
    List<TestResult> reference = List.of(
        result("fails", Outcome.PASSED), result("passes", Outcome.PASSED), result("fails on Spark too", Outcome.FAILED));

    DocumentedReasons documented = DocumentedReasons.read(file);

    assertThat(documented.reasonOf("S :: fails")).hasValue("Ember prints DuckDB's plan");
    assertThat(documented.problems(ember, reference)).containsExactly(
        "S :: fails on Spark too: does not pass on Spark Connect (not applicable); remove its documented reason",
        "S :: gone: no such test in Ember's results",
        "S :: passes: passes on Ember; remove its documented reason");
  }

  @Test
  void aLineWithoutAReasonOrTwiceDocumentedIsRefused() throws IOException {
    Path noReason = write("S\tt\t\n");
    Path twice = write("S\tt\tone\nS\tt\ttwo\n");

    assertThatThrownBy(() -> DocumentedReasons.read(noReason)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> DocumentedReasons.read(twice)).hasMessageContaining("S :: t is documented twice");
    assertThat(DocumentedReasons.read(directory.resolve("absent.tsv")).entries()).isEmpty();
  }

  private Path write(String text) throws IOException {
    return Files.writeString(Files.createTempFile(directory, "reasons", ".tsv"), text);
  }

  private static TestResult result(String test, Outcome outcome) {
    return new TestResult("S", test, outcome, outcome == Outcome.PASSED ? "" : "assertion failed", "");
  }
}
