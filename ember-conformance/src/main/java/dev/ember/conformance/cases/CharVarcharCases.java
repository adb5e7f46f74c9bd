package dev.ember.conformance.cases;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.length;
import static org.apache.spark.sql.functions.lit;

import dev.ember.conformance.CaseGroup;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * CHAR(n) and VARCHAR(n) columns of catalog tables, as Spark 4.2 keeps them (ANSI, default confs): the declared
 * type in the catalog (DESCRIBE, SHOW CREATE TABLE, CTAS and views from such columns), a char column read padded,
 * values written checked against the length (EXCEED_LIMIT_LENGTH; trailing spaces beyond it dropped) and padded for
 * a char column, comparisons with constants and other char columns padded, casts to char/varchar read as casts to
 * string, and the DataFrame API over such a table (string columns). Each case runs in a database of its own
 * ({@link CatalogStatements}).
 */
public final class CharVarcharCases extends CaseGroup {
  public CharVarcharCases() {
    super("char_varchar");
    statements("write_checks",
        "CREATE TABLE t (c CHAR(3), v VARCHAR(3)) USING parquet",
        "INSERT INTO t VALUES ('a', 'a'), ('ab   ', 'ab    '), (NULL, NULL)",
        "INSERT INTO t VALUES ('abcd', 'a')",
        "INSERT INTO t VALUES ('a', 'abcd')",
        "INSERT INTO t VALUES ('ab c', 'a')",
        "SELECT c, v, length(c), length(v) FROM t ORDER BY v NULLS FIRST");
    statements("insert_casts_before_checking",
        "CREATE TABLE t (c CHAR(2), v VARCHAR(4)) USING parquet",
        "INSERT INTO t VALUES (7, 12.5)",
        "INSERT INTO t VALUES (123, 1)",
        "SELECT c, v FROM t");
    statements("comparisons_pad",
        "CREATE TABLE t (c3 CHAR(3), c5 CHAR(5), v VARCHAR(5), s STRING) USING parquet",
        "INSERT INTO t VALUES ('a', 'a', 'a', 'a'), ('abc', 'abc', 'abc  ', 'abc  ')",
        "SELECT c3, c3 = 'a', c3 = 'a    ', c3 < 'b', c3 = c5, c3 = v, c3 = s, c5 = s FROM t ORDER BY c3",
        "SELECT c3 FROM t WHERE c3 IN ('a', 'zzzz')",
        "SELECT c5 FROM t WHERE c5 IN ('abc', NULL)",
        "SELECT count(*) FROM t t1 JOIN t t2 ON t1.c3 = t2.c5");
    statements("ctas_and_view_keep_declared_types",
        "CREATE TABLE t (c CHAR(4), v VARCHAR(4), n INT) USING parquet",
        "INSERT INTO t VALUES ('x', 'y', 1)",
        "CREATE TABLE t2 USING parquet AS SELECT c, v AS w, c || 'z' AS s FROM t",
        "DESCRIBE t2",
        "SELECT c, w, s FROM t2",
        "CREATE VIEW w AS SELECT c AS renamed, v FROM t",
        "DESCRIBE w",
        "SELECT renamed, v FROM w",
        "SHOW CREATE TABLE t2");
    statements("alter_table_columns",
        "CREATE TABLE t (c CHAR(2)) USING parquet",
        "ALTER TABLE t ADD COLUMNS (d CHAR(3), e VARCHAR(2))",
        "INSERT INTO t VALUES ('a', 'b', 'c')",
        "INSERT INTO t VALUES ('a', 'b', 'cde')",
        "ALTER TABLE t CHANGE COLUMN d TYPE CHAR(4)",
        "ALTER TABLE t CHANGE COLUMN d TYPE STRING",
        "ALTER TABLE t CHANGE COLUMN d COMMENT 'three'",
        "DESCRIBE t",
        "SELECT c, d, e FROM t");
    statements("partition_columns",
        "CREATE TABLE t (a INT, p CHAR(3)) USING parquet PARTITIONED BY (p)",
        "INSERT INTO t VALUES (1, 'x'), (2, 'xy ')",
        "INSERT INTO t PARTITION (p = 'z') VALUES (3)",
        "INSERT INTO t PARTITION (p = 'abcd') VALUES (4)",
        "SELECT a, p, length(p) FROM t ORDER BY a",
        "SHOW PARTITIONS t",
        "SELECT a FROM t WHERE p = 'x'");
    statements("casts_read_as_strings",
        "SELECT CAST('a' AS CHAR(3)) AS c, CAST('abcdef' AS VARCHAR(2)) AS v, typeof(CAST(1 AS CHAR(2))) AS t",
        "SELECT CAST(array('a') AS ARRAY<CHAR(2)>) AS a");
    statements("char_types_elsewhere",
        "SELECT from_json('{\"a\": \"x\"}', 'a CHAR(3)') AS j",
        "CREATE TEMPORARY VIEW tv AS SELECT CAST('a' AS CHAR(3)) AS c",
        "DESCRIBE tv",
        "CREATE TABLE t (c CHAR(3), v VARCHAR(2)) USING parquet",
        "CREATE TEMPORARY VIEW tv2 AS SELECT * FROM t",
        "DESCRIBE tv2", "DESCRIBE tv2 c", "SHOW COLUMNS IN tv2");
    check("dataframe_over_char_table", (spark, outcome) -> {
      SparkSession session = spark.newSession();
      session.sql("DROP DATABASE IF EXISTS c_dataframe CASCADE");
      session.sql("CREATE DATABASE c_dataframe");
      session.sql("USE c_dataframe");
      try {
        session.sql("CREATE TABLE t (c CHAR(4), v VARCHAR(4)) USING parquet");
        session.sql("INSERT INTO t VALUES ('a', 'b '), ('abcd', 'abcd')");
        Dataset<Row> table = session.table("t");
        outcome.schema(table);
        outcome.value("metadata", java.util.Arrays.stream(table.schema().fields())
            .map(field -> field.name() + " " + field.metadata().json()).toList());
        Dataset<Row> derived = table.select(col("c").as("d"), col("v"), length(col("c")).as("n"));
        outcome.value("derived metadata", java.util.Arrays.stream(derived.schema().fields())
            .map(field -> field.name() + " " + field.metadata().json()).toList());
        outcome.rows(table.orderBy("c").select(col("c"), col("v"), length(col("c")),
            col("c").equalTo(lit("a")).as("eq"), col("c").cast("char(2)").as("cast")));
      } finally {
        session.sql("USE default");
        session.sql("DROP DATABASE IF EXISTS c_dataframe CASCADE");
      }
    });
  }

  private void statements(String caseName, String... statements) {
    check(caseName, (spark, outcome) -> CatalogStatements.run(spark, outcome, "c_" + caseName, statements));
  }
}
