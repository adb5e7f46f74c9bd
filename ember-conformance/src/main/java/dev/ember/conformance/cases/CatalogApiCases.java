package dev.ember.conformance.cases;

import dev.ember.conformance.CaseBody;
import dev.ember.conformance.CaseGroup;
import dev.ember.conformance.ConformanceData;
import dev.ember.conformance.Outcome;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * {@code spark.catalog()} over the persistent catalog: databases, tables, columns, existence checks, the current
 * database, createTable and caching. Each case works in a database of its own, dropped after it.
 */
public final class CatalogApiCases extends CaseGroup {
  public CatalogApiCases() {
    super("catalog_api");
    inDatabase("current_database", (spark, outcome) -> {
      outcome.value("current", spark.catalog().currentDatabase());
      outcome.value("catalog", spark.catalog().currentCatalog());
    });
    inDatabase("set_current_database", (spark, outcome) -> {
      spark.catalog().setCurrentDatabase("default");
      outcome.value("current", spark.catalog().currentDatabase());
      outcome.value("missing", error(() -> spark.catalog().setCurrentDatabase("capi_nowhere")));
    });
    inDatabase("list_catalogs", (spark, outcome) -> rows(outcome, spark.catalog().listCatalogs().toDF()));
    inDatabase("list_databases_pattern", (spark, outcome) -> {
      spark.sql("CREATE DATABASE capi_x");
      try {
        rows(outcome, spark.catalog().listDatabases("capi_*").toDF());
      } finally {
        spark.sql("DROP DATABASE capi_x");
      }
    });
    inDatabase("database_exists", (spark, outcome) -> {
      outcome.value("default", spark.catalog().databaseExists("default"));
      outcome.value("own", spark.catalog().databaseExists("c_database_exists"));
      outcome.value("missing", spark.catalog().databaseExists("capi_nowhere"));
    });
    inDatabase("get_database", (spark, outcome) -> {
      outcome.value("name", spark.catalog().getDatabase("c_get_database").name());
      outcome.value("missing", error(() -> spark.catalog().getDatabase("capi_nowhere")));
    });
    inDatabase("list_tables", (spark, outcome) -> {
      spark.sql("CREATE TABLE t1 (a INT) USING parquet");
      spark.sql("CREATE TABLE t2 (a INT) USING json COMMENT 'second'");
      spark.sql("CREATE VIEW v1 AS SELECT 1 AS a");
      rows(outcome, spark.catalog().listTables().toDF());
    });
    inDatabase("list_tables_other_database", (spark, outcome) -> {
      spark.sql("CREATE TABLE t1 (a INT) USING parquet");
      spark.catalog().setCurrentDatabase("default");
      rows(outcome, spark.catalog().listTables("c_list_tables_other_database").toDF());
      outcome.value("missing", error(() -> spark.catalog().listTables("capi_nowhere").collectAsList()));
    });
    inDatabase("list_tables_pattern", (spark, outcome) -> {
      spark.sql("CREATE TABLE apple (a INT) USING parquet");
      spark.sql("CREATE TABLE banana (a INT) USING parquet");
      rows(outcome, spark.catalog().listTables("c_list_tables_pattern", "ap*").toDF());
    });
    inDatabase("list_tables_with_temp_view", (spark, outcome) -> {
      spark.sql("CREATE TABLE t1 (a INT) USING parquet");
      spark.range(1).createOrReplaceTempView("capi_temp");
      try {
        rows(outcome, spark.catalog().listTables().toDF());
      } finally {
        spark.catalog().dropTempView("capi_temp");
      }
    });
    inDatabase("get_table", (spark, outcome) -> {
      spark.sql("CREATE TABLE t1 (a INT) USING parquet");
      outcome.value("table", spark.catalog().getTable("t1"));
      outcome.value("qualified", spark.catalog().getTable("c_get_table.t1"));
      outcome.value("by database", spark.catalog().getTable("c_get_table", "t1"));
      outcome.value("missing", error(() -> spark.catalog().getTable("nothing_here")));
    });
    inDatabase("table_exists", (spark, outcome) -> {
      spark.sql("CREATE TABLE t1 (a INT) USING parquet");
      spark.sql("CREATE VIEW v1 AS SELECT 1 AS a");
      outcome.value("table", spark.catalog().tableExists("t1"));
      outcome.value("view", spark.catalog().tableExists("v1"));
      outcome.value("qualified", spark.catalog().tableExists("c_table_exists.t1"));
      outcome.value("by database", spark.catalog().tableExists("c_table_exists", "t1"));
      outcome.value("missing", spark.catalog().tableExists("nothing_here"));
    });
    inDatabase("list_columns", (spark, outcome) -> {
      spark.sql("CREATE TABLE t1 (a INT, b STRING, p INT) USING parquet PARTITIONED BY (p)");
      rows(outcome, spark.catalog().listColumns("t1").toDF());
      outcome.value("missing", error(() -> spark.catalog().listColumns("nothing_here").collectAsList()));
    });
    inDatabase("list_columns_of_view", (spark, outcome) -> {
      spark.sql("CREATE VIEW v1 AS SELECT 1 AS a, 'x' AS b");
      rows(outcome, spark.catalog().listColumns("v1").toDF());
    });
    inDatabase("create_table_with_schema", (spark, outcome) -> {
      StructType schema = new StructType().add("a", DataTypes.IntegerType).add("b", DataTypes.StringType);
      Dataset<Row> created = spark.catalog().createTable("t1", "parquet", schema, Map.of());
      rows(outcome, created);
      rows(outcome, spark.sql("DESCRIBE t1"));
    });
    inDatabase("create_table_over_path", (spark, outcome) -> {
      Dataset<Row> created = spark.catalog().createTable("t1",
          ConformanceData.directory().resolve("parquet_dir").toString(), "parquet");
      outcome.value("count", created.count());
      outcome.value("type", spark.catalog().getTable("t1").tableType());
    });
    inDatabase("cache_table", (spark, outcome) -> {
      spark.sql("CREATE TABLE t1 (a INT) USING parquet");
      outcome.value("before", spark.catalog().isCached("t1"));
      spark.catalog().cacheTable("t1");
      outcome.value("after", spark.catalog().isCached("t1"));
      spark.catalog().uncacheTable("t1");
      outcome.value("uncached", spark.catalog().isCached("t1"));
      spark.catalog().cacheTable("t1");
      spark.catalog().clearCache();
      outcome.value("cleared", spark.catalog().isCached("t1"));
    });
    inDatabase("refresh_table", (spark, outcome) -> {
      spark.sql("CREATE TABLE t1 (a INT) USING parquet");
      spark.catalog().refreshTable("t1");
      outcome.value("missing", error(() -> spark.catalog().refreshTable("nothing_here")));
    });
    writerCases();
  }

