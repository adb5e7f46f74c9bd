package dev.ember.conformance.cases;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;

import dev.ember.conformance.CaseGroup;
import dev.ember.conformance.Outcome;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * A catalog {@code spark.sql.catalog.testcat} configures with Spark's in-memory catalog (as Spark's own tests do):
 * CREATE [OR REPLACE] TABLE, INSERT, SHOW TABLES, DROP, MERGE INTO and CALL in SQL; {@code writeTo} in every mode
 * and {@code mergeInto}; a plugin class no one has. Each case starts a new session, whose catalog is new and empty.
 */
public final class ConfiguredCatalogCases extends CaseGroup {
  private static final String PACKAGE = "org.apache.spark.sql.connector.catalog.";
  private static final String CATALOG = PACKAGE + "InMemoryTableCatalog";
  /** The in-memory catalog whose tables support MERGE INTO (the other's refuse it). */
  private static final String ROW_LEVEL_CATALOG = PACKAGE + "InMemoryRowLevelOperationTableCatalog";

  public ConfiguredCatalogCases() {
    super("configured_catalogs");
    statements("create_show_select", "CREATE TABLE testcat.t1 (id INT, s STRING)",
        "CREATE TABLE testcat.ns.t2 (id BIGINT) USING foo", "CREATE TABLE testcat.a.b.t3 (x DOUBLE)",
        "SHOW TABLES IN testcat", "SHOW TABLES IN testcat.ns", "SHOW TABLES IN testcat.a.b",
        "SHOW TABLES IN testcat LIKE 't*'", "SELECT * FROM testcat.t1", "SELECT count(*) FROM testcat.ns.t2");
    statements("create_existing", "CREATE TABLE testcat.t (id INT)", "CREATE TABLE testcat.t (id INT)",
        "CREATE TABLE IF NOT EXISTS testcat.t (x STRING)", "SELECT * FROM testcat.t");
    statements("insert_and_overwrite", "CREATE TABLE testcat.ns.t (id INT, s STRING, d DOUBLE)",
        "INSERT INTO testcat.ns.t VALUES (1, 'a', 1.5), (2, 'b', 2.5)", "INSERT INTO testcat.ns.t SELECT 3, 'c', 3",
        "SELECT * FROM testcat.ns.t ORDER BY id", "INSERT INTO testcat.ns.t (d, id) VALUES (9.5, 9)",
        "SELECT * FROM testcat.ns.t ORDER BY id", "INSERT OVERWRITE testcat.ns.t VALUES (7, 'g', 7.0)",
        "SELECT * FROM testcat.ns.t", "SELECT t.id, testcat.ns.t.s FROM testcat.ns.t");
    statements("insert_errors", "CREATE TABLE testcat.t (id INT, s STRING)", "INSERT INTO testcat.t VALUES (1)",
        "INSERT INTO testcat.t VALUES (1, 'a', 2)", "INSERT INTO testcat.t VALUES ('x', 'a')",
        "INSERT INTO testcat.missing VALUES (1)", "SELECT count(*) FROM testcat.t");
    statements("create_as_select", "CREATE TABLE testcat.t AS SELECT id, id * 2 AS twice FROM range(3)",
        "SELECT * FROM testcat.t ORDER BY id", "CREATE TABLE testcat.u USING foo PARTITIONED BY (k) AS "
            + "SELECT 'x' AS k, 1 AS v UNION ALL SELECT 'y', 2", "SELECT * FROM testcat.u ORDER BY v");
    statements("replace", "CREATE OR REPLACE TABLE testcat.t (id INT)", "INSERT INTO testcat.t VALUES (1)",
        "CREATE OR REPLACE TABLE testcat.t (s STRING, n INT)", "SELECT * FROM testcat.t",
        "REPLACE TABLE testcat.t AS SELECT 'z' AS s", "SELECT * FROM testcat.t", "REPLACE TABLE testcat.none (id INT)");
    statements("drop", "CREATE TABLE testcat.ns.t (id INT)", "DROP TABLE testcat.ns.t", "SHOW TABLES IN testcat.ns",
        "DROP TABLE testcat.ns.t", "DROP TABLE IF EXISTS testcat.ns.t", "SELECT * FROM testcat.ns.t");
    statements("missing_namespace", "SHOW TABLES IN testcat.nowhere", "SELECT * FROM testcat.nowhere.t");
    rowLevelStatements("merge_update_delete_insert", "CREATE TABLE testcat.ns.target (pk INT NOT NULL, salary INT, dep STRING)",
        "INSERT INTO testcat.ns.target VALUES (1, 100, 'hr'), (2, 200, 'finance'), (4, 400, 'eng')",
        "CREATE TEMPORARY VIEW source AS SELECT * FROM VALUES (1, 150, 'hr'), (2, 250, 'ops'), (3, 300, 'hr') "
            + "AS s(pk, salary, dep)",
        "MERGE INTO testcat.ns.target t USING source s ON t.pk = s.pk "
            + "WHEN MATCHED AND s.pk = 2 THEN DELETE WHEN MATCHED THEN UPDATE SET salary = s.salary + 1 "
            + "WHEN NOT MATCHED THEN INSERT (pk, dep) VALUES (s.pk, upper(s.dep))",
        "SELECT * FROM testcat.ns.target ORDER BY pk");
    rowLevelStatements("merge_star_and_by_source", "CREATE TABLE testcat.t (pk INT, v STRING)",
        "INSERT INTO testcat.t VALUES (1, 'a'), (2, 'b'), (5, 'e'), (6, 'f')",
        "CREATE TEMPORARY VIEW s AS SELECT * FROM VALUES (1, 'A'), (3, 'C') AS s(pk, v)",
        "MERGE INTO testcat.t USING s ON testcat.t.pk = s.pk WHEN MATCHED THEN UPDATE SET * "
            + "WHEN NOT MATCHED THEN INSERT * WHEN NOT MATCHED BY SOURCE AND testcat.t.pk = 5 THEN DELETE "
            + "WHEN NOT MATCHED BY SOURCE THEN UPDATE SET v = concat(v, '!')",
        "SELECT * FROM testcat.t ORDER BY pk");
    rowLevelStatements("merge_from_query", "CREATE TABLE testcat.t (k STRING, n BIGINT)",
        "INSERT INTO testcat.t VALUES ('a', 1)",
        "MERGE INTO testcat.t AS t USING (SELECT 'a' AS k, 10 AS n UNION ALL SELECT 'b', 20) AS u ON t.k = u.k "
            + "WHEN MATCHED AND u.n > 100 THEN DELETE WHEN MATCHED THEN UPDATE SET t.n = t.n + u.n "
            + "WHEN NOT MATCHED AND u.n > 100 THEN INSERT *",
        "SELECT * FROM testcat.t ORDER BY k");
    statements("merge_without_row_level_support", "CREATE TABLE testcat.t (pk INT)",
        "MERGE INTO testcat.t USING (SELECT 1 AS pk) s ON testcat.t.pk = s.pk WHEN MATCHED THEN DELETE",
        "MERGE INTO testcat.nothing USING (SELECT 1 AS pk) s ON nothing.pk = s.pk WHEN MATCHED THEN DELETE");
    rowLevelStatements("merge_cardinality", "CREATE TABLE testcat.t (pk INT, v STRING)",
        "INSERT INTO testcat.t VALUES (1, 'a'), (2, 'b')",
        "MERGE INTO testcat.t USING (SELECT 1 AS pk, 'x' AS v UNION ALL SELECT 1, 'y') s ON testcat.t.pk = s.pk "
            + "WHEN MATCHED THEN UPDATE SET v = s.v",
        "MERGE INTO testcat.t USING (SELECT 2 AS pk UNION ALL SELECT 2) s ON testcat.t.pk = s.pk "
            + "WHEN MATCHED THEN DELETE",
        "SELECT * FROM testcat.t ORDER BY pk");
    rowLevelStatements("update_and_delete", "CREATE TABLE testcat.t (pk INT, v STRING)",
        "INSERT INTO testcat.t VALUES (1, 'a'), (2, 'b'), (3, 'c'), (4, NULL)",
        "UPDATE testcat.t SET v = upper(v), pk = pk * 10 WHERE pk >= 2", "SELECT * FROM testcat.t ORDER BY pk",
        "DELETE FROM testcat.t WHERE v = 'B' OR v IS NULL", "SELECT * FROM testcat.t ORDER BY pk",
        "UPDATE testcat.t AS x SET x.v = 'all' WHERE x.pk > 10", "SELECT * FROM testcat.t ORDER BY pk",
        "DELETE FROM testcat.t", "SELECT count(*) FROM testcat.t");
    statements("update_and_delete_plain", "CREATE TABLE testcat.t (pk INT, v STRING) PARTITIONED BY (pk)",
        "INSERT INTO testcat.t VALUES (1, 'a'), (2, 'b')", "UPDATE testcat.t SET v = 'x'",
        "DELETE FROM testcat.t WHERE pk = 1", "SELECT * FROM testcat.t ORDER BY pk");
    statements("describe_and_truncate", "CREATE TABLE testcat.ns.t (id BIGINT NOT NULL, s STRING, d DATE) "
        + "PARTITIONED BY (s)", "INSERT INTO testcat.ns.t VALUES (1, 'x', DATE'2024-01-02')",
        "DESCRIBE TABLE testcat.ns.t", "TRUNCATE TABLE testcat.ns.t", "SELECT count(*) FROM testcat.ns.t");
    check("catalog_api", (spark, outcome) -> inCatalog(spark, outcome, CATALOG, session -> {
      session.sql("CREATE TABLE testcat.ns.t (id INT)");
      outcome.value("tableExists ns.t", session.catalog().tableExists("testcat.ns.t"));
      outcome.value("tableExists other", session.catalog().tableExists("testcat.ns.other"));
      session.sql("CREATE TABLE testcat.ns.p (id INT NOT NULL, s STRING COMMENT 'text') PARTITIONED BY (s)");
      outcome.value("getTable", CatalogCaseSteps.error(() -> outcome.value("table",
          session.catalog().getTable("testcat.ns.p").toString())));
      outcome.value("listColumns", CatalogCaseSteps.error(() -> outcome.value("columns",
          java.util.Arrays.toString((Object[]) session.catalog().listColumns("testcat.ns.p").collect()))));
      outcome.value("getTable missing", CatalogCaseSteps.error(() -> session.catalog().getTable("testcat.ns.x")));
    }));
    statements("current_catalog", "SET CATALOG testcat", "SELECT current_catalog(), current_schema()",
        "SHOW TABLES IN spark_catalog.c_current_catalog",
        "CREATE TABLE t (id INT)", "INSERT INTO t VALUES (1)", "SHOW TABLES", "SELECT * FROM t", "SELECT t.id FROM t",
        "USE testcat.ns", "SELECT current_catalog(), current_schema()", "CREATE TABLE u (s STRING)",
        "INSERT INTO u VALUES ('x')", "SHOW TABLES LIKE 'u'", "SELECT * FROM u", "SELECT * FROM testcat.ns.u",
        "SELECT * FROM ns.u", "DROP TABLE u", "CREATE TABLE ns.v (id INT)", "USE testcat.ns",
        "SELECT current_catalog(), current_schema()", "SHOW TABLES", "SELECT * FROM v", "SELECT * FROM t",
        "USE spark_catalog.default", "SELECT current_catalog(), current_schema()", "SELECT * FROM testcat.t",
        "USE testcat", "SELECT current_catalog(), current_schema()", "SELECT * FROM ns.v");
    statements("call_increment", "CALL testcat.dummy.increment()", "CALL testcat.dummy.increment()");
    check("unknown_plugin", (spark, outcome) -> {
      SparkSession session = spark.newSession();
      session.conf().set("spark.sql.catalog.other", "com.example.NoSuchCatalog");
      outcome.value("select", CatalogCaseSteps.legacyFailure(() -> session.sql("SELECT * FROM other.ns.t").collect()));
    });
    check("write_to_create_and_read", (spark, outcome) -> inCatalog(spark, outcome, CATALOG, session -> {
      people(session).writeTo("testcat.people").create();
      rows(outcome, session.table("testcat.people").orderBy("id"));
      rows(outcome, session.sql("SELECT name FROM testcat.people WHERE id > 1"));
      outcome.value("create again", CatalogCaseSteps.error(() -> people(session).writeTo("testcat.people").create()));
    }));
    check("write_to_append_by_name", (spark, outcome) -> inCatalog(spark, outcome, CATALOG, session -> {
      session.sql("CREATE TABLE testcat.ns.people (name STRING, id BIGINT)");
      people(session).writeTo("testcat.ns.people").append();
      people(session).select(col("id").plus(10).as("id"), col("name")).writeTo("testcat.ns.people").append();
      rows(outcome, session.table("testcat.ns.people").orderBy("id"));
      outcome.value("missing column", CatalogCaseSteps.error(() ->
          people(session).select("id").writeTo("testcat.ns.people").append()));
      outcome.value("extra column", CatalogCaseSteps.error(() ->
          people(session).withColumn("extra", lit(1)).writeTo("testcat.ns.people").append()));
      outcome.value("missing table", CatalogCaseSteps.error(() -> people(session).writeTo("testcat.nope").append()));
    }));
    check("write_to_overwrite", (spark, outcome) -> inCatalog(spark, outcome, CATALOG, session -> {
      session.sql("CREATE TABLE testcat.t (id BIGINT, name STRING) USING foo PARTITIONED BY (id)");
      people(session).writeTo("testcat.t").append();
      people(session).where("id = 1").select(col("id"), lit("again").as("name")).writeTo("testcat.t")
          .overwrite(expr("id = 2"));
      rows(outcome, session.table("testcat.t").orderBy("id", "name"));
      people(session).where("id = 3").writeTo("testcat.t").overwrite(lit(true));
      rows(outcome, session.table("testcat.t").orderBy("id", "name"));
    }));
    check("write_to_overwrite_partitions", (spark, outcome) -> inCatalog(spark, outcome, CATALOG, session -> {
      session.sql("CREATE TABLE testcat.t (id BIGINT, name STRING) USING foo PARTITIONED BY (id)");
      people(session).writeTo("testcat.t").append();
      people(session).where("id = 2").select(col("id"), lit("new").as("name")).writeTo("testcat.t")
          .overwritePartitions();
      rows(outcome, session.table("testcat.t").orderBy("id", "name"));
      session.sql("CREATE TABLE testcat.u (id BIGINT, name STRING)");
      people(session).writeTo("testcat.u").append();
      people(session).where("id = 2").writeTo("testcat.u").overwritePartitions();
      rows(outcome, session.table("testcat.u").orderBy("id"));
    }));
    check("write_to_replace", (spark, outcome) -> inCatalog(spark, outcome, CATALOG, session -> {
      outcome.value("replace missing", CatalogCaseSteps.error(() -> people(session).writeTo("testcat.t").replace()));
      people(session).writeTo("testcat.t").createOrReplace();
      session.range(2).writeTo("testcat.t").createOrReplace();
      rows(outcome, session.table("testcat.t").orderBy("id"));
      people(session).writeTo("testcat.t").replace();
      rows(outcome, session.table("testcat.t").orderBy("id"));
    }));
    check("merge_into_api", (spark, outcome) -> inCatalog(spark, outcome, ROW_LEVEL_CATALOG, session -> {
      session.sql("CREATE TABLE testcat.ns1.target (id BIGINT NOT NULL, name STRING)");
      session.sql("INSERT INTO testcat.ns1.target VALUES (1, 'one'), (2, 'two'), (7, 'seven')");
      Dataset<Row> source = people(session).as("src");
      source.mergeInto("testcat.ns1.target", col("src.id").equalTo(col("testcat.ns1.target.id")))
          .whenMatched(col("src.id").equalTo(2)).delete()
          .whenMatched().update(scalaMap("name", col("src.name")))
          .whenNotMatched().insertAll()
          .whenNotMatchedBySource().update(scalaMap("name", lit("gone")))
          .merge();
      rows(outcome, session.table("testcat.ns1.target").orderBy("id"));
    }));
  }

