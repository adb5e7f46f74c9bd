package dev.ember.conformance.cases;

import dev.ember.conformance.CaseGroup;

/**
 * The persistent catalog through SQL: databases, tables (managed and external, partitioned), persistent views,
 * DESCRIBE, SHOW, ALTER, TRUNCATE, and Spark's errors. Each case runs in a database of its own
 * ({@link CatalogStatements}), so no case sees another's tables.
 */
public final class CatalogDdlCases extends CaseGroup {
  public CatalogDdlCases() {
    super("catalog_ddl");
    // databases
    statements("create_database_and_show",
        "CREATE DATABASE cdb_one", "SHOW DATABASES LIKE 'cdb_*'", "DROP DATABASE cdb_one", "SHOW DATABASES LIKE 'cdb*'");
    statements("create_database_if_not_exists",
        "CREATE DATABASE cdb_two", "CREATE DATABASE IF NOT EXISTS cdb_two", "CREATE DATABASE cdb_two",
        "DROP DATABASE cdb_two");
    statements("create_schema_and_namespace",
        "CREATE SCHEMA cdb_s", "CREATE NAMESPACE cdb_n", "SHOW SCHEMAS LIKE 'cdb_s|cdb_n'", "DROP SCHEMA cdb_s",
        "DROP NAMESPACE cdb_n");
    statements("drop_missing_database",
        "DROP DATABASE cdb_missing", "DROP DATABASE IF EXISTS cdb_missing");
    statements("drop_non_empty_database",
        "CREATE DATABASE cdb_full", "CREATE TABLE cdb_full.t (a INT) USING parquet", "DROP DATABASE cdb_full",
        "DROP DATABASE cdb_full RESTRICT", "DROP DATABASE cdb_full CASCADE", "SHOW DATABASES LIKE 'cdb_full'");
    statements("use_database",
        "CREATE DATABASE cdb_use", "USE cdb_use", "SHOW CURRENT NAMESPACE", "CREATE TABLE t (a INT) USING parquet",
        "SHOW TABLES", "USE default", "SHOW TABLES IN cdb_use", "DROP DATABASE cdb_use CASCADE");
    statements("use_missing_database", "USE cdb_nowhere", "SHOW CURRENT NAMESPACE");
    statements("use_catalog_qualified_database",
        "CREATE DATABASE cdb_q", "USE spark_catalog.cdb_q", "SHOW CURRENT NAMESPACE", "DROP DATABASE cdb_q");
    statements("show_tables_in_missing_database", "SHOW TABLES IN cdb_nowhere");
    statements("create_database_with_properties",
        "CREATE DATABASE cdb_props COMMENT 'a comment' WITH DBPROPERTIES ('k' = 'v')",
        "SHOW DATABASES LIKE 'cdb_props'", "DROP DATABASE cdb_props");
    statements("drop_default_database", "DROP DATABASE default");
    // tables
    statements("create_table_and_describe",
        "CREATE TABLE t (a INT, b STRING, c DOUBLE) USING parquet", "DESCRIBE TABLE t", "DESC t", "SHOW TABLES");
    statements("create_table_empty_select",
        "CREATE TABLE t (a INT, b STRING) USING parquet", "SELECT * FROM t", "SELECT count(*) FROM t");
    statements("create_table_types",
        "CREATE TABLE t (a TINYINT, b SMALLINT, c BIGINT, d DECIMAL(10, 2), e DATE, f TIMESTAMP, g BOOLEAN, "
            + "h BINARY, i ARRAY<INT>, j MAP<STRING, INT>, k STRUCT<x: INT, y: STRING>) USING parquet",
        "DESCRIBE t", "SELECT * FROM t");
    statements("create_table_exists",
        "CREATE TABLE t (a INT) USING parquet", "CREATE TABLE t (b INT) USING parquet",
        "CREATE TABLE IF NOT EXISTS t (b INT) USING parquet", "DESCRIBE t");
    // Spark without Hive support (in-memory catalog) refuses Hive tables: NOT_SUPPORTED_COMMAND_WITHOUT_HIVE_SUPPORT
    statements("create_table_using_hive",
        "CREATE TABLE t (a INT) USING hive", "CREATE TABLE IF NOT EXISTS t (a INT) USING HIVE",
        "CREATE TABLE t2 USING hive AS SELECT 1 AS a", "SHOW TABLES");
    statements("create_table_csv_and_json",
        "CREATE TABLE tc (a INT, b STRING) USING csv", "CREATE TABLE tj (a INT, b STRING) USING json",
        "DESCRIBE EXTENDED tc", "DESCRIBE EXTENDED tj");
    statements("create_table_partitioned",
        "CREATE TABLE t (a INT, p STRING, b STRING) USING parquet PARTITIONED BY (p)", "DESCRIBE t",
        "SELECT * FROM t");
    statements("create_table_partitioned_two_columns",
        "CREATE TABLE t (a INT, y INT, m INT) USING parquet PARTITIONED BY (y, m)", "DESCRIBE EXTENDED t");
    statements("create_table_with_options",
        "CREATE TABLE t (a INT, b STRING) USING csv OPTIONS (header 'true', sep ';')", "DESCRIBE EXTENDED t",
        "SHOW CREATE TABLE t");
    statements("create_table_with_properties",
        "CREATE TABLE t (a INT) USING parquet TBLPROPERTIES ('owner.team' = 'data', 'x' = '1')",
        "SHOW TBLPROPERTIES t", "SHOW TBLPROPERTIES t ('x')", "SHOW TBLPROPERTIES t ('missing')");
    statements("create_table_with_comment",
        "CREATE TABLE t (a INT) USING parquet COMMENT 'the table'", "DESCRIBE EXTENDED t");
    statements("create_table_default_provider", "CREATE TABLE t (a INT)", "DESCRIBE EXTENDED t");
    statements("create_table_not_null_column",
        "CREATE TABLE t (a INT NOT NULL, b STRING) USING parquet", "DESCRIBE t", "SHOW CREATE TABLE t");
    statements("create_table_qualified_names",
        "CREATE TABLE spark_catalog.c_create_table_qualified_names.t1 (a INT) USING parquet",
        "CREATE TABLE c_create_table_qualified_names.t2 (a INT) USING parquet", "SHOW TABLES",
        "SELECT * FROM spark_catalog.c_create_table_qualified_names.t1",
        "SELECT * FROM c_create_table_qualified_names.t2");
    statements("create_table_in_missing_database", "CREATE TABLE cdb_nowhere.t (a INT) USING parquet");
    statements("create_table_upper_case_name",
        "CREATE TABLE MyTable (A INT, b STRING) USING parquet", "SHOW TABLES", "DESCRIBE mytable",
        "SELECT * FROM MYTABLE");
    statements("create_external_table_parquet",
        "CREATE TABLE t USING parquet LOCATION '<data>/parquet_dir'", "DESCRIBE t",
        "SELECT count(*) FROM t");
    statements("create_external_table_csv_with_schema",
        "CREATE TABLE t (k STRING, v INT) USING csv OPTIONS (header 'true') LOCATION '<data>/csv_dir'",
        "SELECT * FROM t ORDER BY k", "DESCRIBE EXTENDED t", "SHOW CREATE TABLE t");
    statements("create_external_table_json",
        "CREATE TABLE t (name STRING, age BIGINT) USING json LOCATION '<data>/people.json'",
        "SELECT * FROM t ORDER BY name");
    statements("drop_external_table_keeps_files",
        "CREATE TABLE t (k STRING, v INT) USING csv OPTIONS (header 'true') LOCATION '<data>/csv_dir'",
        "DROP TABLE t",
        "CREATE TABLE t2 (k STRING, v INT) USING csv OPTIONS (header 'true') LOCATION '<data>/csv_dir'",
        "SELECT count(*) FROM t2");
    statements("create_table_like",
        "CREATE TABLE src (a INT, p STRING) USING parquet PARTITIONED BY (p) TBLPROPERTIES ('k' = 'v')",
        "CREATE TABLE dst LIKE src", "DESCRIBE EXTENDED dst", "CREATE TABLE dst LIKE src",
        "CREATE TABLE IF NOT EXISTS dst LIKE src");
    statements("create_table_like_using",
        "CREATE TABLE src (a INT, b STRING) USING parquet", "CREATE TABLE dst LIKE src USING json",
        "DESCRIBE EXTENDED dst");
    statements("create_table_like_view",
        "CREATE VIEW v AS SELECT 1 AS a, 'x' AS b", "CREATE TABLE dst LIKE v", "DESCRIBE dst");
    statements("create_table_like_missing", "CREATE TABLE dst LIKE nothing_here");
    statements("drop_table",
        "CREATE TABLE t (a INT) USING parquet", "DROP TABLE t", "SHOW TABLES", "SELECT * FROM t");
    statements("drop_table_if_exists", "DROP TABLE IF EXISTS t", "DROP TABLE t");
    statements("drop_table_purge", "CREATE TABLE t (a INT) USING parquet", "DROP TABLE t PURGE", "SHOW TABLES");
    statements("drop_table_on_view", "CREATE VIEW v AS SELECT 1 AS a", "DROP TABLE v");
    statements("drop_view_on_table", "CREATE TABLE t (a INT) USING parquet", "DROP VIEW t");
    statements("drop_table_then_recreate",
        "CREATE TABLE t (a INT) USING parquet", "DROP TABLE t", "CREATE TABLE t (b STRING) USING parquet",
        "DESCRIBE t");
    statements("show_tables_like",
        "CREATE TABLE apple (a INT) USING parquet", "CREATE TABLE apricot (a INT) USING parquet",
        "CREATE TABLE banana (a INT) USING parquet", "SHOW TABLES LIKE 'ap*'", "SHOW TABLES LIKE 'banana|apple'",
        "SHOW TABLES 'b*'");
    statements("show_tables_with_temp_views",
        "CREATE TABLE t (a INT) USING parquet", "CREATE TEMPORARY VIEW ctv_temp AS SELECT 1 AS a", "SHOW TABLES",
        "DROP VIEW ctv_temp");
    statements("show_views",
        "CREATE TABLE t (a INT) USING parquet", "CREATE VIEW v1 AS SELECT 1 AS a", "CREATE VIEW v2 AS SELECT 2 AS b",
        "SHOW VIEWS", "SHOW VIEWS LIKE 'v1'");
    statements("describe_missing_table", "DESCRIBE nothing_here");
    statements("describe_extended_managed", "CREATE TABLE t (a INT, b STRING) USING parquet",
        "DESCRIBE TABLE EXTENDED t");
    statements("describe_formatted", "CREATE TABLE t (a INT) USING json", "DESCRIBE FORMATTED t");
    statements("show_create_table_partitioned",
        "CREATE TABLE t (a INT, b STRING, p INT) USING parquet PARTITIONED BY (p) TBLPROPERTIES ('k' = 'v')",
        "SHOW CREATE TABLE t");
    statements("show_create_table_missing", "SHOW CREATE TABLE nothing_here");
    statements("show_tblproperties_missing", "SHOW TBLPROPERTIES nothing_here");
    // ALTER, TRUNCATE, ANALYZE, REFRESH
    statements("alter_table_rename",
        "CREATE TABLE t (a INT) USING parquet", "ALTER TABLE t RENAME TO t2", "SHOW TABLES", "DESCRIBE EXTENDED t2",
        "SELECT * FROM t");
    statements("alter_table_rename_to_existing",
        "CREATE TABLE t (a INT) USING parquet", "CREATE TABLE u (a INT) USING parquet", "ALTER TABLE t RENAME TO u");
    statements("alter_table_rename_missing", "ALTER TABLE nothing_here RENAME TO t");
    statements("alter_table_set_properties",
        "CREATE TABLE t (a INT) USING parquet", "ALTER TABLE t SET TBLPROPERTIES ('a' = '1', 'b' = '2')",
        "ALTER TABLE t SET TBLPROPERTIES ('a' = '3')", "SHOW TBLPROPERTIES t");
    statements("alter_table_unset_properties",
        "CREATE TABLE t (a INT) USING parquet TBLPROPERTIES ('a' = '1', 'b' = '2')",
        "ALTER TABLE t UNSET TBLPROPERTIES ('a')", "SHOW TBLPROPERTIES t",
        "ALTER TABLE t UNSET TBLPROPERTIES ('zz')", "ALTER TABLE t UNSET TBLPROPERTIES IF EXISTS ('zz')");
    statements("alter_table_add_columns",
        "CREATE TABLE t (a INT) USING parquet", "ALTER TABLE t ADD COLUMNS (b STRING, c DOUBLE)", "DESCRIBE t",
        "SELECT * FROM t");
    statements("alter_table_add_existing_column",
        "CREATE TABLE t (a INT) USING parquet", "ALTER TABLE t ADD COLUMNS (a STRING)");
    statements("alter_table_add_columns_partitioned",
        "CREATE TABLE t (a INT, p INT) USING parquet PARTITIONED BY (p)", "ALTER TABLE t ADD COLUMNS (b STRING)",
        "DESCRIBE t");
    statements("alter_table_set_serde_properties",
        "CREATE TABLE t (a INT) USING parquet", "ALTER TABLE t SET SERDEPROPERTIES ('k' = 'v')",
        "INSERT INTO t VALUES (1)", "SELECT * FROM t", "DESCRIBE EXTENDED t", "CREATE VIEW v AS SELECT 1 AS a",
        "ALTER TABLE v SET SERDEPROPERTIES ('k' = 'v')");
    statements("alter_table_rename_partition",
        "CREATE TABLE t (a INT, p INT, q STRING) USING parquet PARTITIONED BY (p, q)",
        "INSERT INTO t VALUES (1, 1, 'x'), (2, 2, 'y')",
        "ALTER TABLE t PARTITION (p = 1, q = 'x') RENAME TO PARTITION (p = 3, q = 'z')",
        "SHOW PARTITIONS t", "SELECT * FROM t ORDER BY a",
        "ALTER TABLE t PARTITION (p = 9, q = 'x') RENAME TO PARTITION (p = 5, q = 'w')",
        "ALTER TABLE t PARTITION (p = 2, q = 'y') RENAME TO PARTITION (p = 3, q = 'z')");
    statements("alter_view_on_table",
        "CREATE TABLE t (a INT) USING parquet", "ALTER VIEW t SET TBLPROPERTIES ('a' = '1')");
    statements("alter_table_on_view",
        "CREATE VIEW v AS SELECT 1 AS a", "ALTER TABLE v SET TBLPROPERTIES ('a' = '1')");
    statements("truncate_table",
        "CREATE TABLE t (a INT) USING parquet", "TRUNCATE TABLE t", "SELECT count(*) FROM t");
    statements("truncate_missing_table", "TRUNCATE TABLE nothing_here");
    statements("truncate_view", "CREATE VIEW v AS SELECT 1 AS a", "TRUNCATE TABLE v");
    statements("analyze_table",
        "CREATE TABLE t (a INT) USING parquet", "ANALYZE TABLE t COMPUTE STATISTICS",
        "ANALYZE TABLE t COMPUTE STATISTICS NOSCAN", "ANALYZE TABLE nothing_here COMPUTE STATISTICS");
    statements("refresh_table",
        "CREATE TABLE t (a INT) USING parquet", "REFRESH TABLE t", "REFRESH TABLE nothing_here");
    // persistent views
    statements("create_view_and_select",
        "CREATE VIEW v AS SELECT id, id * 2 AS twice FROM range(3)", "SELECT * FROM v ORDER BY id", "SHOW TABLES",
        "DESCRIBE v");
    statements("create_view_column_list",
        "CREATE VIEW v (x, y) AS SELECT 1, 'a'", "SELECT * FROM v", "DESCRIBE v");
    statements("create_view_column_list_mismatch", "CREATE VIEW v (x) AS SELECT 1, 2");
    statements("create_view_exists",
        "CREATE VIEW v AS SELECT 1 AS a", "CREATE VIEW v AS SELECT 2 AS a", "CREATE VIEW IF NOT EXISTS v AS SELECT 3",
        "SELECT * FROM v");
    statements("create_or_replace_view",
        "CREATE VIEW v AS SELECT 1 AS a", "CREATE OR REPLACE VIEW v AS SELECT 'b' AS b, 2 AS c", "SELECT * FROM v");
    statements("create_view_over_table",
        "CREATE TABLE t (a INT, b STRING) USING parquet", "CREATE VIEW v AS SELECT b, a FROM t", "SELECT * FROM v",
        "DESCRIBE v");
    statements("create_view_on_table_name",
        "CREATE TABLE t (a INT) USING parquet", "CREATE OR REPLACE VIEW t AS SELECT 1 AS a");
    statements("create_view_bad_query", "CREATE VIEW v AS SELECT nope FROM range(1)", "SHOW VIEWS");
    statements("view_of_view",
        "CREATE VIEW v1 AS SELECT id FROM range(4)", "CREATE VIEW v2 AS SELECT id + 1 AS n FROM v1 WHERE id > 1",
        "SELECT * FROM v2 ORDER BY n");
    statements("drop_view",
        "CREATE VIEW v AS SELECT 1 AS a", "DROP VIEW v", "SHOW VIEWS", "DROP VIEW v", "DROP VIEW IF EXISTS v");
    statements("describe_extended_view",
        "CREATE VIEW v COMMENT 'a view' AS SELECT 1 AS a", "DESCRIBE EXTENDED v");
    statements("show_create_view", "CREATE VIEW v (a, b) AS SELECT 1, 'x'", "SHOW CREATE TABLE v");
    statements("view_with_properties",
        "CREATE VIEW v TBLPROPERTIES ('p' = 'q') AS SELECT 1 AS a", "SHOW TBLPROPERTIES v");
    statements("temp_view_shadows_table",
        "CREATE TABLE shadow (a INT) USING parquet", "CREATE TEMPORARY VIEW shadow AS SELECT 'temp' AS s",
        "SELECT * FROM shadow", "DROP VIEW shadow", "SELECT * FROM shadow");
    statements("view_schema_binding_modes",
        "CREATE VIEW vb WITH SCHEMA BINDING AS SELECT 1 AS a", "CREATE VIEW ve WITH SCHEMA EVOLUTION AS SELECT 1 AS a",
        "CREATE VIEW vt WITH SCHEMA TYPE EVOLUTION AS SELECT 1 AS a", "DESCRIBE EXTENDED vb", "SHOW CREATE TABLE ve",
        "SHOW CREATE TABLE vt", "SELECT * FROM ve");
    statements("view_evolution_follows_table",
        "CREATE TABLE t (a INT) USING parquet", "CREATE VIEW v WITH SCHEMA EVOLUTION AS SELECT * FROM t",
        "ALTER TABLE t ADD COLUMNS (b STRING)", "SELECT * FROM v");
    statements("view_binding_refuses_a_wider_column",
        "CREATE TABLE t (a INT) USING parquet", "CREATE VIEW v WITH SCHEMA BINDING AS SELECT * FROM t",
        "DROP TABLE t", "CREATE TABLE t (a BIGINT) USING parquet", "INSERT INTO t VALUES (7)", "SELECT * FROM v",
        "ALTER VIEW v WITH SCHEMA COMPENSATION", "SELECT * FROM v", "DESCRIBE EXTENDED v");
    statements("view_lost_column",
        "CREATE TABLE t (a INT, b INT) USING parquet", "CREATE VIEW v AS SELECT * FROM t", "DROP TABLE t",
        "CREATE TABLE t (a INT) USING parquet", "SELECT * FROM v");
    statements("view_type_evolution_keeps_its_names",
        "CREATE TABLE t (a INT COMMENT 'ca', b INT) USING parquet",
        "CREATE VIEW v (x, y COMMENT 'cy') WITH SCHEMA EVOLUTION AS SELECT * FROM t", "DROP TABLE t",
        "CREATE TABLE t (a STRING, b DOUBLE, c INT) USING parquet", "INSERT INTO t VALUES ('s', 1.5, 3)",
        "SELECT * FROM v", "DESCRIBE EXTENDED v", "SHOW CREATE TABLE v");
    statements("view_schema_binding_switched_off",
        "SET spark.sql.legacy.viewSchemaBindingMode = false", "CREATE VIEW v WITH SCHEMA BINDING AS SELECT 1 AS a",
        "CREATE VIEW v AS SELECT 1 AS a", "DESCRIBE EXTENDED v", "SHOW CREATE TABLE v",
        "CREATE TEMPORARY VIEW tv WITH SCHEMA BINDING AS SELECT 1 AS a");
    statements("alter_view_as_keeps_its_schema_mode",
        "CREATE VIEW v WITH SCHEMA EVOLUTION AS SELECT 1 AS a", "ALTER VIEW v AS SELECT 2 AS b", "SHOW CREATE TABLE v",
        "SET spark.sql.legacy.viewSchemaBindingMode = false", "ALTER VIEW v AS SELECT 3 AS c",
        "SET spark.sql.legacy.viewSchemaBindingMode = true", "SHOW CREATE TABLE v", "SELECT * FROM v");
    statements("views_keep_the_case_sensitivity_they_were_made_under",
        "CREATE TABLE t (cola INT) USING parquet", "INSERT INTO t VALUES (1)", "SET spark.sql.caseSensitive = false",
        "CREATE VIEW v AS SELECT CoLa FROM t", "CREATE TEMPORARY VIEW tv AS SELECT ColA FROM t",
        "SET spark.sql.caseSensitive = true", "SELECT * FROM v", "SELECT * FROM tv");
    statements("view_over_temp_view",
        "CREATE TEMPORARY VIEW ctv_base AS SELECT 1 AS a", "CREATE VIEW v AS SELECT * FROM ctv_base",
        "DROP VIEW ctv_base");
    statements("bucketed_table",
        "CREATE TABLE t (a INT, b STRING, c INT) USING parquet CLUSTERED BY (a) SORTED BY (b) INTO 4 BUCKETS",
        "DESCRIBE EXTENDED t", "SHOW CREATE TABLE t");
    statements("secret_options_redacted",
        "CREATE TABLE t (a INT) USING parquet OPTIONS (password 'p', a '1') TBLPROPERTIES (token 'x', b '2')",
        "DESCRIBE EXTENDED t", "SHOW CREATE TABLE t", "SHOW TBLPROPERTIES t");
    statements("path_option_is_location",
        "CREATE TABLE t (n BIGINT, s STRING) USING parquet OPTIONS (path '<data>/parquet_dir')",
        "DESCRIBE EXTENDED t", "SELECT count(*) FROM t");
    statements("provider_as_written",
        "CREATE TABLE t (a INT) USING CSV", "DESCRIBE EXTENDED t", "SHOW CREATE TABLE t", "SELECT * FROM t");
    statements("show_columns",
        "CREATE TABLE t (a INT, `b c` STRING, p INT) USING parquet PARTITIONED BY (p)", "SHOW COLUMNS IN t",
        "SHOW COLUMNS FROM t IN c_show_columns", "SHOW COLUMNS IN nothing_here");
    statements("column_comments",
        "CREATE TABLE t (a INT COMMENT 'the a', b STRING, p INT COMMENT 'part') USING parquet PARTITIONED BY (p)",
        "DESCRIBE t", "SHOW CREATE TABLE t");
    statements("describe_database",
        "CREATE DATABASE cdb_desc COMMENT 'about it' WITH DBPROPERTIES ('k' = 'v')", "DESCRIBE DATABASE cdb_desc",
        "DESCRIBE SCHEMA EXTENDED cdb_desc", "DESCRIBE NAMESPACE cdb_nowhere", "DROP DATABASE cdb_desc");
    statements("select_missing_table", "SELECT * FROM nothing_here", "SELECT * FROM cdb_nowhere.t");
  }

  private void statements(String caseName, String... statements) {
    check(caseName, (spark, outcome) -> CatalogStatements.run(spark, outcome, "c_" + caseName, statements));
  }
}
