package dev.ember.conformance.cases;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.max;

import dev.ember.conformance.CaseGroup;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * {@code df.transpose([index])} (Spark 4.0): index values become column names in ascending order (NULLs dropped),
 * the other columns become rows named in {@code key}, cast to their tightest common type; Spark's errors for an index
 * that is no atomic attribute, columns of no common type, and more rows than {@code spark.sql.transposeMaxValues}.
 */
public final class TransposeCases extends CaseGroup {
  public TransposeCases() {
    super("transpose");
    query("default_index", spark -> salary(spark).transpose());
    query("named_index", spark -> salary(spark).transpose(col("salary")));
    query("least_common_type", spark -> spark.sql(
        "SELECT * FROM VALUES ('x', 1, 10.0D), ('y', 2, 20.0D) AS t(name, id, value)").transpose());
    query("no_common_type", spark -> person(spark).transpose());
    query("ascending_index_order", spark -> person(spark).transpose(col("name")));
    query("map_index", spark -> spark.sql("SELECT map('a', 1) AS m, 1 AS v").transpose(col("m")));
    query("array_index", spark -> spark.sql("SELECT array(1) AS a, 1 AS v").transpose());
    query("struct_field_index", spark -> spark.sql("SELECT named_struct('key', 1, 'value', 'v') AS s, 1 AS v")
        .transpose(col("s.key")));
    query("expression_index", spark -> person(spark).transpose(col("id").plus(1)));
    query("subquery_index", spark -> person(spark).transpose(person(spark).select(max("id")).scalar()));
    withConf("exceeds_max_values", "spark.sql.transposeMaxValues", "1", spark -> person(spark).transpose(col("name")));
    query("at_max_values", spark -> spark.range(500).withColumn("v", col("id").multiply(2)).transpose());
    query("over_default_max_values", spark -> spark.range(501).withColumn("v", col("id").multiply(2)).transpose());
    query("empty_with_columns", spark -> spark.sql("SELECT * FROM VALUES (1, 'a') AS t(id, name) WHERE id > 5")
        .transpose());
    query("empty_without_columns", SparkSession::emptyDataFrame);
    query("empty_without_columns_transposed", spark -> spark.emptyDataFrame().transpose());
    query("only_index_column", spark -> spark.sql("SELECT 'test' AS tblName").transpose());
    query("duplicate_index_values", spark -> spark.sql(
        "SELECT * FROM VALUES ('A', 1, 2), ('B', 3, 4), ('A', 5, 6) AS t(id, val1, val2)")
        .transpose().select(col("key")));
    query("null_index_values", spark -> spark.sql(
        "SELECT * FROM VALUES ('A', 1, 2), ('B', 3, 4), (NULL, 5, 6) AS t(id, val1, val2)").transpose());
    query("numeric_index", spark -> spark.sql(
        "SELECT * FROM VALUES (2.5D, 1, 2L), (-1.0D, 3, 4L), (10D, 5, 6L) AS t(k, a, b)").transpose());
    query("date_index", spark -> spark.sql(
        "SELECT * FROM VALUES (DATE'2024-03-01', 1.5BD), (DATE'2023-12-31', 2.25BD) AS t(d, amount)").transpose());
    query("boolean_index", spark -> spark.sql(
        "SELECT * FROM VALUES (true, 'x', 'y'), (false, 'p', NULL) AS t(flag, a, b)").transpose());
    query("integral_and_decimal", spark -> spark.sql(
        "SELECT * FROM VALUES ('r', 1, CAST(2.5 AS DECIMAL(12,2))) AS t(k, a, b)").transpose());
    query("long_and_narrow_decimal", spark -> spark.sql(
        "SELECT * FROM VALUES ('r', 1L, CAST(2.5 AS DECIMAL(5,2))) AS t(k, a, b)").transpose());
    query("int_and_float", spark -> spark.sql(
        "SELECT * FROM VALUES ('r', 1, CAST(2.5 AS FLOAT)) AS t(k, a, b)").transpose());
    query("floats", spark -> spark.sql(
        "SELECT * FROM VALUES ('r', CAST(1 AS FLOAT), CAST(2.5 AS FLOAT)) AS t(k, a, b)").transpose());
    query("date_and_timestamp", spark -> spark.sql(
        "SELECT * FROM VALUES ('r', DATE'2024-01-02', TIMESTAMP'2024-01-02 03:04:05') AS t(k, a, b)").transpose());
    query("arrays", spark -> spark.sql(
        "SELECT * FROM VALUES ('r', array(1, 2), array(3L)) AS t(k, a, b)").transpose());
    query("null_column", spark -> spark.sql("SELECT 'r' AS k, NULL AS a, 2 AS b").transpose());
    query("then_filtered", spark -> person(spark).transpose(col("name")).filter(col("key").equalTo("age")));
    query("unknown_index", spark -> person(spark).transpose(col("nope")));
  }

  private static Dataset<Row> salary(SparkSession spark) {
    return spark.sql("SELECT * FROM VALUES (0, 2000.0D), (1, 1000.0D) AS t(personId, salary)");
  }

  private static Dataset<Row> person(SparkSession spark) {
    return spark.sql("SELECT * FROM VALUES (0, 'mike', 30), (1, 'jim', 20) AS t(id, name, age)");
  }
}
