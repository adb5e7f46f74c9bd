package dev.ember.conformance.cases;

import static dev.ember.conformance.cases.CatalogCaseSteps.error;
import static dev.ember.conformance.cases.CatalogCaseSteps.rows;

import dev.ember.conformance.CaseBody;
import dev.ember.conformance.CaseGroup;
import org.apache.spark.sql.SparkSession;

/**
 * Functions of JVM classes named in SQL (issue 17): {@code CREATE [TEMPORARY] FUNCTION f AS 'class'} of a
 * {@code UserDefinedAggregateFunction} ({@link UdafFixtures}), called grouped, globally, over no rows and DISTINCT,
 * kept in a database, described, refreshed and dropped; and the errors of a class that does not load, is no UDAF, is called
 * with other arguments or fails.
 */
public final class ClassFunctionCases extends CaseGroup {
  private static final String VALUES = "CREATE TEMPORARY VIEW c_values AS SELECT * FROM VALUES (1, 10L, 'b', "
      + "DATE'2024-03-01'), (1, 5L, 'a', DATE'2023-12-31'), (1, NULL, 'a', NULL), (2, 7L, 'c', DATE'2024-01-15'), "
      + "(2, 7L, NULL, DATE'2024-01-15'), (3, NULL, 'd', NULL) AS t(k, v, s, d)";

