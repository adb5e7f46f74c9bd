package dev.ember.suites;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SparkPythonExamplesTest {
  @TempDir
  Path examples;

  @Test
  void theExamplesThatRunOnSparkConnectAreApplicableAndThoseNotListedPass() throws Exception {
    Files.createDirectories(examples.resolve("expected/sql/streaming"));
    Files.writeString(examples.resolve("expected/sql/arrow.out"), "+---+\n| id|\n+---+\nEXIT 0\n");
    Files.writeString(examples.resolve("expected/sql/udtf.out"), "x\nEXIT 0\n");
    Files.writeString(examples.resolve("expected/sql/basic.out"),
        "EXIT 1\nERROR pyspark.errors.exceptions.connect.AnalysisException [PATH_NOT_FOUND]\n");
    Files.writeString(examples.resolve("expected/sql/streaming/kafka.out"), "EXIT 255\n");
    Files.writeString(examples.resolve("known-differences.txt"),
        "# a comment\n\nsql/arrow order groups in another order\n");

    SparkPythonExamples figures = SparkPythonExamples.read(examples);

    assertThat(figures.examples()).isEqualTo(4);
    assertThat(figures.applicable()).isEqualTo(2);
    assertThat(figures.sameOutput()).isEqualTo(1);
    assertThat(figures.sameRowsInAnotherOrder()).isEqualTo(1);
    assertThat(figures.totalsRow()).isEqualTo("| Spark's Python SQL examples | 4 | 2 | 1 / 2 (50%) |\n");
    assertThat(figures.markdown()).contains("| 4 | 2 | 1 / 2 | 1 |")
        .contains("| sql/arrow | runs | same rows in another order: groups in another order |")
        .contains("| sql/udtf | runs | same output |")
        .contains("| sql/basic | not applicable: `pyspark.errors.exceptions.connect.AnalysisException "
            + "[PATH_NOT_FOUND]` | the same failure |")
        .contains("| sql/streaming/kafka | not applicable: exits with its usage (exit 255)");
  }

  @Test
  void aReportWithoutExamplesHasNoSectionNorRow(@TempDir Path results) {
    CompatibilityReport report = new CompatibilityReport(results, results.resolve("reasons"))
        .withSparkPythonExamples(examples.resolve("absent"));
    assertThat(report.markdown()).doesNotContain(SparkPythonExamples.TITLE);
  }
}