  private void writerCases() {
    inDatabase("save_as_table", (spark, outcome) -> {
      spark.range(3).selectExpr("id", "id * 2 AS twice").write().saveAsTable("t1");
      rows(outcome, spark.table("t1").orderBy("id"));
      outcome.value("type", spark.catalog().getTable("t1").tableType());
      outcome.value("again", error(() -> spark.range(1).write().saveAsTable("t1")));
    });
    inDatabase("save_as_table_modes", (spark, outcome) -> {
      spark.range(2).write().saveAsTable("t1");
      spark.range(5, 6).write().mode("append").saveAsTable("t1");
      rows(outcome, spark.table("t1").orderBy("id"));
      spark.range(7, 8).write().mode("ignore").saveAsTable("t1");
      rows(outcome, spark.table("t1").orderBy("id"));
      spark.range(9, 11).selectExpr("id AS n").write().mode("overwrite").saveAsTable("t1");
      rows(outcome, spark.table("t1").orderBy("n"));
    });
    inDatabase("save_as_table_format_and_partitions", (spark, outcome) -> {
      spark.range(4).selectExpr("id", "CAST(id % 2 AS STRING) AS p").write().format("json").partitionBy("p")
          .saveAsTable("t1");
      rows(outcome, spark.table("t1").orderBy("id"));
      rows(outcome, spark.sql("DESCRIBE t1"));
      outcome.value("provider", spark.sql("DESCRIBE EXTENDED t1").where("col_name = 'Provider'").first().get(1));
    });
    inDatabase("insert_into_by_position", (spark, outcome) -> {
      spark.sql("CREATE TABLE t1 (a BIGINT, b STRING) USING parquet");
      spark.sql("SELECT 1 AS x, 'one' AS y").write().insertInto("t1");
      spark.sql("SELECT 2 AS b, 'two' AS a").write().insertInto("t1");
      rows(outcome, spark.table("t1").orderBy("a"));
      spark.sql("SELECT 3, 'three'").write().mode("overwrite").insertInto("t1");
      rows(outcome, spark.table("t1"));
      outcome.value("missing", error(() -> spark.range(1).write().insertInto("nothing_here")));
    });
  }

  private void inDatabase(String caseName, CaseBody body) {
    check(caseName, CatalogCaseSteps.inDatabase(caseName, body));
  }

  private static void rows(Outcome outcome, Dataset<Row> df) {
    CatalogCaseSteps.rows(outcome, df);
  }

  private static String error(CatalogCaseSteps.Call call) {
    return CatalogCaseSteps.error(call);
  }
}
