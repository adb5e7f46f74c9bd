package dev.ember.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The golden conformance suite: every case runs on Ember and must produce exactly what real Spark
 * 4.2.0 recorded in the golden files, except the reviewed known differences. Subclasses choose how
 * the client reaches Ember (embedded in-process, or a server over loopback).
 */
abstract class ConformanceTest {
  private static final Map<String, String> KNOWN_DIFFERENCES = KnownDifferences.load();
  private static final Map<String, String> OPEN_CASES = dev.ember.conformance.OpenCases.load();
  private static final List<String> SKIPPED = new ArrayList<>();

  /** The session the cases run in. */
  abstract SparkSession session();

  @TestFactory
  Stream<DynamicNode> conformance() throws IOException {
    SparkSession spark = session();
    List<DynamicNode> groups = new ArrayList<>();
    String only = System.getProperty("ember.conformance.groups", "");
    for (CaseGroup group : ConformanceSuite.groups()) {
      if (!only.isBlank() && !List.of(only.split(",")).contains(group.name())) {
        continue;
      }
      Map<String, Map<String, String>> goldens = GoldenFile.load(group.name());
      List<DynamicTest> tests = new ArrayList<>();
      for (ConformanceCase conformanceCase : group.cases()) {
        tests.add(DynamicTest.dynamicTest(conformanceCase.name(),
            () -> check(spark, conformanceCase, goldens.get(conformanceCase.name()))));
      }
      groups.add(DynamicContainer.dynamicContainer(group.name(), tests));
    }
    return groups.stream();
  }

  private static void check(SparkSession spark, ConformanceCase conformanceCase, Map<String, String> golden) {
    if (golden == null) {
      fail("no golden output for " + conformanceCase.id() + ": regenerate the goldens with real Spark (see README)");
    }
    Map<String, String> actual = CaseRunner.run(spark, conformanceCase);
    String reason = KNOWN_DIFFERENCES.get(conformanceCase.id());
    if (reason != null) {
      SKIPPED.add(conformanceCase.id() + ": " + reason);
      return;
    }
    String open = OPEN_CASES.get(conformanceCase.id());
    if (open != null) {
      assertThat(render(conformanceCase.name(), actual))
          .as("%s now passes: remove it from open-cases.txt (it was open: %s)", conformanceCase.id(), open)
          .isNotEqualTo(render(conformanceCase.name(), golden));
      return;
    }
    assertThat(render(conformanceCase.name(), actual))
        .as("Ember vs Spark 4.2.0 for %s", conformanceCase.id())
        .isEqualTo(render(conformanceCase.name(), golden));
  }

  private static String render(String name, Map<String, String> sections) {
    Map<String, Map<String, String>> single = new LinkedHashMap<>();
    single.put(name, sections);
    return GoldenFile.format(single);
  }

  @org.junit.jupiter.api.BeforeAll
  static void forgetEarlierRuns() {
    SKIPPED.clear();
  }

  @AfterAll
  static void printKnownDifferences() {
    System.out.println("Known differences from Spark (" + KNOWN_DIFFERENCES.size() + " listed, "
        + SKIPPED.size() + " hit in this run):");
    SKIPPED.forEach(line -> System.out.println("  " + line));
  }
}
