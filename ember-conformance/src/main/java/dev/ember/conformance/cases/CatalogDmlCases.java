package dev.ember.conformance.cases;

import dev.ember.conformance.CaseGroup;

/**
 * Rows into tables through SQL: INSERT INTO / OVERWRITE (VALUES, SELECT, partitions static and dynamic, column
 * lists, Spark's arity and type errors), CREATE TABLE ... AS SELECT, and UPDATE / DELETE / MERGE refused on file
 * tables. Each case runs in a database of its own ({@link CatalogStatements}).
 */
public final class CatalogDmlCases extends CaseGroup {
  public CatalogDmlCases() {
    super("catalog_dml");
    statements("insert_values",
        "CREATE TABLE t (a INT, b STRING) USING parquet", "INSERT INTO t VALUES (1, 'one'), (2, 'two')",
        "SELECT * FROM t ORDER BY a");
    statements("insert_into_table_keyword",
        "CREATE TABLE t (a INT, b STRING) USING parquet", "INSERT INTO TABLE t VALUES (1, 'one')",
        "INSERT INTO t SELECT 2, 'two'", "SELECT * FROM t ORDER BY a");
    statements("insert_select_from_table",
        "CREATE TABLE src (a INT, b STRING) USING parquet", "INSERT INTO src VALUES (1, 'x'), (2, 'y'), (3, 'z')",
        "CREATE TABLE dst (a INT, b STRING) USING parquet", "INSERT INTO dst SELECT * FROM src WHERE a > 1",
        "SELECT * FROM dst ORDER BY a");
    statements("insert_twice_appends",
        "CREATE TABLE t (a INT) USING parquet", "INSERT INTO t VALUES (1)", "INSERT INTO t VALUES (2)",
        "SELECT * FROM t ORDER BY a");
    statements("insert_overwrite",
        "CREATE TABLE t (a INT) USING parquet", "INSERT INTO t VALUES (1), (2)", "INSERT OVERWRITE t VALUES (3)",
        "SELECT * FROM t", "INSERT OVERWRITE TABLE t SELECT 4", "SELECT * FROM t");
    statements("insert_casts_to_table_types",
        "CREATE TABLE t (a BIGINT, b DOUBLE, c DECIMAL(10, 2), d STRING) USING parquet",
        "INSERT INTO t VALUES (1, 2, 3.456, 4)", "SELECT * FROM t", "DESCRIBE t");
    statements("insert_too_many_columns",
        "CREATE TABLE t (a INT, b STRING) USING parquet", "INSERT INTO t VALUES (1, 'x', 3)");
    statements("insert_not_enough_columns",
        "CREATE TABLE t (a INT, b STRING) USING parquet", "INSERT INTO t VALUES (1)");
    statements("insert_string_into_int",
        "CREATE TABLE t (a INT) USING parquet", "INSERT INTO t VALUES ('x')", "INSERT INTO t VALUES ('7')",
        "SELECT * FROM t");
    statements("insert_overflow",
        "CREATE TABLE t (a TINYINT) USING parquet", "INSERT INTO t VALUES (1000)", "SELECT count(*) FROM t");
    statements("insert_null_values",
        "CREATE TABLE t (a INT, b STRING) USING parquet", "INSERT INTO t VALUES (NULL, NULL), (1, NULL)",
        "SELECT * FROM t ORDER BY a NULLS FIRST");
    statements("insert_column_list",
        "CREATE TABLE t (a INT, b STRING, c DOUBLE) USING parquet", "INSERT INTO t (b, a, c) VALUES ('x', 1, 2.5)",
        "INSERT INTO t (c, a) VALUES (3.5, 2)", "SELECT * FROM t ORDER BY a");
    statements("insert_into_missing_table", "INSERT INTO nothing_here VALUES (1)");
    statements("insert_into_view", "CREATE VIEW v AS SELECT 1 AS a", "INSERT INTO v VALUES (2)");
    statements("insert_static_partition",
        "CREATE TABLE t (a INT, p STRING) USING parquet PARTITIONED BY (p)",
        "INSERT INTO t PARTITION (p = 'x') VALUES (1), (2)", "INSERT INTO t PARTITION (p = 'y') SELECT 3",
        "SELECT * FROM t ORDER BY a");
    statements("insert_dynamic_partition",
        "CREATE TABLE t (a INT, p STRING) USING parquet PARTITIONED BY (p)",
        "INSERT INTO t VALUES (1, 'x'), (2, 'y'), (3, 'x')", "INSERT INTO t PARTITION (p) VALUES (4, 'z')",
        "SELECT * FROM t ORDER BY a", "SELECT p, count(*) FROM t GROUP BY p ORDER BY p");
    statements("insert_overwrite_static_partition",
        "CREATE TABLE t (a INT, p STRING) USING parquet PARTITIONED BY (p)",
        "INSERT INTO t VALUES (1, 'x'), (2, 'y')", "INSERT OVERWRITE t PARTITION (p = 'x') VALUES (10)",
        "SELECT * FROM t ORDER BY a");
    statements("insert_overwrite_dynamic_whole_table",
        "CREATE TABLE t (a INT, p STRING) USING parquet PARTITIONED BY (p)",
        "INSERT INTO t VALUES (1, 'x'), (2, 'y')", "INSERT OVERWRITE t VALUES (3, 'x')", "SELECT * FROM t ORDER BY a");
    statements("insert_int_partition",
        "CREATE TABLE t (a STRING, y INT, m INT) USING parquet PARTITIONED BY (y, m)",
        "INSERT INTO t PARTITION (y = 2024, m = 1) VALUES ('a')", "INSERT INTO t PARTITION (y = 2024, m) VALUES ('b', 2)",
        "SELECT * FROM t ORDER BY a", "SELECT sum(y + m) FROM t");
    statements("insert_csv_table",
        "CREATE TABLE t (a INT, b STRING) USING csv", "INSERT INTO t VALUES (1, 'x,y'), (2, NULL)",
        "SELECT * FROM t ORDER BY a");
    statements("insert_json_table",
        "CREATE TABLE t (a INT, b ARRAY<STRING>) USING json", "INSERT INTO t VALUES (1, array('x', 'y'))",
        "SELECT * FROM t");
    statements("truncate_after_insert",
        "CREATE TABLE t (a INT) USING parquet", "INSERT INTO t VALUES (1), (2)", "TRUNCATE TABLE t",
        "SELECT count(*) FROM t", "INSERT INTO t VALUES (3)", "SELECT * FROM t");
    statements("rename_keeps_rows",
        "CREATE TABLE t (a INT) USING parquet", "INSERT INTO t VALUES (1)", "ALTER TABLE t RENAME TO u",
        "SELECT * FROM u");
    statements("add_columns_then_insert",
        "CREATE TABLE t (a INT) USING parquet", "INSERT INTO t VALUES (1)", "ALTER TABLE t ADD COLUMNS (b STRING)",
        "INSERT INTO t VALUES (2, 'two')", "SELECT * FROM t ORDER BY a");
    statements("view_over_inserted_table",
        "CREATE TABLE t (a INT) USING parquet", "INSERT INTO t VALUES (1), (2), (3)",
        "CREATE VIEW v AS SELECT a * 10 AS ten FROM t WHERE a > 1", "SELECT * FROM v ORDER BY ten",
        "INSERT INTO t VALUES (4)", "SELECT * FROM v ORDER BY ten");
    // CREATE TABLE ... AS SELECT
    statements("ctas",
        "CREATE TABLE t AS SELECT id, id * 2 AS twice FROM range(3)", "SELECT * FROM t ORDER BY id", "DESCRIBE t");
    statements("ctas_using_json",
        "CREATE TABLE t USING json AS SELECT 1 AS a, 'x' AS b", "SELECT * FROM t", "DESCRIBE EXTENDED t");
    statements("ctas_partitioned",
        "CREATE TABLE t USING parquet PARTITIONED BY (p) AS SELECT id AS a, CAST(id % 2 AS STRING) AS p "
            + "FROM range(4)", "SELECT * FROM t ORDER BY a", "DESCRIBE t");
    statements("ctas_exists",
        "CREATE TABLE t AS SELECT 1 AS a", "CREATE TABLE t AS SELECT 2 AS a",
        "CREATE TABLE IF NOT EXISTS t AS SELECT 3 AS a", "SELECT * FROM t");
    statements("ctas_with_schema", "CREATE TABLE t (a INT) AS SELECT 1 AS a");
    statements("ctas_bad_query", "CREATE TABLE t AS SELECT nope", "SHOW TABLES");
    statements("ctas_from_table",
        "CREATE TABLE src (a INT, b STRING) USING parquet", "INSERT INTO src VALUES (1, 'x'), (2, 'y')",
        "CREATE TABLE dst AS SELECT b, a + 1 AS a1 FROM src", "SELECT * FROM dst ORDER BY a1");
    // UPDATE, DELETE, MERGE
    statements("delete_from_table",
        "CREATE TABLE t (a INT) USING parquet", "DELETE FROM t WHERE a = 1", "DELETE FROM nothing_here");
    statements("update_table", "CREATE TABLE t (a INT) USING parquet", "UPDATE t SET a = 1");
    statements("merge_into_table",
        "CREATE TABLE t (a INT) USING parquet", "CREATE TABLE s (a INT) USING parquet",
        "MERGE INTO t USING s ON t.a = s.a WHEN MATCHED THEN DELETE");
  }

  private void statements(String caseName, String... statements) {
    check(caseName, (spark, outcome) -> CatalogStatements.run(spark, outcome, "c_" + caseName, statements));
  }
}
