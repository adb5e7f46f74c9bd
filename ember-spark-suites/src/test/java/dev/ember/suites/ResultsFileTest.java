package dev.ember.suites;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultsFileTest {
  @Test
  void writesSortedOneLineResultsAndReadsThemBack(@TempDir Path directory) {
    Path file = directory.resolve("results.tsv");
    ResultsFile.write(file, List.of(
        new TestResult("sql/b.sql", "query 2", Outcome.FAILED, "wrong result", "expected 1\tgot\n2"),
        new TestResult("sql/a.sql", "query 1", Outcome.PASSED, "", "")));

    assertThat(ResultsFile.read(file)).containsExactly(
        new TestResult("sql/a.sql", "query 1", Outcome.PASSED, "", ""),
        new TestResult("sql/b.sql", "query 2", Outcome.FAILED, "wrong result", "expected 1 got 2"));
  }
}
