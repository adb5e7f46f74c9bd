package dev.ember.conformance.cases;

import static dev.ember.conformance.cases.CatalogCaseSteps.error;
import static dev.ember.conformance.cases.CatalogCaseSteps.legacyFailure;
import static dev.ember.conformance.cases.CatalogCaseSteps.rows;

import dev.ember.conformance.CaseBody;
import dev.ember.conformance.CaseGroup;
import dev.ember.conformance.ConformanceData;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.catalog.Function;

/**
 * The {@code spark.catalog()} calls Spark runs as a SQL statement (dropTable, dropView, createDatabase,
 * dropDatabase, listPartitions, listViews, getTableProperties, getCreateTableString, truncateTable, analyzeTable),
 * the current catalog, refreshing cached tables, and functions (listFunctions, getFunction, functionExists).
 */
public final class CatalogCallCases extends CaseGroup {
  public CatalogCallCases() {
    super("catalog_calls");
    inDatabase("drop_table", (spark, outcome) -> {
      spark.sql("CREATE TABLE t1 (a INT) USING parquet");
      spark.catalog().dropTable("t1", false, false);
      outcome.value("exists", spark.catalog().tableExists("t1"));
      outcome.value("missing", error(() -> spark.catalog().dropTable("t1", false, false)));
      outcome.value("missing if exists", error(() -> spark.catalog().dropTable("t1", true, false)));
    });
    inDatabase("drop_view", (spark, outcome) -> {
      spark.sql("CREATE VIEW v1 AS SELECT 1 AS a");
      spark.catalog().dropView("v1", false);
      outcome.value("exists", spark.catalog().tableExists("v1"));
      outcome.value("missing", error(() -> spark.catalog().dropView("v1", false)));
      outcome.value("missing if exists", error(() -> spark.catalog().dropView("v1", true)));
    });
    inDatabase("create_and_drop_database", (spark, outcome) -> {
      spark.catalog().createDatabase("c_calls_db", false, Map.of("comment", "a comment", "k", "v"));
      outcome.value("exists", spark.catalog().databaseExists("c_calls_db"));
      outcome.value("description", spark.catalog().getDatabase("c_calls_db").description());
      outcome.value("again", error(() -> spark.catalog().createDatabase("c_calls_db", false, Map.of())));
      outcome.value("again if not exists", error(() -> spark.catalog().createDatabase("c_calls_db", true, Map.of())));
      spark.sql("CREATE TABLE c_calls_db.t1 (a INT) USING parquet");
      outcome.value("not empty", error(() -> spark.catalog().dropDatabase("c_calls_db", false, false)));
      spark.catalog().dropDatabase("c_calls_db", false, true);
      outcome.value("dropped", spark.catalog().databaseExists("c_calls_db"));
      outcome.value("missing", error(() -> spark.catalog().dropDatabase("c_calls_db", false, false)));
      outcome.value("missing if exists", error(() -> spark.catalog().dropDatabase("c_calls_db", true, false)));
    });
    inDatabase("list_partitions", (spark, outcome) -> {
      spark.sql("CREATE TABLE t1 (a INT, p INT, q STRING) USING parquet PARTITIONED BY (p, q)");
      spark.sql("INSERT INTO t1 VALUES (1, 7, 'x'), (2, 7, 'y'), (3, 10, 'a b')");
      rows(outcome, spark.catalog().listPartitions("t1").toDF());
      rows(outcome, spark.sql("SHOW PARTITIONS t1"));
      spark.sql("CREATE TABLE t2 (a INT) USING parquet");
      outcome.value("not partitioned", error(() -> spark.catalog().listPartitions("t2").collectAsList()));
      spark.sql("CREATE VIEW v1 AS SELECT 1 AS a");
      outcome.value("view", error(() -> spark.catalog().listPartitions("v1").collectAsList()));
      outcome.value("missing", error(() -> spark.catalog().listPartitions("nothing_here").collectAsList()));
    });
    inDatabase("list_views", (spark, outcome) -> {
      spark.sql("CREATE TABLE t1 (a INT) USING parquet");
      spark.sql("CREATE VIEW v1 AS SELECT 1 AS a");
      spark.sql("CREATE VIEW apple AS SELECT 1 AS a");
      spark.range(1).createOrReplaceTempView("c_calls_temp");
      try {
        rows(outcome, spark.catalog().listViews().toDF());
        rows(outcome, spark.catalog().listViews("c_list_views", "ap*").toDF());
      } finally {
        spark.catalog().dropTempView("c_calls_temp");
      }
    });
    inDatabase("table_properties", (spark, outcome) -> {
      spark.sql("CREATE TABLE t1 (a INT) USING parquet OPTIONS ('compression' = 'snappy') "
          + "TBLPROPERTIES ('k1' = 'v1', 'k2' = 'v2')");
      outcome.value("properties", new TreeMap<>(spark.catalog().getTableProperties("t1")).toString());
      outcome.value("missing", error(() -> spark.catalog().getTableProperties("nothing_here")));
    });
    inDatabase("create_table_string", (spark, outcome) -> {
      spark.sql("CREATE TABLE t1 (a INT, b STRING) USING parquet PARTITIONED BY (b) COMMENT 'first'");
      spark.sql("CREATE VIEW v1 AS SELECT 1 AS a");
      outcome.value("table", spark.catalog().getCreateTableString("t1", false)
          .replace(spark.conf().get("spark.sql.warehouse.dir"), "<warehouse>"));
      outcome.value("view", spark.catalog().getCreateTableString("v1", false));
      outcome.value("view as serde", spark.catalog().getCreateTableString("v1", true));
      outcome.value("table as serde", error(() -> spark.catalog().getCreateTableString("t1", true)));
      outcome.value("missing", error(() -> spark.catalog().getCreateTableString("nothing_here", false)));
    });
    inDatabase("truncate_table", (spark, outcome) -> {
      spark.sql("CREATE TABLE t1 (a INT) USING parquet");
      spark.sql("INSERT INTO t1 VALUES (1), (2)");
      spark.catalog().truncateTable("t1");
      outcome.value("count", spark.table("t1").count());
      spark.sql("CREATE VIEW v1 AS SELECT 1 AS a");
      outcome.value("view", error(() -> spark.catalog().truncateTable("v1")));
      outcome.value("missing", error(() -> spark.catalog().truncateTable("nothing_here")));
    });
    inDatabase("analyze_table", (spark, outcome) -> {
      spark.sql("CREATE TABLE t1 (a INT) USING parquet");
      spark.catalog().analyzeTable("t1", true);
      spark.catalog().analyzeTable("t1", false);
      outcome.value("count", spark.table("t1").count());
      outcome.value("missing", error(() -> spark.catalog().analyzeTable("nothing_here", false)));
    });
    inDatabase("current_catalog", (spark, outcome) -> {
      spark.catalog().setCurrentCatalog("spark_catalog");
      outcome.value("current", spark.catalog().currentCatalog());
      outcome.value("database", spark.catalog().currentDatabase());
      outcome.value("missing", error(() -> spark.catalog().setCurrentCatalog("c_calls_nowhere")));
      rows(outcome, spark.catalog().listCatalogs().toDF());
      rows(outcome, spark.sql("SET CATALOG spark_catalog"));
      rows(outcome, spark.sql("SET CATALOG 'spark_catalog'"));
      outcome.value("after set", spark.catalog().currentCatalog());
      outcome.value("set missing", error(() -> spark.sql("SET CATALOG c_calls_nowhere")));
      outcome.value("set missing string", error(() -> spark.sql("SET CATALOG 'c_calls_nowhere'")));
    });
    inDatabase("refresh_by_path", (spark, outcome) -> {
      String path = ConformanceData.directory().resolve("parquet_dir").toString();
      spark.catalog().createTable("t1", path, "parquet");
      spark.catalog().cacheTable("t1");
      spark.catalog().refreshByPath(path);
      outcome.value("cached", spark.catalog().isCached("t1"));
      outcome.value("count", spark.table("t1").count());
    });
    functionCases();
    partitionCases();
  }

