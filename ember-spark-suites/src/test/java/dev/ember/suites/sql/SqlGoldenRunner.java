package dev.ember.suites.sql;

import dev.ember.suites.Outcome;
import dev.ember.suites.TestResult;
import dev.ember.suites.run.QueryTimeout;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.apache.spark.SparkThrowable;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Runs Spark's SQL golden files through {@code spark.sql} of any Connect session and compares each
 * query as {@code SQLQueryTestSuite} does: the schema's catalog string, the rows as HiveResult strings
 * (sorted unless the query orders them), or for an error its condition and SQLSTATE.
 */
final class SqlGoldenRunner {
  static final String INPUTS = "sql-tests/inputs";
  private static final String RESULTS = "sql-tests/results";
  /** Files Spark's own suite does not run. */
  private static final List<String> IGNORED = List.of("ignored.sql");
  /** The files SQLQueryTestSuite runs with the TPC-DS tables created (its requireTPCDSCases). */
  private static final List<String> REQUIRE_TPCDS = List.of("pipe-operators.sql");
  /** The directory of the files that need the Python UDTFs Spark's harness registers. */
  private static final String PYTHON_UDTF_DIRECTORY = "udtf/";
  /** DESCRIBE of a table, view, query or column: Spark keeps their rows in order (not of a function or schema). */
  private static final Pattern DESCRIBE = Pattern.compile(
      "(?is)\\s*desc(ribe)?\\s+(?!(function|schema|database|namespace|catalog|procedure)\\b).*");
  private static final Pattern ORDER_BY = Pattern.compile("(?is).*\\border\\s+by\\b.*");
  static final String TIME_ZONE = "America/Los_Angeles";
  private static final long QUERY_SECONDS = 60;

  private final Supplier<SparkSession> sessions;
  private final SqlTestData testData;
  /** Whether the sessions are embedded Ember's, on which the test UDFs are registered ({@link SqlTestFunctions}). */
  private final boolean embedded;
  private final QueryTimeout timeout = new QueryTimeout(QUERY_SECONDS);

  SqlGoldenRunner(Supplier<SparkSession> sessions, SqlTestData testData, boolean embedded) {
    this.sessions = sessions;
    this.testData = testData;
    this.embedded = embedded;
  }

  /** Every input file that has a results file, in path order. */
  static List<String> files() {
    List<String> files = new ArrayList<>();
    for (String input : SparkTestJar.list(INPUTS, ".sql")) {
      String path = input.substring(INPUTS.length() + 1);
      if (SparkTestJar.exists(RESULTS + "/" + path + ".out")) {
        files.add(path);
      }
    }
    return files;
  }

