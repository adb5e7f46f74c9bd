package dev.ember.suites;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompatibilityReportTest {
  @TempDir
  Path results;

  @BeforeEach
  void writeResults() {
    ResultsFile.write(results.resolve("spark-connect/connect-suites.tsv"), List.of(
        result("ClientE2ETestSuite", "a", Outcome.PASSED, ""),
        result("ClientE2ETestSuite", "b", Outcome.PASSED, ""),
        result("ClientE2ETestSuite", "c", Outcome.FAILED, "needs Hive"),
        result("CatalogSuite", "d", Outcome.PASSED, "")));
    ResultsFile.write(results.resolve("ember/connect-suites.tsv"), List.of(
        result("ClientE2ETestSuite", "a", Outcome.PASSED, ""),
        result("ClientE2ETestSuite", "b", Outcome.FAILED, "UNSUPPORTED_CALL"),
        result("ClientE2ETestSuite", "c", Outcome.FAILED, "UNSUPPORTED_CALL"),
        result("CatalogSuite", "d", Outcome.FAILED, "UNSUPPORTED_CALL")));
    ResultsFile.write(results.resolve("ember/sql-goldens.tsv"), List.of(
        result("sql/array.sql", "q001", Outcome.FAILED, "error UNSUPPORTED_CALL"),
        result("sql/postgreSQL/int4.sql", "q001", Outcome.PASSED, ""),
        result("sql/postgreSQL/int8.sql", "q001", Outcome.FAILED, "wrong result")));
  }

  private static TestResult result(String suite, String test, Outcome outcome, String reason) {
    return new TestResult(suite, test, outcome, reason, "");
  }

  @Test
  void testsFailingOnSparkConnectAreNotApplicable() {
    List<GroupFigures> suites = new CompatibilityReport(results, results.resolve("reasons")).figures().get(SuiteKind.CONNECT_SUITES);

    GroupFigures e2e = suites.stream().filter(group -> group.group().equals("ClientE2ETestSuite")).findFirst().orElseThrow();
    assertThat(e2e.tests()).isEqualTo(3);
    assertThat(e2e.passedOnSparkConnect()).isEqualTo(2);
    assertThat(e2e.applicable()).isEqualTo(2);
    assertThat(e2e.applicablePassedOnEmber()).isEqualTo(1);
    assertThat(e2e.emberFailureReasons()).containsExactly(java.util.Map.entry("UNSUPPORTED_CALL", 1));
    assertThat(e2e.notApplicableReasons()).containsExactly(java.util.Map.entry("needs Hive", 1));
  }

  @Test
  void aTestTheHarnessRunsOnAnEmbeddedEmberOnlyIsApplicable() {
    ResultsFile.write(results.resolve("spark-connect/sql-goldens.tsv"), List.of(
        result("sql/udf/udf-count.sql", "q001", Outcome.SKIPPED, TestResult.EMBEDDED_ONLY + "needs the test UDFs"),
        result("sql/udf/udf-count.sql", "q002", Outcome.SKIPPED, TestResult.EMBEDDED_ONLY + "needs the test UDFs"),
        result("sql/udtf/udtf.sql", "q001", Outcome.SKIPPED, "not applicable: needs Python")));
    ResultsFile.write(results.resolve("ember/sql-goldens.tsv"), List.of(
        result("sql/udf/udf-count.sql", "q001", Outcome.PASSED, ""),
        result("sql/udf/udf-count.sql", "q002", Outcome.FAILED, "wrong result"),
        result("sql/udtf/udtf.sql", "q001", Outcome.SKIPPED, "not applicable: needs Python")));

    List<GroupFigures> groups = new CompatibilityReport(results, results.resolve("reasons")).figures()
        .get(SuiteKind.SQL_GOLDENS);

    GroupFigures udf = groups.stream().filter(group -> group.group().equals("udf/")).findFirst().orElseThrow();
    assertThat(udf.passedOnSparkConnect()).isZero();
    assertThat(udf.applicable()).isEqualTo(2);
    assertThat(udf.applicablePassedOnEmber()).isEqualTo(1);
    GroupFigures udtf = groups.stream().filter(group -> group.group().equals("udtf/")).findFirst().orElseThrow();
    assertThat(udtf.applicable()).isZero();
  }

  @Test
  void theSecondSqlTotalLeavesTheSetAsideFilesOut() throws java.io.IOException {
    java.nio.file.Files.createDirectories(results.resolve("reasons"));
    java.nio.file.Files.writeString(results.resolve("reasons").resolve(SetAsideFiles.FILE_NAME),
        "# a header\nsql/postgreSQL/int8.sql\tneeds persistent tables\n");
    CompatibilityReport report = new CompatibilityReport(results, results.resolve("reasons"));

    GroupFigures scope = report.sqlWithoutSetAside("scope").orElseThrow();
    assertThat(scope.applicable()).isEqualTo(2);
    assertThat(scope.applicablePassedOnEmber()).isEqualTo(1);
    assertThat(report.markdown()).contains("| " + ReportMarkdown.SET_ASIDE_TITLE + " | 2 | ")
        .contains("Files set aside from the second total");
  }

  @Test
  void sqlFilesAreGroupedByDirectoryAndCountAsApplicableWithoutAReference() {
    List<GroupFigures> groups = new CompatibilityReport(results, results.resolve("reasons")).figures().get(SuiteKind.SQL_GOLDENS);

    assertThat(groups).extracting(GroupFigures::group).containsExactly("(top level)", "postgreSQL/");
    GroupFigures postgres = groups.get(1);
    assertThat(postgres.hasReference()).isFalse();
    assertThat(postgres.applicable()).isEqualTo(2);
    assertThat(postgres.applicablePassedOnEmber()).isEqualTo(1);
  }

  @Test
  void theReportHasTotalsGroupsReasonsAndEveryFile() {
    String markdown = new CompatibilityReport(results, results.resolve("reasons")).markdown();

    assertThat(markdown)
        .contains("| Spark Connect JVM client suites | 4 | 3 | 1 / 3 (33%) |")
        .contains("| Spark SQL golden files | 3 | — | 1 / 3 (33%) |")
        .contains("| ClientE2ETestSuite | 3 | 2 | 1 | 1 / 2 (50%) | UNSUPPORTED_CALL (1) |")
        .contains("| 2 | UNSUPPORTED_CALL |")
        .contains("| 1 | needs Hive |")
        .contains("| sql/postgreSQL/int8.sql | 1 | — | — | 0 / 1 (0%) | wrong result (1) |");
  }

  @Test
  void aDocumentedFailureCountsUnderItsReasonAndIsListed() throws Exception {
    java.nio.file.Files.createDirectories(results.resolve("reasons"));
    java.nio.file.Files.writeString(results.resolve("reasons/connect-suites.tsv"),
        "suite\ttest\treason\n# a comment\nClientE2ETestSuite\tb\tDuckDB's plan, not Spark's\n");
    CompatibilityReport report = new CompatibilityReport(results, results.resolve("reasons"));

    GroupFigures e2e = report.figures().get(SuiteKind.CONNECT_SUITES).stream()
        .filter(group -> group.group().equals("ClientE2ETestSuite")).findFirst().orElseThrow();
    assertThat(e2e.emberFailureReasons()).containsExactly(java.util.Map.entry("DuckDB's plan, not Spark's", 1));
    assertThat(report.markdown())
        .contains("| ClientE2ETestSuite | 3 | 2 | 1 | 1 / 2 (50%) | DuckDB's plan, not Spark's (1) |")
        .contains("### Documented differences (Spark Connect JVM client suites)")
        .contains("| ClientE2ETestSuite | b | DuckDB's plan, not Spark's |");
  }

  @Test
  void aStaleDocumentedReasonStopsTheReport() throws Exception {
    java.nio.file.Files.createDirectories(results.resolve("reasons"));
    java.nio.file.Files.writeString(results.resolve("reasons/connect-suites.tsv"), "ClientE2ETestSuite\ta\tpasses now\n");

    assertThatThrownBy(() -> new CompatibilityReport(results, results.resolve("reasons")).markdown())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("ClientE2ETestSuite :: a: passes on Ember");
  }

  @Test
  void theReadmeTotalsAreReplacedBetweenTheMarkers() {
    CompatibilityReport report = new CompatibilityReport(results, results.resolve("reasons"));
    String readme = "# Title\n" + CompatibilityReport.README_START + "\nstale figures\n" + CompatibilityReport.README_END + "\nrest\n";

    String updated = report.withTotals(readme);

    assertThat(updated).startsWith("# Title\n" + CompatibilityReport.README_START + "\n| Spark 4.2.0's own suites")
        .doesNotContain("stale figures").endsWith(CompatibilityReport.README_END + "\nrest\n");
    assertThatThrownBy(() -> report.withTotals("# no markers")).isInstanceOf(IllegalArgumentException.class);
  }
}