  private void partitionCases() {
    inDatabase("recover_partitions", (spark, outcome) -> {
      String path = java.nio.file.Files.createTempDirectory("ember-recover").resolve("data").toString();
      spark.range(5).selectExpr("id AS a", "id % 2 AS p").write().partitionBy("p").parquet(path);
      spark.sql("CREATE TABLE t1 (a BIGINT, p BIGINT) USING parquet PARTITIONED BY (p) LOCATION '" + path + "'");
      outcome.value("count before", spark.table("t1").count());
      rows(outcome, spark.sql("SHOW PARTITIONS t1"));
      spark.catalog().recoverPartitions("t1");
      outcome.value("count after", spark.table("t1").count());
      rows(outcome, spark.catalog().listPartitions("t1").toDF());
      spark.sql("CREATE TABLE t2 (a INT) USING parquet");
      outcome.value("not partitioned", error(() -> spark.catalog().recoverPartitions("t2")));
      spark.sql("CREATE VIEW v1 AS SELECT 1 AS a");
      outcome.value("view", error(() -> spark.catalog().recoverPartitions("v1")));
      outcome.value("missing", error(() -> spark.catalog().recoverPartitions("nothing_here")));
    });
    inDatabase("repair_table", (spark, outcome) -> {
      String path = java.nio.file.Files.createTempDirectory("ember-repair").resolve("data").toString();
      spark.range(4).selectExpr("id AS a", "CAST(id % 2 AS STRING) AS p").write().partitionBy("p").json(path);
      spark.sql("CREATE TABLE t1 (a BIGINT, p STRING) USING json PARTITIONED BY (p) LOCATION '" + path + "'");
      spark.sql("CREATE TABLE t2 (a BIGINT, p STRING) USING json PARTITIONED BY (p) LOCATION '" + path + "'");
      rows(outcome, spark.sql("MSCK REPAIR TABLE t1"));
      outcome.value("msck", spark.table("t1").count());
      rows(outcome, spark.sql("ALTER TABLE t2 RECOVER PARTITIONS"));
      outcome.value("alter", spark.table("t2").count());
      spark.sql("CREATE TABLE t3 (a INT) USING parquet");
      outcome.value("msck not partitioned", error(() -> spark.sql("MSCK REPAIR TABLE t3")));
      outcome.value("alter not partitioned", error(() -> spark.sql("ALTER TABLE t3 RECOVER PARTITIONS")));
    });
    inDatabase("add_and_drop_partitions", (spark, outcome) -> {
      spark.sql("CREATE TABLE t1 (a INT, p INT, q STRING) USING parquet PARTITIONED BY (p, q)");
      rows(outcome, spark.sql("ALTER TABLE t1 ADD PARTITION (p = 1, q = 'x') PARTITION (p = 2, q = 'y z')"));
      rows(outcome, spark.sql("SHOW PARTITIONS t1"));
      outcome.value("again", error(() -> spark.sql("ALTER TABLE t1 ADD PARTITION (p = 1, q = 'x')")));
      spark.sql("ALTER TABLE t1 ADD IF NOT EXISTS PARTITION (p = 1, q = 'x') PARTITION (p = 3, q = 'w')");
      rows(outcome, spark.sql("SHOW PARTITIONS t1"));
      spark.sql("INSERT INTO t1 PARTITION (p = 1, q = 'x') SELECT 5");
      outcome.value("count", spark.table("t1").count());
      rows(outcome, spark.sql("ALTER TABLE t1 DROP PARTITION (p = 1, q = 'x')"));
      rows(outcome, spark.sql("SHOW PARTITIONS t1"));
      outcome.value("count after drop", spark.table("t1").count());
      outcome.value("drop missing", error(() -> spark.sql("ALTER TABLE t1 DROP PARTITION (p = 9, q = 'x')")));
      spark.sql("ALTER TABLE t1 DROP IF EXISTS PARTITION (p = 9, q = 'x')");
      outcome.value("partial drop", error(() -> spark.sql("ALTER TABLE t1 DROP PARTITION (p = 2)")));
      spark.sql("ALTER TABLE t1 DROP PARTITION (p = 2, q = 'y z'), PARTITION (p = 3, q = 'w')");
      rows(outcome, spark.sql("SHOW PARTITIONS t1"));
      outcome.value("partial add", legacyFailure(() -> spark.sql("ALTER TABLE t1 ADD PARTITION (p = 4)")));
      outcome.value("unknown column", error(() -> spark.sql("ALTER TABLE t1 ADD PARTITION (p = 4, r = 'x')")));
      spark.sql("CREATE TABLE t2 (a INT) USING parquet");
      outcome.value("not partitioned", legacyFailure(() -> spark.sql("ALTER TABLE t2 ADD PARTITION (a = 1)")));
    });
    inDatabase("partitions_after_writes", (spark, outcome) -> {
      spark.sql("CREATE TABLE t1 (a INT, p INT) USING parquet PARTITIONED BY (p)");
      rows(outcome, spark.sql("SHOW PARTITIONS t1"));
      spark.sql("INSERT INTO t1 VALUES (1, 1), (2, 2)");
      spark.sql("INSERT INTO t1 PARTITION (p = 3) SELECT 3");
      rows(outcome, spark.sql("SHOW PARTITIONS t1"));
      spark.sql("INSERT OVERWRITE t1 PARTITION (p = 3) SELECT 4");
      rows(outcome, spark.table("t1").orderBy("a"));
      spark.sql("INSERT OVERWRITE t1 SELECT 5, 5");
      rows(outcome, spark.sql("SHOW PARTITIONS t1"));
      rows(outcome, spark.table("t1").orderBy("a"));
      spark.sql("TRUNCATE TABLE t1");
      rows(outcome, spark.sql("SHOW PARTITIONS t1"));
      outcome.value("count after truncate", spark.table("t1").count());
      spark.range(3).selectExpr("id AS a", "id % 2 AS p").write().partitionBy("p").saveAsTable("t2");
      rows(outcome, spark.sql("SHOW PARTITIONS t2"));
      spark.sql("CREATE TABLE t3 USING parquet PARTITIONED BY (p) AS SELECT 1 AS a, 9 AS p");
      rows(outcome, spark.sql("SHOW PARTITIONS t3"));
    });
  }

