package dev.ember.suites.tpc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ember.suites.Outcome;
import dev.ember.suites.Ratchet;
import dev.ember.suites.SuiteKind;
import dev.ember.suites.TestResult;
import dev.ember.suites.run.QueryTimeout;
import dev.ember.suites.run.SuiteEngine;
import dev.ember.suites.run.SuiteOutput;
import dev.ember.suites.sql.SparkTestJar;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import org.apache.spark.SparkThrowable;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/**
 * The TPC-H and TPC-DS queries of {@code spark-sql_2.13:4.2.0:tests} on empty tables of Spark's own
 * schemas, as {@code TPCDSQuerySuite} checks them: a query passes when it analyzes and runs.
 */
class TpcQueriesTest {
  private static final long QUERY_SECONDS = 60;
  private static final Map<String, String> SETS = Map.of("tpch", "tpch", "tpcds", "tpcds", "tpcds-v2.7.0", "tpcds");

  @Test
  void tpcQueriesHoldTheRatchet() {
    SuiteEngine engine = SuiteEngine.fromSystemProperties();
    List<TestResult> results = new ArrayList<>();
    try (QueryTimeout timeout = new QueryTimeout(QUERY_SECONDS)) {
      for (String set : SETS.keySet().stream().sorted().toList()) {
        Map<String, StructType> tables = SETS.get(set).equals("tpch") ? TpcTables.tpch() : TpcTables.tpcds();
        SparkSession spark = engine.sessions().get();
        TpcTables.createViews(spark, tables);
        List<String> queries = SparkTestJar.list(set, ".sql").stream()
            .sorted(Comparator.comparing(TpcQueriesTest::queryOrder)).toList();
        for (String query : queries) {
          String name = query.substring(set.length() + 1, query.length() - ".sql".length());
          results.add(run(spark, timeout, set, name, SparkTestJar.read(query)));
        }
        close(spark);
      }
    }
    Ratchet.Verdict verdict = SuiteOutput.publish(engine, SuiteKind.TPC_QUERIES, results);
    assertThat(verdict.regressions()).as("TPC queries that passed before").isEmpty();
  }

  private static TestResult run(SparkSession spark, QueryTimeout timeout, String set, String name, String sql) {
    try {
      timeout.run(spark, () -> spark.sql(sql).collectAsList());
      return new TestResult(set, name, Outcome.PASSED, "", "");
    } catch (TimeoutException late) {
      return new TestResult(set, name, Outcome.FAILED, "timeout", "no answer in " + QUERY_SECONDS + " s");
    } catch (ExecutionException failure) {
      Throwable error = failure.getCause();
      String reason = error instanceof SparkThrowable thrown && thrown.getCondition() != null
          ? thrown.getCondition() : error.getClass().getSimpleName();
      return new TestResult(set, name, Outcome.FAILED, reason, String.valueOf(error.getMessage()));
    }
  }

  /** q2 before q10, q14a after q14. */
  private static String queryOrder(String path) {
    String name = path.substring(path.lastIndexOf('/') + 2, path.length() - ".sql".length());
    String digits = name.replaceAll("\\D.*", "");
    return String.format("%05d%s", Integer.parseInt(digits), name.substring(digits.length()));
  }

  private static void close(SparkSession spark) {
    try {
      spark.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
