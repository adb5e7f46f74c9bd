package dev.ember.conformance.cases;

import dev.ember.conformance.CaseBody;
import dev.ember.conformance.ConformanceData;
import dev.ember.conformance.ErrorDescription;
import dev.ember.conformance.Outcome;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/** The steps the {@code spark.catalog()} case groups share: a database of the case's own, rows, errors. */
final class CatalogCaseSteps {
  private CatalogCaseSteps() {
  }

  /** The case run in a new session of the same catalog, in a database of its own, dropped after it. */
  static CaseBody inDatabase(String caseName, CaseBody body) {
    return (session, outcome) -> {
      // a new session of the same catalog: no temporary view of another case is listed
      SparkSession spark = session.newSession();
      String database = "c_" + caseName;
      spark.sql("DROP DATABASE IF EXISTS " + database + " CASCADE");
      spark.sql("CREATE DATABASE " + database);
      spark.sql("USE " + database);
      try {
        body.run(spark, outcome);
      } finally {
        spark.sql("USE default");
        spark.sql("DROP DATABASE IF EXISTS " + database + " CASCADE");
      }
    };
  }

  static void rows(Outcome outcome, Dataset<Row> df) {
    StringBuilder text = new StringBuilder(df.schema().simpleString());
    df.collectAsList().forEach(row -> text.append('\n').append(dev.ember.conformance.RowText.of(row)));
    String warehouse = df.sparkSession().conf().get("spark.sql.warehouse.dir").replaceFirst("^file:", "");
    outcome.record("rows " + outcome.sections().size(), ConformanceData.portable(text.toString()
        .replace(warehouse, "<warehouse>")));
  }

  /** A call that may throw, checked exceptions included. */
  @FunctionalInterface
  interface Call {
    void run() throws Exception;
  }

  /**
   * A legacy error's condition and parameters without its SQLSTATE: classic Spark has none for it, and the Spark
   * Connect client reports XXKCM for any server.
   */
  static String legacyFailure(Call call) {
    try {
      call.run();
      return "no error";
    } catch (Exception e) {
      org.apache.spark.SparkThrowable thrown = (org.apache.spark.SparkThrowable) e;
      return "condition: " + thrown.getCondition() + "\nparameters: "
          + new java.util.TreeMap<>(thrown.getMessageParameters());
    }
  }

  static String error(Call call) {
    try {
      call.run();
      return "no error";
    } catch (Exception e) {
      return ErrorDescription.describe(e);
    }
  }
}