  private static Dataset<Row> people(SparkSession spark) {
    return spark.sql("SELECT * FROM VALUES (1L, 'ann'), (2L, 'bob'), (3L, 'cy') AS p(id, name)");
  }

  private static scala.collection.immutable.Map<String, Column> scalaMap(String key, Column value) {
    return new scala.collection.immutable.Map.Map1<>(key, value);
  }

  private static void rows(Outcome outcome, Dataset<Row> df) {
    CatalogCaseSteps.rows(outcome, df);
  }

  @FunctionalInterface
  private interface SessionBody {
    void run(SparkSession session) throws Exception;
  }

  /** The body run in a new session with {@code testcat} configured. */
  private static void inCatalog(SparkSession spark, Outcome outcome, String plugin, SessionBody body)
      throws Exception {
    SparkSession session = spark.newSession();
    session.conf().set("spark.sql.catalog.testcat", plugin);
    body.run(session);
  }

  private void statements(String caseName, String... statements) {
    statementsIn(CATALOG, caseName, statements);
  }

  private void rowLevelStatements(String caseName, String... statements) {
    statementsIn(ROW_LEVEL_CATALOG, caseName, statements);
  }

  private void statementsIn(String plugin, String caseName, String... statements) {
    String[] all = new String[statements.length + 1];
    all[0] = "SET spark.sql.catalog.testcat=" + plugin;
    System.arraycopy(statements, 0, all, 1, statements.length);
    check(caseName, (spark, outcome) -> CatalogStatements.run(spark, outcome, "c_" + caseName, all));
  }

}
