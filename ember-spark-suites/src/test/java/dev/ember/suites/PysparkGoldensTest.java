package dev.ember.suites;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PysparkGoldensTest {
  @TempDir
  Path goldens;

  @Test
  void theProgramsNotListedAsKnownDifferencesPass() throws Exception {
    Files.createDirectories(goldens.resolve("programs/joins"));
    Files.writeString(goldens.resolve("programs/joins/inner.py"), "spark.range(1).show()\n");
    Files.writeString(goldens.resolve("programs/joins/outer.py"), "spark.range(2).show()\n");
    Files.writeString(goldens.resolve("programs/udtf.py"), "spark.range(3).show()\n");
    Files.writeString(goldens.resolve("known-differences.txt"), "# a comment\n\nudtf Python UDTFs are refused\n");

    PysparkGoldens figures = PysparkGoldens.read(goldens);

    assertThat(figures.programs()).isEqualTo(3);
    assertThat(figures.passing()).isEqualTo(2);
    assertThat(figures.markdown()).contains("| 3 | 2 / 3 (66%) | 1 |")
        .contains("| udtf | Python UDTFs are refused |");
  }

  @Test
  void aReportWithoutProgramsHasNoSection(@TempDir Path results) {
    CompatibilityReport report = new CompatibilityReport(results, results.resolve("reasons"))
        .withPysparkGoldens(goldens.resolve("absent"));
    assertThat(report.markdown()).doesNotContain("Golden PySpark programs");
  }
}
