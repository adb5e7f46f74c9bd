package dev.ember.conformance.cases;

import dev.ember.conformance.CaseGroup;

/**
 * spark.sql relations and session statements: NATURAL joins, LATERAL VIEW and generators in FROM, TABLESAMPLE,
 * IDENTIFIER(...), session variables, EXECUTE IMMEDIATE, global temporary views, CACHE TABLE, lambdas given a value.
 */
public final class SqlRelationCases extends CaseGroup {
  private static final String LEFT = "VALUES ('a', 1), ('b', 2), ('c', 3) AS l(k, v1)";
  private static final String RIGHT = "VALUES ('a', 10), ('b', 20), ('d', 40) AS r(k, v2)";

  public SqlRelationCases() {
    super("sql_relations");
    naturalJoins();
    generators();
    sampling();
    identifiers();
    variables();
    executeImmediate();
    views();
    lambdas();
  }

  private void naturalJoins() {
    unordered("natural_inner", spark -> spark.sql("SELECT * FROM " + LEFT + " NATURAL JOIN " + RIGHT));
    unordered("natural_left", spark -> spark.sql("SELECT * FROM " + LEFT + " NATURAL LEFT JOIN " + RIGHT));
    unordered("natural_right", spark -> spark.sql("SELECT * FROM " + LEFT + " NATURAL RIGHT JOIN " + RIGHT));
    unordered("natural_full", spark -> spark.sql("SELECT * FROM " + LEFT + " NATURAL FULL OUTER JOIN " + RIGHT));
    unordered("natural_hidden_key_by_qualifier",
        spark -> spark.sql("SELECT l.k, r.k, v2 FROM " + LEFT + " NATURAL FULL JOIN " + RIGHT));
    unordered("natural_no_common_column",
        spark -> spark.sql("SELECT * FROM VALUES (1) AS a(x) NATURAL JOIN VALUES (2), (3) AS b(y)"));
    unordered("natural_case_insensitive",
        spark -> spark.sql("SELECT * FROM (SELECT 1 AS ID, 2 AS a) NATURAL JOIN (SELECT 1 AS id, 3 AS b)"));
    query("natural_cross_is_parse_error", spark -> spark.sql("SELECT * FROM " + LEFT + " NATURAL CROSS JOIN " + RIGHT));
    unordered("using_join_hidden_key", spark -> spark.sql(
        "SELECT k, r.k AS rk FROM " + LEFT + " LEFT JOIN " + RIGHT + " USING (k)"));
  }

  private void generators() {
    query("tvf_explode", spark -> spark.sql("SELECT * FROM explode(array(1, 2, 3))"));
    query("tvf_explode_aliased", spark -> spark.sql("SELECT t.c * 10 FROM explode(array(1, 2)) AS t(c)"));
    query("tvf_posexplode_map", spark -> spark.sql("SELECT * FROM posexplode(map('a', 1, 'b', 2))"));
    query("tvf_inline", spark -> spark.sql(
        "SELECT * FROM inline(array(struct(1, 'x'), struct(2, 'y'))) AS t(n, s)"));
    query("tvf_stack", spark -> spark.sql("SELECT * FROM stack(2, 'a', 1, 'b', 2)"));
    query("tvf_json_tuple", spark -> spark.sql("SELECT * FROM json_tuple('{\"a\": 1, \"b\": \"x\"}', 'a', 'b')"));
    query("tvf_explode_outer_empty", spark -> spark.sql("SELECT * FROM explode_outer(array())"));
    query("tvf_alias_count_mismatch", spark -> spark.sql("SELECT * FROM explode(array(1, 2)) t(a, b)"));
    query("tvf_unknown", spark -> spark.sql("SELECT * FROM no_such_table_function(1)"));
    unordered("lateral_view", spark -> spark.sql(
        "SELECT id, x FROM VALUES (1, array(10, 20)), (2, array(30)) AS t(id, arr) LATERAL VIEW explode(arr) e AS x"));
    unordered("lateral_view_outer", spark -> spark.sql(
        "SELECT id, x FROM VALUES (1, array(10)), (2, array_remove(array(30), 30)) AS t(id, arr) "
            + "LATERAL VIEW OUTER explode(arr) e AS x"));
    unordered("lateral_view_chained", spark -> spark.sql(
        "SELECT id, a, b FROM VALUES (1, array(1, 2), array('x', 'y')) AS t(id, xs, ys) "
            + "LATERAL VIEW explode(xs) e1 AS a LATERAL VIEW explode(ys) e2 AS b"));
    unordered("lateral_view_posexplode_qualified", spark -> spark.sql(
        "SELECT p.pos, p.val FROM VALUES (array('u', 'v')) AS t(arr) LATERAL VIEW posexplode(arr) p AS pos, val"));
    unordered("lateral_view_json_tuple", spark -> spark.sql(
        "SELECT j.* FROM VALUES ('{\"a\": 1}'), ('{\"a\": 2}') AS t(js) LATERAL VIEW json_tuple(js, 'a') j AS a"));
  }