  public ClassFunctionCases() {
    super("class_functions");
    inDatabase("temporary_grouped", (spark, outcome) -> {
      temporary(spark, "c_sum", "LongSum");
      rows(outcome, spark.sql("SELECT k, c_sum(v), C_SUM(v + 1) AS plus FROM c_values GROUP BY k ORDER BY k"));
      rows(outcome, spark.sql("SELECT c_sum(v), c_sum(DISTINCT v), c_sum(k) FROM c_values"));
      rows(outcome, spark.sql("SELECT c_sum(v) FROM c_values WHERE k > 5"));
      rows(outcome, spark.sql("SELECT k FROM c_values GROUP BY k HAVING c_sum(v) > 10 ORDER BY k"));
    });
    inDatabase("several_inputs_and_types", (spark, outcome) -> {
      temporary(spark, "c_pairs", "SortedPairs");
      temporary(spark, "c_span", "DateSpan");
      rows(outcome, spark.sql("SELECT k, c_pairs(s, k), c_span(d) FROM c_values GROUP BY k ORDER BY k"));
      rows(outcome, spark.sql("SELECT c_pairs(s, CAST(v AS INT)) AS pairs, c_span(d) AS span FROM c_values"));
    });
    inDatabase("persistent", (spark, outcome) -> {
      spark.sql("CREATE FUNCTION c_kept AS '" + fixture("LongSum") + "'");
      rows(outcome, spark.sql("SELECT k, c_kept(v), c_persistent.c_kept(k) FROM c_values GROUP BY k ORDER BY k"));
      rows(outcome, spark.sql("DESCRIBE FUNCTION c_kept"));
      rows(outcome, spark.sql("REFRESH FUNCTION c_kept"));
      rows(outcome, spark.sql("SHOW USER FUNCTIONS LIKE 'c_*'"));
      outcome.value("again", error(() -> spark.sql("CREATE FUNCTION c_kept AS '" + fixture("NoNegatives") + "'")));
      spark.sql("CREATE FUNCTION IF NOT EXISTS c_kept AS 'no.such.Class'");
      spark.sql("CREATE OR REPLACE FUNCTION c_kept AS '" + fixture("NoNegatives") + "'");
      rows(outcome, spark.sql("SELECT c_kept(v) AS counted FROM c_values"));
      spark.sql("DROP FUNCTION c_kept");
      outcome.value("dropped", error(() -> spark.sql("SELECT c_kept(v) FROM c_values").collect()));
    });
    inDatabase("temporary_described", (spark, outcome) -> {
      temporary(spark, "C_Sum", "LongSum");
      rows(outcome, spark.sql("DESCRIBE FUNCTION c_sum"));
      rows(outcome, spark.sql("SHOW USER FUNCTIONS LIKE 'c_*'"));
      outcome.value("again", error(() -> temporary(spark, "c_sum", "DateSpan")));
      temporary(spark, "c_sum", "NoNegatives", true);
      rows(outcome, spark.sql("SELECT c_sum(v) FROM c_values"));
      spark.sql("DROP TEMPORARY FUNCTION c_sum");
      outcome.value("dropped", error(() -> spark.sql("SELECT c_sum(v) FROM c_values").collect()));
    });
    inDatabase("errors", (spark, outcome) -> {
      outcome.value("missing class", error(() -> spark.sql("CREATE TEMPORARY FUNCTION c_none AS 'no.such.Class'")));
      spark.sql("CREATE FUNCTION c_later AS 'no.such.Class'");
      outcome.value("missing at call", error(() -> spark.sql("SELECT c_later(v) FROM c_values").collect()));
      spark.sql("CREATE TEMPORARY FUNCTION c_text AS 'java.lang.String'");
      outcome.value("no handler", error(() -> spark.sql("SELECT c_text(v) FROM c_values").collect()));
      temporary(spark, "c_sum", "LongSum");
      outcome.value("arguments", error(() -> spark.sql("SELECT c_sum(v, k) FROM c_values").collect()));
      temporary(spark, "c_fails", "NoNegatives");
      outcome.value("user code", taskFailure(() -> spark.sql("SELECT c_fails(v - 8) FROM c_values").collect()));
      outcome.value("both", error(() -> spark.sql("CREATE OR REPLACE FUNCTION IF NOT EXISTS c_both AS 'x.Y'")));
      outcome.value("temporary if not exists",
          error(() -> spark.sql("CREATE TEMPORARY FUNCTION IF NOT EXISTS c_t AS 'x.Y'")));
      outcome.value("resource", error(() -> spark.sql("CREATE FUNCTION c_r AS 'x.Y' USING PACKAGE 'p'")));
      outcome.value("refresh missing class", error(() -> spark.sql("REFRESH FUNCTION c_later")));
      outcome.value("refresh unknown", error(() -> spark.sql("REFRESH FUNCTION c_unknown")));
      outcome.value("refresh built-in", CatalogCaseSteps.legacyFailure(() -> spark.sql("REFRESH FUNCTION abs")));
      outcome.value("refresh temporary", CatalogCaseSteps.legacyFailure(() -> spark.sql("REFRESH FUNCTION c_sum")));
    });
  }

  private void inDatabase(String caseName, CaseBody body) {
    check(caseName, CatalogCaseSteps.inDatabase(caseName, (spark, outcome) -> {
      spark.sql(VALUES);
      body.run(spark, outcome);
    }));
  }

  /**
   * What a UDAF that throws fails with: the job's SparkException, of no error class (which the Connect client
   * reports as CONNECT_CLIENT_UNEXPECTED_MISSING_SQL_STATE for any server), naming what the user code threw.
   */
  private static String taskFailure(CatalogCaseSteps.Call call) {
    try {
      call.run();
      return "no error";
    } catch (Exception e) {
      return e.getClass().getName() + ", names the cause: "
          + String.valueOf(e.getMessage()).contains("java.lang.IllegalArgumentException: negative input -3");
    }
  }

  private static void temporary(SparkSession spark, String name, String fixture) {
    temporary(spark, name, fixture, false);
  }

  private static void temporary(SparkSession spark, String name, String fixture, boolean replace) {
    spark.sql("CREATE " + (replace ? "OR REPLACE " : "") + "TEMPORARY FUNCTION " + name + " AS '"
        + fixture(fixture) + "'");
  }

  private static String fixture(String simpleName) {
    return UdafFixtures.class.getName() + "$" + simpleName;
  }
}
