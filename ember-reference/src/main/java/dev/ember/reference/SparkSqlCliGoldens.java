package dev.ember.reference;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.ErrorMessageFormat;
import org.apache.spark.SparkThrowable;
import org.apache.spark.SparkThrowableHelper;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.execution.HiveResult;
import scala.jdk.javaapi.CollectionConverters;

/**
 * What Spark 4.2.0's {@code spark-sql} shell prints for each statement of a script, for {@code bin/ember sql}'s
 * tests. The shell ({@code SparkSQLCLIDriver} in {@code spark-hive-thriftserver_2.13}, which Maven Central does
 * not serve for 4.2.0) prints, per statement, the lines of {@code HiveResult.hiveResultString} of the statement's
 * executed plan on stdout and, on failure, {@code SparkThrowableHelper.getMessage(e, PRETTY)} on stderr; this
 * class runs the same two calls of spark-sql's own classes in one session (statement after statement, as
 * {@code spark-sql -f} with {@code hive.cli.errors.ignore}). Golden lines: {@code > statement}, {@code | output
 * line}, {@code ! error message line}.
 */
final class SparkSqlCliGoldens {
  private SparkSqlCliGoldens() {
  }

  static void write(SparkSession spark, Path statements, Path golden) throws Exception {
    SparkSession session = spark.newSession();
    List<String> lines = new ArrayList<>();
    for (String statement : Files.readAllLines(statements, StandardCharsets.UTF_8)) {
      if (statement.isBlank()) {
        continue;
      }
      lines.add("> " + statement);
      String sql = statement.strip();
      sql = sql.endsWith(";") ? sql.substring(0, sql.length() - 1) : sql;
      try {
        var plan = session.sql(sql).queryExecution().executedPlan();
        for (String line : CollectionConverters.asJava(HiveResult.hiveResultString(plan))) {
          lines.add("| " + line);
        }
      } catch (Exception failure) {
        String message = failure instanceof SparkThrowable thrown
            ? SparkThrowableHelper.getMessage((Throwable) thrown, ErrorMessageFormat.PRETTY())
            : failure.getMessage();
        for (String line : message.split("\n", -1)) {
          lines.add("! " + line);
        }
      }
    }
    Files.writeString(golden, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    System.out.println("wrote spark-sql's output of " + statements + " to " + golden);
  }
}
