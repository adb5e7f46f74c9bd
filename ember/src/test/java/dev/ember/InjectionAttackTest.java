package dev.ember;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ember.engine.EngineSession;
import dev.ember.engine.QueryText;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.StructField;
import dev.ember.plan.types.StructType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.spark.SparkThrowable;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Attacks through every string a client controls (SQL text, identifiers, literals, reader and writer options and
 * paths, conf keys and values, function names), over a server and the official client: each behaves as on Spark
 * (a strange quoted name just names a column) or fails with Spark's error class, and none reaches DuckDB beyond
 * Spark's semantics — afterwards no file was attached, copied or exported, no extension loaded, and DuckDB's
 * settings are the server's.
 */
class InjectionAttackTest {
  @TempDir
  static Path dir;
  private static EmberServer server;
  private static SparkSession spark;
  private static final List<String> DUCKDB_STATE = List.of(
      "SELECT current_setting('memory_limit')", "SELECT CAST(current_setting('threads') AS VARCHAR)",
      "SELECT current_setting('temp_directory')", "SELECT CAST(current_setting('enable_external_access') AS VARCHAR)",
      "SELECT string_agg(database_name, ',' ORDER BY database_name) FROM duckdb_databases()",
      "SELECT CAST(count(*) AS VARCHAR) FROM duckdb_extensions() WHERE loaded AND extension_name = 'httpfs'");

  /** What an attempt must come to: its result as {@link #table} writes it, or Spark's error class. */
  private record Expected(String result, String errorClass) {
  }

  private static Expected result(String text) {
    return new Expected(text, null);
  }

  private static Expected error(String errorClass) {
    return new Expected(null, errorClass);
  }

  @BeforeAll
  static void start() {
    server = EmberServer.start("127.0.0.1", 0, Map.of());
    spark = SparkSession.builder().remote(server.remoteUrl()).create();
  }

  @AfterAll
  static void stop() throws Exception {
    spark.close();
    server.close();
  }

  /** Columns, then rows: {@code a|b [[1,2]]}. */
  private static String table(Dataset<Row> frame) {
    return String.join("|", frame.columns()) + " " + frame.collectAsList();
  }

  private static List<String> duckDbState() {
    EngineSession probe = server.engine().session("injection-probe");
    StructType oneString = new StructType(List.of(new StructField("v", AtomicType.STRING, true)));
    List<String> state = new ArrayList<>();
    for (String query : DUCKDB_STATE) {
      state.add(String.valueOf(probe.execute("probe", QueryText.of(query), oneString).rows().get(0)[0]));
    }
    return state;
  }

