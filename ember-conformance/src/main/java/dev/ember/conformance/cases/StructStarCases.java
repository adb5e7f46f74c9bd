package dev.ember.conformance.cases;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.from_json;
import static org.apache.spark.sql.functions.lit;

import dev.ember.conformance.CaseGroup;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * {@code s.*} of a struct column: its fields as columns named by them (nested {@code s.inner.*}, after from_json,
 * NULL structs, in SQL and selectExpr), a table's qualifier taking precedence over a struct of that name, and the
 * error for a column that is no struct.
 */
public final class StructStarCases extends CaseGroup {
  public StructStarCases() {
    super("struct_stars");
    query("fields", spark -> structs(spark).select(col("s.*")));
    query("fields_by_name", spark -> structs(spark).select("id", "s.*"));
    query("nested", spark -> structs(spark).select(col("s.inner.*"), col("id")));
    query("select_expr", spark -> structs(spark).selectExpr("s.*", "id + 1 AS next"));
    query("sql", spark -> spark.sql("SELECT t.id, t.s.*, s.inner.* FROM (SELECT 1 AS id, "
        + "named_struct('a', 1, 'b', 'x', 'inner', named_struct('c', 2.5D)) AS s) t"));
    query("null_struct", spark -> spark.sql("SELECT CAST(NULL AS STRUCT<a: INT NOT NULL, b: STRING>) AS s")
        .select(col("s.*")));
    query("after_from_json", spark -> spark.sql("SELECT '{\"a\": 1, \"b\": [1, 2]}' AS j")
        .select(from_json(col("j"), "a INT, b ARRAY<INT>", new java.util.HashMap<>()).as("r")).select("r.*"));
    query("table_qualifier_first", spark -> spark.sql("SELECT s.* FROM (SELECT 1 AS a, named_struct('z', 9) AS s) s"));
    legacyError("not_a_struct", spark -> structs(spark).select(col("id.*")));
    query("unknown", spark -> structs(spark).select(col("nope.*")));
    query("duplicate_field_names", spark -> spark.sql("SELECT named_struct('a', 1, 'a', 2) AS s").select("s.*"));
    query("with_other_columns", spark -> structs(spark).select(col("s.*"), lit(7).as("seven"), col("s.a").as("a2")));
    legacyError("array_of_structs", spark -> spark.sql("SELECT array(named_struct('a', 1)) AS arr").select(col("arr.*")));
    query("in_where_after", spark -> structs(spark).select("s.*").filter(col("a").gt(1)));
  }

  private static Dataset<Row> structs(SparkSession spark) {
    return spark.sql("SELECT * FROM VALUES (1, named_struct('a', 1, 'b', 'x', 'inner', named_struct('c', 1.5D))), "
        + "(2, named_struct('a', 2, 'b', NULL, 'inner', named_struct('c', 2.5D))) AS t(id, s)");
  }
}