  List<TestResult> run(String path) {
    String suite = "sql/" + path;
    List<GoldenResults.Expected> expected = GoldenResults.parse(SparkTestJar.read(RESULTS + "/" + path + ".out"));
    Optional<String> skip = skipReason(path).or(() -> embedded ? Optional.empty()
        : SqlTestFunctions.unavailableReason(path));
    SqlTestFile file = SqlTestFile.parse(path, SparkTestJar.read(INPUTS + "/" + path),
        imported -> SparkTestJar.read(INPUTS + "/" + imported));
    if (skip.isEmpty()) {
      skip = file.skipReason();
    }
    List<TestResult> results = new ArrayList<>();
    if (skip.isPresent()) {
      for (int i = 0; i < expected.size(); i++) {
        results.add(new TestResult(suite, name(i, expected.get(i).sql()), Outcome.SKIPPED, skip.get(), ""));
      }
      return results;
    }
    HiveResultText text = new HiveResultText(ZoneId.of(TIME_ZONE),
        file.settings().getOrDefault("spark.sql.binaryOutputStyle", "UTF-8"));
    SparkSession spark = sessions.get();
    try {
      spark.conf().set("spark.sql.session.timeZone", TIME_ZONE);
      spark.conf().set("spark.sql.shuffle.partitions", "4");
      // as SQLQueryTestSuite enables it: schema-level collations (CREATE SCHEMA ... DEFAULT COLLATION)
      spark.conf().set("spark.sql.collation.schemaLevel.enabled", "true");
      SqlCatalogReset.dropAll(spark);
      testData.prepare(spark);
      directorySettings(path).forEach((key, value) -> spark.conf().set(key, value));
      file.settings().forEach((key, value) -> spark.conf().set(key, value));
      if (REQUIRE_TPCDS.contains(path)) {
        // as SQLQueryTestSuite makes them for these files: empty TPC-DS tables
        scala.jdk.javaapi.CollectionConverters.asJava(new dev.ember.suites.tpc.TpcdsSchemaColumns().tableColumns())
            .forEach((table, columns) -> spark.sql("CREATE TABLE `" + table + "` (" + columns + ") USING parquet")
                .collect());
      }
      SqlTestFunctions.register(path, spark, embedded);
    } catch (RuntimeException setup) {
      for (int i = 0; i < expected.size(); i++) {
        results.add(new TestResult(suite, name(i, expected.get(i).sql()), Outcome.FAILED,
            "test setup failed: " + condition(setup), String.valueOf(setup.getMessage())));
      }
      close(spark);
      return results;
    }
    for (int i = 0; i < expected.size(); i++) {
      GoldenResults.Expected query = expected.get(i);
      if (i >= file.queries().size() || !file.queries().get(i).equals(query.sql())) {
        results.add(new TestResult(suite, name(i, query.sql()), Outcome.FAILED, "runner: query text differs from the golden file",
            i < file.queries().size() ? file.queries().get(i) : "(no query)"));
        continue;
      }
      results.add(compare(suite, name(i, query.sql()), spark, query, text));
    }
    close(spark);
    return results;
  }

