package dev.ember.suites;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The committed files agree: every test a ratchet lists passes in the committed Ember results of its kind. The runs
 * check the ratchet themselves; this holds the committed results of the suites that the default build does not run
 * (the PySpark doctests, the Connect client suites) to it too, so that recording a run with a regression fails.
 */
class CommittedRatchetTest {
  /** The module's folder: the committed results and ratchets are read from it. */
  private static final Path MODULE = Path.of(System.getProperty("ember.suites.dir", "."));

  @Test
  void everyTestARatchetListsPassesInTheCommittedResults() {
    for (SuiteKind kind : SuiteKind.values()) {
      Path ratchet = MODULE.resolve("ratchet").resolve(kind.fileName().replace(".tsv", ".txt"));
      Path results = MODULE.resolve("results/ember").resolve(kind.fileName());
      if (!Files.exists(ratchet)) {
        continue;
      }
      assertThat(results).as("the committed results of a kind with a ratchet").exists();
      Set<String> passing = ResultsFile.read(results).stream().filter(TestResult::passed).map(TestResult::id)
          .collect(Collectors.toSet());
      List<String> regressions = new Ratchet(ratchet).listed().stream().filter(id -> !passing.contains(id)).toList();

      assertThat(regressions).as("tests %s lists that do not pass in %s", ratchet, results).isEmpty();
    }
  }

  @Test
  void theDoctestsHaveARatchetAndResultsOnBothSides() {
    String file = SuiteKind.PYSPARK_DOCTESTS.fileName();
    assertThat(MODULE.resolve("ratchet").resolve(file.replace(".tsv", ".txt"))).exists();
    assertThat(MODULE.resolve("results/ember").resolve(file)).exists();
    assertThat(MODULE.resolve("results/spark-connect").resolve(file)).exists();
  }
}