  private void sampling() {
    query("tablesample_on_table_function", spark -> spark.sql("SELECT * FROM range(10) TABLESAMPLE (3 ROWS)"));
    query("tablesample_rows", spark -> spark.sql("SELECT * FROM (SELECT * FROM range(10)) TABLESAMPLE (3 ROWS)"));
    query("tablesample_full_percent",
        spark -> spark.sql("SELECT count(*) FROM (SELECT * FROM range(50)) TABLESAMPLE (100 PERCENT)"));
    query("tablesample_zero_percent",
        spark -> spark.sql("SELECT count(*) FROM (SELECT * FROM range(50)) t TABLESAMPLE (0 PERCENT)"));
    query("tablesample_full_bucket", spark -> {
      spark.range(4).createOrReplaceTempView("sr_sampled");
      return spark.sql("SELECT * FROM sr_sampled TABLESAMPLE (BUCKET 4 OUT OF 4)");
    });
    legacyError("tablesample_percent_over_100",
        spark -> spark.sql("SELECT * FROM (SELECT * FROM range(5)) TABLESAMPLE (101 PERCENT)"));
  }

  private void identifiers() {
    query("identifier_table_and_column", spark -> {
      spark.range(3).createOrReplaceTempView("sql_relations_ids");
      return spark.sql("SELECT IDENTIFIER('id') * 2 FROM IDENTIFIER('sql_relations_' || 'ids')");
    });
    query("identifier_function_name", spark -> spark.sql("SELECT IDENTIFIER('abs')(-4)"));
    query("identifier_parameter", spark -> {
      spark.range(2).createOrReplaceTempView("sql_relations_param");
      return spark.sql("SELECT * FROM IDENTIFIER(:t)", java.util.Map.of("t", "sql_relations_param"));
    });
  }

  private void variables() {
    query("variable_declare_and_read", spark -> {
      spark.sql("DECLARE OR REPLACE VARIABLE sr_v1 INT DEFAULT 5");
      return spark.sql("SELECT sr_v1, sr_v1 + 1, session.sr_v1, system.session.sr_v1");
    });
    query("variable_set", spark -> {
      spark.sql("DECLARE OR REPLACE VARIABLE sr_v2 STRING");
      spark.sql("SET VARIABLE sr_v2 = 'hello' || ' world'");
      return spark.sql("SELECT sr_v2, typeof(sr_v2)");
    });
    query("variable_set_from_query", spark -> {
      spark.sql("DECLARE OR REPLACE VARIABLE sr_a INT");
      spark.sql("DECLARE OR REPLACE VARIABLE sr_b STRING");
      spark.sql("SET VAR (sr_a, sr_b) = (SELECT 7, 'seven')");
      return spark.sql("SELECT sr_a, sr_b");
    });
    query("variable_column_wins", spark -> {
      spark.sql("DECLARE OR REPLACE VARIABLE x INT DEFAULT 100");
      return spark.sql("SELECT x FROM VALUES (1) AS t(x)");
    });
    query("variable_cast_on_set", spark -> {
      spark.sql("DECLARE OR REPLACE VARIABLE sr_d DOUBLE DEFAULT 1");
      return spark.sql("SELECT sr_d, typeof(sr_d)");
    });
    query("variable_drop_then_read", spark -> {
      spark.sql("DECLARE OR REPLACE VARIABLE sr_gone INT DEFAULT 1");
      spark.sql("DROP TEMPORARY VARIABLE sr_gone");
      return spark.sql("SELECT sr_gone");
    });
    query("variable_drop_missing", spark -> spark.sql("DROP TEMPORARY VARIABLE sr_never_declared"));
    query("variable_declare_needs_type_or_default", spark -> spark.sql("DECLARE sr_untyped"));
    query("variable_set_too_many_rows", spark -> {
      spark.sql("DECLARE OR REPLACE VARIABLE sr_rows INT");
      return spark.sql("SET VAR (sr_rows) = (SELECT id FROM range(3))");
    });
    query("variable_set_with_set_refused", spark -> {
      spark.sql("DECLARE OR REPLACE VARIABLE sr_conf INT");
      return spark.sql("SET sr_conf = 5");
    });
    query("variable_bad_qualifier", spark -> spark.sql("DECLARE OR REPLACE VARIABLE builtin.sr_q INT"));
  }