  @Test
  void noClientStringReachesDuckDbBeyondSparkSemantics() throws Exception {
    List<String> before = duckDbState();
    String evil = dir.resolve("evil.db").toString();
    String out = dir.resolve("out.csv").toString();
    Path exported = dir.resolve("exported");
    Path csv = dir.resolve("data.csv");
    Files.writeString(csv, "a,b\n1,2\n");
    String data = csv.toString();
    String attach = "'); ATTACH '" + evil + "' AS evil; --";
    Map<String, Callable<Object>> attempts = new LinkedHashMap<>();
    Map<String, Expected> expected = new LinkedHashMap<>();
    // SQL text: DuckDB's statements are no Spark statements
    attempt(attempts, expected, "a statement after a query", () -> table(spark.sql("SELECT 1; ATTACH '" + evil + "' AS e")),
        error("PARSE_SYNTAX_ERROR"));
    attempt(attempts, expected, "ATTACH", () -> table(spark.sql("ATTACH '" + evil + "' AS evil")), error("PARSE_SYNTAX_ERROR"));
    attempt(attempts, expected, "COPY TO", () -> table(spark.sql("COPY (SELECT 1) TO '" + out + "'")), error("PARSE_SYNTAX_ERROR"));
    attempt(attempts, expected, "EXPORT DATABASE", () -> table(spark.sql("EXPORT DATABASE '" + exported + "'")),
        error("PARSE_SYNTAX_ERROR"));
    attempt(attempts, expected, "INSTALL", () -> table(spark.sql("INSTALL httpfs")), error("PARSE_SYNTAX_ERROR"));
    attempt(attempts, expected, "LOAD", () -> table(spark.sql("LOAD httpfs")), error("PARSE_SYNTAX_ERROR"));
    attempt(attempts, expected, "PRAGMA", () -> table(spark.sql("PRAGMA database_list")), error("PARSE_SYNTAX_ERROR"));
    attempt(attempts, expected, "CHECKPOINT", () -> table(spark.sql("CHECKPOINT")), error("PARSE_SYNTAX_ERROR"));
    attempt(attempts, expected, "a view's query then ATTACH",
        () -> table(spark.sql("CREATE TEMPORARY VIEW v1 AS SELECT 1; ATTACH '" + evil + "' AS e")),
        error("PARSE_SYNTAX_ERROR"));
    attempt(attempts, expected, "SET of a DuckDB setting is a Spark conf", () -> table(spark.sql("SET memory_limit = '1MB'")),
        result("key|value [[memory_limit,'1MB']]"));
    attempt(attempts, expected, "RESET of a DuckDB setting", () -> table(spark.sql("RESET memory_limit")), result(" []"));
    attempt(attempts, expected, "SET ... TO", () -> table(spark.sql("SET threads TO 1")), error("INVALID_SET_SYNTAX"));
    attempt(attempts, expected, "SET TIME ZONE with a statement in it",
        () -> table(spark.sql("SET TIME ZONE 'UTC''; SET memory_limit=''1MB''; --'")), error("INVALID_CONF_VALUE.TIME_ZONE"));
    attempt(attempts, expected, "USE a DuckDB catalog", () -> table(spark.sql("USE memory")), error("SCHEMA_NOT_FOUND"));
    attempt(attempts, expected, "a comment hides the rest", () -> table(spark.sql("SELECT 1 AS one -- ; ATTACH 'x' AS y")),
        result("one [[1]]"));
    // DuckDB's table functions and functions are not Spark's
    for (String function : List.of("read_csv('/etc/passwd')", "read_text('/etc/passwd')", "read_csv_auto('" + data + "')",
        "read_parquet('" + data + "')", "glob('/etc/*')", "duckdb_settings()", "duckdb_databases()", "pragma_version()")) {
      attempt(attempts, expected, "FROM " + function, () -> table(spark.sql("SELECT * FROM " + function)),
          error("UNRESOLVABLE_TABLE_VALUED_FUNCTION"));
    }
    for (String function : List.of("getenv('HOME')", "current_setting('memory_limit')", "list_value(1, 2)",
        "read_text('/etc/passwd')")) {
      attempt(attempts, expected, "SELECT " + function, () -> table(spark.sql("SELECT " + function)),
          error("UNRESOLVED_ROUTINE"));
    }
    attempt(attempts, expected, "a DuckDB function in selectExpr", () -> table(spark.range(1).selectExpr("getenv('HOME')")),
        error("UNRESOLVED_ROUTINE"));
    attempt(attempts, expected, "call_function of a DuckDB function",
        () -> table(spark.range(1).select(org.apache.spark.sql.functions.call_function("read_csv", lit("/etc/passwd")))),
        error("UNRESOLVED_ROUTINE"));
    attempt(attempts, expected, "a CTE named as a DuckDB function",
        () -> table(spark.sql("WITH read_csv AS (SELECT 1 AS a) SELECT * FROM read_csv")), result("a [[1]]"));
    // DuckDB's replacement scans and catalogs: a string or a path is no table
    attempt(attempts, expected, "FROM 'path'", () -> table(spark.sql("SELECT * FROM '" + data + "'")), error("PARSE_SYNTAX_ERROR"));
    attempt(attempts, expected, "FROM \"path\"", () -> table(spark.sql("SELECT * FROM \"" + data + "\"")),
        error("PARSE_SYNTAX_ERROR"));
    attempt(attempts, expected, "FROM `path`", () -> table(spark.sql("SELECT * FROM `" + data + "`")),
        error("TABLE_OR_VIEW_NOT_FOUND"));
    attempt(attempts, expected, "information_schema", () -> table(spark.sql("SELECT * FROM information_schema.tables")),
        error("TABLE_OR_VIEW_NOT_FOUND"));
    attempt(attempts, expected, "DuckDB's own table names", () -> table(spark.sql("SELECT * FROM memory.main.ember_s1_local_1")),
        error("TABLE_OR_VIEW_NOT_FOUND"));
    attempt(attempts, expected, "another session's table", () -> table(spark.sql("SELECT * FROM ember_s1_local_1")),
        error("TABLE_OR_VIEW_NOT_FOUND"));
    // literals and parameters stay values
    attempt(attempts, expected, "an escaped quote in a literal",
        () -> table(spark.sql("SELECT 'a\\'; ATTACH ''x'' AS y; --' AS s")), result("s [[a'; ATTACH 'x' AS y; --]]"));
    attempt(attempts, expected, "a named parameter", () -> table(spark.sql("SELECT :p AS s", Map.of("p", attach))),
        result("s [[" + attach + "]]"));
    attempt(attempts, expected, "lit", () -> table(spark.range(1).select(lit(attach).as("s"))), result("s [[" + attach + "]]"));
    attempt(attempts, expected, "lit with backslashes", () -> table(spark.range(1).select(lit("a'b\\'c\\\\").as("s"))),
        result("s [[a'b\\'c\\\\]]"));
    attempt(attempts, expected, "a comparison with a quote",
        () -> table(spark.range(1).select(lit("x").as("s")).where(col("s").equalTo("x' OR '1'='1"))), result("s []"));
    attempt(attempts, expected, "SHOW TABLES LIKE with quotes", () -> table(spark.sql("SHOW TABLES LIKE '''; ATTACH'")),
        result("namespace|tableName|isTemporary []"));
    // identifiers name columns, views and tables, nothing more
    attempt(attempts, expected, "a column named with a double quote", () -> table(spark.range(1).toDF("a\"; SELECT 1; --")),
        result("a\"; SELECT 1; -- [[0]]"));
    attempt(attempts, expected, "a column named with a backtick",
        () -> table(spark.range(1).toDF("a`b").selectExpr("`a``b` + 1 AS c")), result("c [[1]]"));
    attempt(attempts, expected, "withColumnRenamed", () -> table(spark.range(1).withColumnRenamed("id", "x'); DROP --")),
        result("x'); DROP -- [[0]]"));
    attempt(attempts, expected, "a backquoted alias", () -> table(spark.range(1).selectExpr("id AS `a\"; ATTACH 'x' AS y`")),
        result("a\"; ATTACH 'x' AS y [[0]]"));
    attempt(attempts, expected, "selectExpr with a statement", () -> table(spark.range(1).selectExpr("1; ATTACH 'x' AS y")),
        error("PARSE_SYNTAX_ERROR"));
    attempt(attempts, expected, "a view name with a statement", () -> {
      spark.range(1).createOrReplaceTempView("v; ATTACH '" + evil + "' AS e");
      return "created";
    }, error("_LEGACY_ERROR_TEMP_1321"));
    attempt(attempts, expected, "a backquoted view name", () -> {
      spark.range(1).createOrReplaceTempView("`weird; name`");
      return table(spark.table("`weird; name`"));
    }, result("id [[0]]"));
    attempt(attempts, expected, "a table name with a statement", () -> table(spark.table("t; ATTACH 'x' AS y")),
        error("PARSE_SYNTAX_ERROR"));
    attempt(attempts, expected, "saveAsTable with a statement", () -> {
      spark.range(1).write().saveAsTable("t; DROP TABLE x");
      return "saved";
    }, error("PARSE_SYNTAX_ERROR"));
    attempt(attempts, expected, "a database name with a statement", () -> {
      spark.catalog().setCurrentDatabase("main; ATTACH 'x' AS y");
      return "set";
    }, error("SCHEMA_NOT_FOUND"));
    attempt(attempts, expected, "a hint name", () -> table(spark.range(1).toDF().hint(attach)), result("id [[0]]"));
    attempt(attempts, expected, "a DataFrame alias", () -> table(spark.range(1).toDF().alias("a; DROP").select(col("id"))),
        result("id [[0]]"));
    // reader and writer options and paths
    attempt(attempts, expected, "a delimiter with a statement",
        () -> table(spark.read().option("delimiter", attach).csv(data)), result("_c0 [[a,b], [1,2]]"));
    attempt(attempts, expected, "a quote as delimiter", () -> table(spark.read().option("sep", "'").csv(data)),
        result("_c0 [[a,b], [1,2]]"));
    attempt(attempts, expected, "a quote as quote character",
        () -> table(spark.read().option("quote", "'").option("header", "true").csv(data)), result("a|b [[1,2]]"));
    attempt(attempts, expected, "nullValue with a statement",
        () -> table(spark.read().option("nullValue", attach).option("header", "true").csv(data)), result("a|b [[1,2]]"));
    attempt(attempts, expected, "dateFormat with a statement",
        () -> table(spark.read().option("dateFormat", attach).option("header", "true").csv(data)), result("a|b [[1,2]]"));
    attempt(attempts, expected, "an option key with a statement",
        () -> table(spark.read().option("header" + attach, "true").csv(data)), result("_c0|_c1 [[a,b], [1,2]]"));
    attempt(attempts, expected, "an encoding with a statement",
        () -> table(spark.read().option("encoding", "utf-8" + attach).csv(data)), error("INVALID_PARAMETER_VALUE.CHARSET"));
    attempt(attempts, expected, "a CSV path with a statement",
        () -> table(spark.read().csv(data + "'); COPY (SELECT 1) TO '" + out + "'; --")), error("PATH_NOT_FOUND"));
    attempt(attempts, expected, "a JSON path with a statement", () -> table(spark.read().json(data + attach)),
        error("PATH_NOT_FOUND"));
    attempt(attempts, expected, "a format with a statement", () -> table(spark.read().format("csv" + attach).load(data)),
        error("DATA_SOURCE_NOT_FOUND"));
    attempt(attempts, expected, "DuckDB as a format", () -> table(spark.read().format("duckdb").load(data)),
        error("DATA_SOURCE_NOT_FOUND"));
    attempt(attempts, expected, "a write path with a statement", () -> {
      Path target = dir.resolve("w'); COPY (SELECT 1) TO '" + out + "'; --");
      spark.range(1).write().mode("overwrite").csv(target.toString());
      return table(spark.read().csv(target.toString()));
    }, result("_c0 [[0]]"));
    attempt(attempts, expected, "a codec with a statement", () -> {
      spark.range(1).write().mode("overwrite").option("compression", "gzip" + attach).parquet(dir.resolve("w3").toString());
      return "written";
    }, error("CODEC_NOT_AVAILABLE.WITH_AVAILABLE_CODECS_SUGGESTION"));
    // conf keys and values
    attempt(attempts, expected, "a conf key with a statement", () -> {
      spark.conf().set("x" + attach, "v");
      return spark.conf().get("x" + attach);
    }, result("v"));
    attempt(attempts, expected, "a time zone with a statement", () -> {
      spark.conf().set("spark.sql.session.timeZone", "UTC'; SET memory_limit='1MB'; --");
      return "set";
    }, error("INVALID_CONF_VALUE.TIME_ZONE"));
    attempt(attempts, expected, "the engine's memory limit", () -> {
      spark.conf().set("spark.ember.duckdb.memoryLimit", "1MB" + attach);
      return "set";
    }, error("CANNOT_MODIFY_STATIC_CONFIG"));
    attempt(attempts, expected, "shell scripts of a server", () -> table(spark.sql("SELECT TRANSFORM(1) USING 'cat' AS (x)")),
        error("UNSUPPORTED_CALL.WITHOUT_SUGGESTION"));

    List<String> problems = new ArrayList<>();
    attempts.forEach((name, attempt) -> {
      Expected wanted = expected.get(name);
      try {
        Object outcome = attempt.call();
        if (wanted.result() == null || !wanted.result().equals(String.valueOf(outcome))) {
          problems.add(name + ": answered " + outcome + ", wanted " + wanted);
        }
      } catch (Throwable failure) {
        String condition = failure instanceof SparkThrowable spark ? spark.getCondition() : failure.toString();
        if (wanted.errorClass() == null || !wanted.errorClass().equals(condition)) {
          problems.add(name + ": failed with " + condition + " (" + failure.getMessage() + "), wanted " + wanted);
        }
      }
    });
    assertThat(problems).isEmpty();
    assertThat(attempts).hasSizeGreaterThanOrEqualTo(60);
    assertThat(Path.of(evil)).doesNotExist();
    assertThat(Path.of(out)).doesNotExist();
    assertThat(exported).doesNotExist();
    assertThat(duckDbState()).isEqualTo(before);
    assertThat(before.get(4)).isEqualTo("memory,system,temp");
  }

  private static void attempt(Map<String, Callable<Object>> attempts, Map<String, Expected> expected, String name,
      Callable<Object> attempt, Expected wanted) {
    attempts.put(name, attempt);
    expected.put(name, wanted);
  }
}
