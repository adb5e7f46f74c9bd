package dev.ember.conformance.cases;

import dev.ember.conformance.ConformanceData;
import dev.ember.conformance.ErrorDescription;
import dev.ember.conformance.Outcome;
import dev.ember.conformance.RowText;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Runs a case's statements one after the other in a database of its own (created before, dropped with everything in
 * it after), recording each statement's schema and rows, or its error, and going on after an error. Paths in the
 * warehouse are written {@code <warehouse>}, the data directory {@code <data>}; DESCRIBE's creation time is masked.
 */
final class CatalogStatements {
  private CatalogStatements() {
  }

  /**
   * Runs the statements in a new session of the same catalog: no temporary view another case made is seen, and
   * the case starts in the default database, as a new application would.
   */
  static void run(SparkSession session, Outcome outcome, String database, String... statements) {
    SparkSession spark = session.newSession();
    spark.sql("DROP DATABASE IF EXISTS " + database + " CASCADE");
    spark.sql("CREATE DATABASE " + database);
    spark.sql("USE " + database);
    try {
      for (int i = 0; i < statements.length; i++) {
        String statement = statements[i].replace("<data>", ConformanceData.directory().toString());
        outcome.record(String.format("%02d %s", i + 1, statements[i]), result(spark, statement));
      }
    } finally {
      spark.sql("USE default");
      spark.sql("DROP DATABASE IF EXISTS " + database + " CASCADE");
    }
  }

  private static String result(SparkSession spark, String statement) {
    try {
      Dataset<Row> df = spark.sql(statement);
      List<String> lines = new ArrayList<>();
      lines.add(df.schema().simpleString());
      for (Row row : df.collectAsList()) {
        if (row.size() > 1 && "Created Time".equals(row.get(0))) {
          lines.add("[Created Time,<time>,]");
        } else {
          lines.add(RowText.of(row));
        }
      }
      return portable(spark, String.join("\n", lines));
    } catch (Exception e) {
      return portable(spark, "error: " + ErrorDescription.describe(e));
    }
  }

  private static String portable(SparkSession spark, String text) {
    String warehouse = spark.conf().get("spark.sql.warehouse.dir").replaceFirst("^file:", "").replaceAll("/$", "");
    return ConformanceData.portable(text.replace(warehouse, "<warehouse>").replace("file:<warehouse>",
        "file:<warehouse>"));
  }
}
