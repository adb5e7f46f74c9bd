package dev.ember.suites.sql;

import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalog.Database;
import org.apache.spark.sql.catalog.Table;

/**
 * Gives a file the catalog Spark's suite gives it (a fresh warehouse with the test tables): the tables
 * and views an earlier file or run left in the server's shared catalog are dropped, other databases with them.
 */
final class SqlCatalogReset {
  private SqlCatalogReset() {
  }

  private static java.util.List<Table> tables(SparkSession spark) {
    try {
      return spark.catalog().listTables("default").collectAsList();
    } catch (org.apache.spark.sql.AnalysisException e) {
      throw new IllegalStateException("cannot list the tables of the default database", e);
    }
  }

  static void dropAll(SparkSession spark) {
    for (Database database : spark.catalog().listDatabases().collectAsList()) {
      if (database.name().equals("default")) {
        for (Table table : tables(spark)) {
          if (!table.isTemporary() && !SqlTestData.TABLES.contains(table.name().toLowerCase(java.util.Locale.ROOT))) {
            String kind = "VIEW".equalsIgnoreCase(table.tableType()) ? "VIEW" : "TABLE";
            spark.sql("DROP " + kind + " IF EXISTS `default`.`" + table.name().replace("`", "``") + "`").collect();
          }
        }
      } else {
        spark.sql("DROP DATABASE IF EXISTS `" + database.name().replace("`", "``") + "` CASCADE").collect();
      }
    }
  }
}
