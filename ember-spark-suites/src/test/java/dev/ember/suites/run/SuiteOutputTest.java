package dev.ember.suites.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ember.suites.Outcome;
import dev.ember.suites.TestResult;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class SuiteOutputTest {
  @Test
  void committedResultsNameTheCheckoutNotThisMachinesDirectory() {
    String checkout = Path.of(System.getProperty("ember.suites.dir", ".")).toAbsolutePath().normalize().getParent()
        .toString();
    TestResult located = new TestResult("sql/a.sql", "1: DESCRIBE SCHEMA s", Outcome.FAILED, "wrong result",
        "row 3: Location file:" + checkout + "/ember-spark-suites/someloc instead of Location {warehouse_dir}/someloc");
    TestResult passed = new TestResult("sql/a.sql", "2: SELECT 1", Outcome.PASSED, "", "");

    assertThat(SuiteOutput.withoutMachinePaths(List.of(located, passed))).containsExactly(
        new TestResult("sql/a.sql", "1: DESCRIBE SCHEMA s", Outcome.FAILED, "wrong result",
            "row 3: Location file:<checkout>/ember-spark-suites/someloc instead of Location {warehouse_dir}/someloc"),
        passed);
  }
}