  private void executeImmediate() {
    query("execute_immediate_query", spark -> spark.sql("EXECUTE IMMEDIATE 'SELECT 1 + ? AS two' USING 1"));
    query("execute_immediate_named", spark -> spark.sql(
        "EXECUTE IMMEDIATE 'SELECT :a || :b AS ab' USING 'x' AS a, 'y' AS b"));
    query("execute_immediate_into", spark -> {
      spark.sql("DECLARE OR REPLACE VARIABLE sr_into INT");
      spark.sql("DECLARE OR REPLACE VARIABLE sr_text STRING DEFAULT 'SELECT 40 + 2'");
      spark.sql("EXECUTE IMMEDIATE sr_text INTO sr_into");
      return spark.sql("SELECT sr_into");
    });
    query("execute_immediate_not_string", spark -> spark.sql("EXECUTE IMMEDIATE 42"));
    query("execute_immediate_into_command", spark -> {
      spark.sql("DECLARE OR REPLACE VARIABLE sr_cmd INT");
      return spark.sql("EXECUTE IMMEDIATE 'SET VAR sr_cmd = 1' INTO sr_cmd");
    });
  }

  private void views() {
    query("global_temp_view", spark -> {
      spark.sql("CREATE OR REPLACE GLOBAL TEMPORARY VIEW sr_global AS SELECT 1 AS a, 'g' AS b");
      return spark.sql("SELECT * FROM global_temp.sr_global");
    });
    query("global_temp_view_dataframe", spark -> {
      spark.range(2).createOrReplaceGlobalTempView("sr_global_df");
      return spark.table("global_temp.sr_global_df");
    });
    query("global_temp_view_unqualified_missing", spark -> {
      spark.sql("CREATE OR REPLACE GLOBAL TEMPORARY VIEW sr_global2 AS SELECT 1 AS a");
      return spark.sql("SELECT * FROM sr_global2");
    });
    query("cache_table_as_select", spark -> {
      spark.sql("CACHE TABLE sr_cached AS SELECT id * 3 AS t FROM range(3)");
      spark.sql("SELECT * FROM sr_cached").collectAsList();
      spark.sql("UNCACHE TABLE sr_cached");
      return spark.sql("SELECT * FROM sr_cached ORDER BY t");
    });
    query("uncache_missing_if_exists", spark -> spark.sql("UNCACHE TABLE IF EXISTS sr_not_there"));
    query("cache_missing_table", spark -> spark.sql("CACHE TABLE sr_not_there_either"));
  }

  private void lambdas() {
    query("lambda_given_a_value", spark -> spark.sql("SELECT aggregate(array(1, 2, 3), 0, 100) AS v"));
    query("lambda_given_a_value_wrong_type",
        spark -> spark.sql("SELECT aggregate(array(1, 2, 3), map(), map('result', 999)) AS v"));
  }
}
