package dev.ember.suites.sql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ember.suites.Ratchet;
import dev.ember.suites.SuiteKind;
import dev.ember.suites.TestResult;
import dev.ember.suites.run.SuiteEngine;
import dev.ember.suites.run.SuiteOutput;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Spark SQL's own golden files ({@code spark-sql_2.13:4.2.0:tests}) on the chosen engine: every query
 * of every file, compared with Spark's recorded answer; the run fails only when a test the ratchet
 * lists stops passing. {@code -Dember.suites.sql.files=prefix,...} narrows the run to some files.
 */
class SqlGoldensTest {
  @Test
  void sparkSqlGoldenFilesHoldTheRatchet(@TempDir Path data) {
    SuiteEngine engine = SuiteEngine.fromSystemProperties();
    List<String> only = List.of(System.getProperty("ember.suites.sql.files", "").split(",")).stream()
        .filter(prefix -> !prefix.isBlank()).toList();
    SqlTestData testData = new SqlTestData(data);
    SparkSession tables = engine.sessions().get();
    SqlCatalogReset.dropAll(tables);
    testData.createTables(tables);
    SqlGoldenRunner runner = new SqlGoldenRunner(engine.sessions(), testData, engine.isEmber());
    List<TestResult> results = new ArrayList<>();
    // as SQLQueryTestSuite: the JVM in the session's zone (the client hands timestamps over in it), US locale
    TimeZone zone = TimeZone.getDefault();
    Locale locale = Locale.getDefault();
    TimeZone.setDefault(TimeZone.getTimeZone(SqlGoldenRunner.TIME_ZONE));
    Locale.setDefault(Locale.US);
    try {
      for (String file : SqlGoldenRunner.files()) {
        if (!only.isEmpty() && only.stream().noneMatch(file::startsWith)) {
          continue;
        }
        List<TestResult> fileResults = runner.run(file);
        System.out.println("sql/" + file + ": " + SuiteOutput.summary(fileResults));
        results.addAll(fileResults);
      }
    } finally {
      runner.close();
      testData.dropTables(tables);
      TimeZone.setDefault(zone);
      Locale.setDefault(locale);
    }
    if (!only.isEmpty()) {
      SuiteOutput.writeRun(engine, SuiteKind.SQL_GOLDENS, results);
      return;
    }
    Ratchet.Verdict verdict = SuiteOutput.publish(engine, SuiteKind.SQL_GOLDENS, results);
    assertThat(verdict.regressions()).as("tests of Spark's SQL golden files that passed before").isEmpty();
  }
}
