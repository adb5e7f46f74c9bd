package dev.ember.conformance.cases;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.sum;

import dev.ember.conformance.CaseGroup;
import java.util.Map;

/**
 * Where values of arrays, maps and structs of different element types meet (VALUES rows, UNION, nested array
 * constructors, IN subqueries), struct casts that rename fields, a lateral subquery's {@code t.*} of the enclosing
 * query, grouping keys holding a correlated scalar subquery, and {@code sql_keywords()}.
 */
public final class ComplexCoercionCases extends CaseGroup {
  public ComplexCoercionCases() {
    super("complex_coercion", true);
    query("values_array_of_void", spark -> spark.sql(
        "SELECT * FROM VALUES (0, ARRAY(0, 1)), (1, ARRAY(2)), (2, ARRAY()), (NULL, ARRAY(4)) AS t(a, b)"));
    query("union_array_of_void", spark -> spark.sql("SELECT array() AS a UNION ALL SELECT array(1, 2)"));
    query("union_array_nullable_elements", spark -> spark.sql("SELECT array(1) AS a UNION ALL SELECT array(2, NULL)"));
    query("union_struct_nullable_field", spark -> spark.sql(
        "SELECT named_struct('a', 1) AS s UNION ALL SELECT named_struct('a', CAST(NULL AS INT))"));
    query("union_map_widened_values", spark -> spark.sql("SELECT map('a', 1) AS m UNION ALL SELECT map('b', 1.5D)"));
    query("union_struct_names_differ_in_case", spark -> spark.sql(
        "SELECT named_struct('A', 1) AS s UNION ALL SELECT named_struct('a', 2L)"));
    query("union_struct_other_names", spark -> spark.sql(
        "SELECT named_struct('a', 1) AS s UNION ALL SELECT named_struct('b', 2)"));
    query("array_of_array_and_empty", spark -> spark.sql("SELECT array(array(1), array()) AS a"));
    query("coalesce_arrays", spark -> spark.sql("SELECT coalesce(array(), array(1L)) AS a"));
    query("cast_struct_renames_fields", spark -> spark.sql(
        "SELECT CAST(named_struct('a', 1.5D, 'b', named_struct('x', 2)) AS STRUCT<p: STRING, q: STRUCT<y: BIGINT>>)"
            + " AS s"));
    query("cast_null_struct_renamed", spark -> spark.sql(
        "SELECT CAST(CAST(NULL AS STRUCT<a: INT>) AS STRUCT<b: STRING>) AS s"));
    query("in_subquery_struct_field_names", spark -> spark.sql(
        "SELECT foo IN (SELECT struct(1 a)) AS found FROM (SELECT struct(1 b) foo)"));
    query("in_subquery_struct_call_taken_apart", spark -> spark.sql(
        "SELECT struct(struct(1, 2.0D)) IN (SELECT named_struct('a', 1, 'b', 2.0D)) AS found"));
    query("in_subquery_struct_of_two_values", spark -> spark.sql(
        "SELECT struct(1, 'x') IN (SELECT 1, 'x') AS found"));
    unordered("lateral_star_of_enclosing_query", spark -> spark.sql(
        "SELECT * FROM VALUES (0, 1), (1, 2) AS t1(c1, c2), LATERAL (SELECT t1.*)"));
    unordered("lateral_star_of_both", spark -> spark.sql(
        "SELECT * FROM VALUES (0, 1), (1, 2) AS t1(c1, c2), "
            + "LATERAL (SELECT t1.*, t2.* FROM VALUES (5, 6) AS t2(c1, c2))"));
    unordered("lateral_star_inner_wins", spark -> spark.sql(
        "SELECT * FROM VALUES (0, 1) AS t1(c1, c2), LATERAL (SELECT t1.* FROM VALUES (7, 8) AS t1(x, y))"));
    unordered("lateral_outer_star_dataframe", spark -> {
      var t1 = spark.sql("SELECT * FROM VALUES (0, 1), (1, 2) AS t1(c1, c2)").as("t1");
      return t1.lateralJoin(spark.range(1).select(col("t1.*").outer()));
    });
    unordered("group_by_correlated_scalar_subquery", spark -> spark.sql(
        "SELECT a, (SELECT sum(d) FROM VALUES (2, 3.0D), (2, 3.0D), (3, 2.0D) AS r(c, d) WHERE a = c) AS sum_d "
            + "FROM VALUES (1, 2.0D), (2, 1.0D), (2, 1.0D), (3, 3.0D), (NULL, 5.0D) AS l(a, b) GROUP BY 1, 2"));
    unordered("group_by_correlated_scalar_subquery_dataframe", spark -> {
      var l = spark.sql("SELECT * FROM VALUES (1, 2.0D), (2, 1.0D), (2, 1.0D), (3, 3.0D), (NULL, 5.0D) AS l(a, b)");
      var r = spark.sql("SELECT * FROM VALUES (2, 3.0D), (2, 3.0D), (3, 2.0D) AS r(c, d)");
      return l.groupBy(col("a"), r.where(col("a").outer().equalTo(col("c"))).select(sum("d")).scalar().as("sum_d"))
          .agg(Map.<String, String>of());
    });
    query("sql_keywords_counts", spark -> spark.sql(
        "SELECT count(*) AS keywords, count_if(reserved) AS reserved FROM sql_keywords()"));
    query("sql_keywords_first_rows", spark -> spark.sql("SELECT * FROM sql_keywords() LIMIT 5"));
    withConf("sql_keywords_enforced", "spark.sql.ansi.enforceReservedKeywords", "true", spark -> spark.sql(
        "SELECT count_if(reserved) AS reserved, min(keyword) FILTER (WHERE reserved) AS first_reserved FROM sql_keywords()"));
  }
}