  private void functionCases() {
    inDatabase("list_functions", (spark, outcome) -> {
      rows(outcome, spark.catalog().listFunctions("c_list_functions", "to_d*").toDF());
      rows(outcome, spark.catalog().listFunctions("c_list_functions", "*not_a_function*").toDF());
      outcome.value("count", spark.catalog().listFunctions().count() > 400);
    });
    inDatabase("list_sql_functions", (spark, outcome) -> {
      spark.sql("CREATE TEMPORARY FUNCTION c_calls_temp(x INT) RETURNS INT RETURN x + 1");
      spark.sql("CREATE FUNCTION c_calls_kept(x INT) RETURNS INT COMMENT 'kept' RETURN x * 2");
      try {
        // a SQL function's description is Spark's record of it, creation time included: not compared
        rows(outcome, spark.catalog().listFunctions("c_list_sql_functions", "c_calls*").toDF().drop("description"));
        outcome.value("temporary", withoutDescription(spark.catalog().getFunction("c_calls_temp")));
        outcome.value("persistent", withoutDescription(spark.catalog().getFunction("c_calls_kept")));
        outcome.value("by database", withoutDescription(
            spark.catalog().getFunction("c_list_sql_functions", "c_calls_kept")));
        outcome.value("exists", spark.catalog().functionExists("c_list_sql_functions", "c_calls_kept"));
      } finally {
        spark.sql("DROP TEMPORARY FUNCTION c_calls_temp");
      }
    });
    inDatabase("show_functions", (spark, outcome) -> {
      spark.sql("CREATE TEMPORARY FUNCTION c_calls_temp(x INT) RETURNS INT RETURN x + 1");
      spark.sql("CREATE FUNCTION c_calls_kept(x INT) RETURNS INT RETURN x * 2");
      try {
        rows(outcome, spark.sql("SHOW USER FUNCTIONS"));
        rows(outcome, spark.sql("SHOW FUNCTIONS LIKE 'to_d*|c_calls*'"));
        rows(outcome, spark.sql("SHOW SYSTEM FUNCTIONS LIKE 'c_calls*|abs'"));
        rows(outcome, spark.sql("SHOW ALL FUNCTIONS IN default LIKE 'c_calls*'"));
        outcome.value("count", spark.sql("SHOW FUNCTIONS").count() > 400);
      } finally {
        spark.sql("DROP TEMPORARY FUNCTION c_calls_temp");
      }
    });
    inDatabase("get_function", (spark, outcome) -> {
      outcome.value("abs", spark.catalog().getFunction("abs"));
      outcome.value("exists", spark.catalog().functionExists("abs"));
      outcome.value("upper case exists", spark.catalog().functionExists("ABS"));
      outcome.value("missing exists", spark.catalog().functionExists("c_calls_nothing"));
      outcome.value("missing", error(() -> spark.catalog().getFunction("c_calls_nothing")));
    });
  }

  private static String withoutDescription(Function function) {
    return function.name() + ", " + function.catalog() + ", " + (function.namespace() == null ? null
        : String.join(".", function.namespace())) + ", " + function.className() + ", " + function.isTemporary();
  }

  private void inDatabase(String caseName, CaseBody body) {
    check(caseName, CatalogCaseSteps.inDatabase(caseName, body));
  }
}