  private static void close(SparkSession spark) {
    try {
      spark.close();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** What SQLQueryTestSuite sets for the files of a directory (PgSQLTest, NonAnsiTest, TimestampNTZTest). */
  private static Map<String, String> directorySettings(String path) {
    if (path.startsWith("postgreSQL/") || path.startsWith("udf/postgreSQL/")) {
      return Map.of("spark.sql.legacy.interval.enabled", "true");
    }
    if (path.startsWith("nonansi/")) {
      return Map.of("spark.sql.ansi.enabled", "false");
    }
    if (path.startsWith("timestampNTZ/")) {
      return Map.of("spark.sql.timestampType", "TIMESTAMP_NTZ");
    }
    return Map.of();
  }

  private static Optional<String> skipReason(String path) {
    if (IGNORED.contains(path)) {
      return Optional.of("not applicable: ignored by SQLQueryTestSuite");
    }
    if (path.startsWith(PYTHON_UDTF_DIRECTORY)) {
      return Optional.of("not applicable: needs the Python UDTFs SQLQueryTestSuite registers (the harness runs no Python)");
    }
    return Optional.empty();
  }

  private TestResult compare(String suite, String test, SparkSession spark, GoldenResults.Expected expected,
      HiveResultText text) {
    try {
      Actual actual;
      try {
        actual = timeout.run(spark, () -> execute(spark, expected.sql(), text));
      } catch (TimeoutException late) {
        return new TestResult(suite, test, Outcome.FAILED, "timeout", "no answer in " + QUERY_SECONDS + " s");
      }
      if (expected.isError()) {
        return new TestResult(suite, test, Outcome.FAILED, "expected an error, got a result",
            expected.errorClass().orElse(expected.exceptionClass()));
      }
      if (!actual.schema().equals(expected.schema())) {
        return new TestResult(suite, test, Outcome.FAILED, "wrong schema", actual.schema() + " instead of " + expected.schema());
      }
      String output = ordered(actual.lines(), expected.sql(), expected.output());
      if (!output.equals(expected.output())) {
        return new TestResult(suite, test, Outcome.FAILED, "wrong result", firstDifference(output, expected.output()));
      }
      return new TestResult(suite, test, Outcome.PASSED, "", "");
    } catch (java.util.concurrent.ExecutionException failure) {
      Throwable error = failure.getCause();
      if (!expected.isError()) {
        return new TestResult(suite, test, Outcome.FAILED, condition(error), String.valueOf(error.getMessage()));
      }
      return compareError(suite, test, error, expected);
    }
  }

  private static TestResult compareError(String suite, String test, Throwable error, GoldenResults.Expected expected) {
    String condition = error instanceof SparkThrowable spark ? spark.getCondition() : null;
    String sqlState = error instanceof SparkThrowable spark ? spark.getSqlState() : null;
    if (expected.errorClass().isPresent()) {
      if (!expected.errorClass().get().equals(condition)) {
        return new TestResult(suite, test, Outcome.FAILED, "wrong error: " + condition(error),
            "expected " + expected.errorClass().get() + ": " + error.getMessage());
      }
      if (expected.sqlState().isPresent() && !expected.sqlState().get().equals(sqlState)) {
        return new TestResult(suite, test, Outcome.FAILED, "wrong SQLSTATE", sqlState + " instead of " + expected.sqlState().get());
      }
      return new TestResult(suite, test, Outcome.PASSED, "", "");
    }
    String simpleName = expected.exceptionClass().substring(expected.exceptionClass().lastIndexOf('.') + 1);
    if (!error.getClass().getSimpleName().equals(simpleName)) {
      return new TestResult(suite, test, Outcome.FAILED, "wrong error: " + condition(error),
          "expected " + expected.exceptionClass() + ": " + error.getMessage());
    }
    return new TestResult(suite, test, Outcome.PASSED, "", "");
  }

  /** A query's answer as the golden files write it. */
  private record Actual(String schema, List<String> lines) {
  }

  /** The session's time zone now (a file may SET TIME ZONE), in which Spark's HiveResult writes timestamps. */
  private static ZoneId sessionZone(SparkSession spark) {
    try {
      return ZoneId.of(spark.conf().get("spark.sql.session.timeZone"), ZoneId.SHORT_IDS);
    } catch (java.time.DateTimeException e) {
      return ZoneId.of(TIME_ZONE);
    }
  }

  private static Actual execute(SparkSession spark, String sql, HiveResultText text) {
    Dataset<Row> frame = spark.sql(sql);
    List<Row> rows = frame.collectAsList();
    return new Actual(frame.schema().catalogString(), HiveResultLines.of(rows, frame.schema(),
        text.inZone(sessionZone(spark))));
  }

  /**
   * Spark sorts the lines unless the analyzed plan orders them. Without the plan: a query that orders
   * (ORDER BY) or describes a table is compared in its order; any other passes in its order or sorted
   * (the golden's text is trimmed, so its own order cannot tell whether Spark sorted it).
   */
  private static String ordered(List<String> lines, String sql, String expectedOutput) {
    String inOrder = String.join("\n", lines).trim();
    if (inOrder.equals(expectedOutput) || ordersAtTopLevel(sql) || DESCRIBE.matcher(sql).matches()) {
      return inOrder;
    }
    List<String> sorted = new ArrayList<>(lines);
    sorted.sort(null);
    return String.join("\n", sorted).trim();
  }

  /** Whether the query ends in an ORDER BY of its own (not one of a window or a subquery in parentheses). */
  static boolean ordersAtTopLevel(String sql) {
    StringBuilder topLevel = new StringBuilder();
    int depth = 0;
    for (char c : sql.toCharArray()) {
      if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
      } else if (depth == 0) {
        topLevel.append(c);
      }
    }
    return ORDER_BY.matcher(topLevel).matches();
  }

  /** The category a failure is counted under: the error's condition, or its class. */
  static String condition(Throwable error) {
    if (error instanceof SparkThrowable spark && spark.getCondition() != null) {
      return spark.getCondition();
    }
    return error.getClass().getSimpleName();
  }

  private static String firstDifference(String actual, String expected) {
    String[] got = actual.split("\n", -1);
    String[] want = expected.split("\n", -1);
    for (int i = 0; i < Math.min(got.length, want.length); i++) {
      if (!got[i].equals(want[i])) {
        return "row " + (i + 1) + ": " + got[i] + " instead of " + want[i];
      }
    }
    return got.length + " rows instead of " + want.length;
  }

  private static String name(int index, String sql) {
    String text = sql.strip().replaceAll("\\s+", " ");
    return index + ": " + (text.length() > 100 ? text.substring(0, 100) + "..." : text);
  }

  void close() {
    timeout.close();
  }

}
