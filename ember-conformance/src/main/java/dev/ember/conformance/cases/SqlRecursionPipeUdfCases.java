package dev.ember.conformance.cases;

import dev.ember.conformance.CaseGroup;

/**
 * spark.sql features beyond the plain query: SQL pipe operators ({@code |>}), recursive CTEs (WITH RECURSIVE with
 * its level and row limits) and temporary SQL user-defined functions, each with Spark's errors.
 */
public final class SqlRecursionPipeUdfCases extends CaseGroup {
  private static final String SALES = "VALUES ('dotNET', 2012, 10000), ('Java', 2012, 20000), ('dotNET', 2012, 5000), "
      + "('dotNET', 2013, 48000), ('Java', 2013, 30000) AS sales(course, year, earnings)";
  private static final String T = "VALUES (0, 'abc'), (1, 'def') AS t(x, y)";

  public SqlRecursionPipeUdfCases() {
    super("sql_recursion_pipes_udfs");
    pipes();
    pipeErrors();
    recursion();
    recursionErrors();
    functions();
    functionErrors();
  }

  private void pipes() {
    query("pipe_select", spark -> spark.sql(T + " |> SELECT x, y |> SELECT x + 1 AS z"));
    query("pipe_select_star", spark -> spark.sql(T + " |> SELECT *"));
    unordered("pipe_select_distinct", spark -> spark.sql(SALES + " |> SELECT DISTINCT course"));
    query("pipe_extend", spark -> spark.sql(T + " |> EXTEND x + 1 AS z, length(y) AS n"));
    query("pipe_extend_unnamed", spark -> spark.sql(T + " |> EXTEND x * 2"));
    query("pipe_set", spark -> spark.sql(T + " |> SET x = x + 10"));
    query("pipe_set_two_in_turn", spark -> spark.sql(T + " |> SET x = x + 1, x = x * 10"));
    query("pipe_set_keeps_position", spark -> spark.sql("SELECT 1 AS a, 2 AS b, 3 AS c |> SET b = 'two'"));
    query("pipe_drop", spark -> spark.sql("SELECT 1 AS a, 2 AS b, 3 AS c |> DROP b"));
    query("pipe_drop_two", spark -> spark.sql("SELECT 1 AS a, 2 AS b, 3 AS c |> DROP a, c"));
    query("pipe_as", spark -> spark.sql(T + " |> AS u |> SELECT u.x"));
    query("pipe_where", spark -> spark.sql(T + " |> WHERE x = 1"));
    query("pipe_where_twice", spark -> spark.sql(SALES + " |> WHERE year = 2012 |> WHERE earnings > 6000"
        + " |> ORDER BY earnings"));
    query("pipe_where_after_aggregate", spark -> spark.sql(SALES
        + " |> AGGREGATE sum(earnings) AS total GROUP BY course |> WHERE total > 50000"));
    unordered("pipe_aggregate_group_by", spark -> spark.sql(SALES
        + " |> AGGREGATE sum(earnings) AS total, count(*) AS n GROUP BY course"));
    unordered("pipe_aggregate_keys_first", spark -> spark.sql(SALES
        + " |> AGGREGATE max(earnings) GROUP BY course, year"));
    unordered("pipe_aggregate_named_key", spark -> spark.sql(SALES
        + " |> AGGREGATE sum(earnings) AS s GROUP BY year - 2000 AS yy |> SELECT yy, s"));
    query("pipe_aggregate_whole_table", spark -> spark.sql(SALES + " |> AGGREGATE sum(earnings), avg(year)"));
    unordered("pipe_aggregate_only_keys", spark -> spark.sql(SALES + " |> AGGREGATE GROUP BY course"));
    query("pipe_aggregate_expression_over_aggregates", spark -> spark.sql(SALES
        + " |> AGGREGATE sum(earnings) / count(*) AS average"));
    query("pipe_order_by", spark -> spark.sql(SALES + " |> ORDER BY earnings DESC"));
    query("pipe_limit_offset", spark -> spark.sql(SALES + " |> ORDER BY earnings |> LIMIT 2 OFFSET 1"));
    query("pipe_offset", spark -> spark.sql(SALES + " |> ORDER BY earnings |> OFFSET 3"));
    unordered("pipe_join", spark -> spark.sql(T + " |> JOIN VALUES (1, 'one'), (2, 'two') AS u(a, b) ON x = a"));
    unordered("pipe_left_join_using", spark -> spark.sql(
        "VALUES (0), (1) AS l(k) |> LEFT JOIN VALUES (1, 'one') AS r(k, v) USING (k)"));
    unordered("pipe_cross_join", spark -> spark.sql(T + " |> CROSS JOIN VALUES (7), (8) AS u(z)"));
    unordered("pipe_union_all", spark -> spark.sql(T + " |> UNION ALL SELECT 5, 'xyz'"));
    unordered("pipe_union_distinct", spark -> spark.sql(T + " |> UNION (SELECT 0, 'abc')"));
    unordered("pipe_except", spark -> spark.sql(T + " |> EXCEPT (SELECT 0, 'abc')"));
    unordered("pipe_intersect", spark -> spark.sql(T + " |> INTERSECT (SELECT 1, 'def')"));
    query("pipe_tablesample_rows", spark -> spark.sql(SALES + " |> TABLESAMPLE (2 ROWS) |> SELECT count(*) OVER ()"));
    unordered("pipe_pivot", spark -> spark.sql(SALES
        + " |> SELECT year, course, earnings |> PIVOT (sum(earnings) FOR course IN ('dotNET', 'Java'))"));
    unordered("pipe_unpivot", spark -> spark.sql("VALUES ('dotNET', 15000, 48000), ('Java', 20000, 30000) "
        + "AS e(course, y2012, y2013) |> UNPIVOT (earnings FOR year IN (y2012, y2013))"));
    query("pipe_window_in_select", spark -> spark.sql(SALES
        + " |> SELECT course, earnings, sum(earnings) OVER w AS running WINDOW w AS (PARTITION BY course ORDER BY "
        + "earnings) |> ORDER BY course, earnings"));
    query("pipe_from_first", spark -> spark.sql("FROM " + T + " |> WHERE x > 0 |> SELECT y"));
    query("pipe_table_first", spark -> {
      spark.sql("SELECT 1 AS a, 'p' AS b UNION ALL SELECT 2, 'q'").createOrReplaceTempView("pipe_view");
      return spark.sql("TABLE pipe_view |> WHERE a = 2 |> EXTEND upper(b) AS c");
    });
    query("pipe_in_subquery", spark -> spark.sql(
        "SELECT * FROM (" + T + " |> WHERE x = 0) AS s |> SELECT s.y"));
    query("pipe_in_cte", spark -> spark.sql(
        "WITH c AS (" + SALES + " |> AGGREGATE sum(earnings) AS total GROUP BY course) SELECT * FROM c ORDER BY 1"));
    query("pipe_select_group_by", spark -> spark.sql(
        "SELECT 1 AS x, 2 AS y, 3 AS z |> SELECT x, y, sum(z) AS total GROUP BY x, y"));
  }

  private void pipeErrors() {
    query("pipe_select_aggregate", spark -> spark.sql(T + " |> SELECT sum(x) AS s, count(*) AS n"));
    conditionOnly("pipe_extend_aggregate_is_error", spark -> spark.sql(T + " |> EXTEND sum(x) AS s"));
    conditionOnly("pipe_set_aggregate_is_error", spark -> spark.sql(T + " |> SET x = max(x)"));
    conditionOnly("pipe_aggregate_without_aggregate_is_error", spark -> spark.sql(T + " |> AGGREGATE x GROUP BY y"));
    query("pipe_set_unknown_column_is_error", spark -> spark.sql(T + " |> SET z = 1"));
    legacyError("pipe_set_nested_key_is_error",
        spark -> spark.sql("SELECT named_struct('i', 1) AS s |> SET s.i = 2"));
    query("pipe_drop_unknown_column_is_error", spark -> spark.sql(T + " |> DROP z"));
    query("pipe_drop_twice_is_error", spark -> spark.sql(T + " |> DROP x, x"));
    query("pipe_where_window_clause_is_error", spark -> spark.sql(
        T + " |> WHERE sum(x) OVER w = 1 WINDOW w AS (PARTITION BY y)"));
    query("pipe_order_by_and_limit_is_error", spark -> spark.sql(T + " |> ORDER BY x LIMIT 1"));
    query("pipe_aggregate_group_by_all_is_error", spark -> spark.sql(T + " |> AGGREGATE sum(x) GROUP BY ALL"));
    query("pipe_aggregate_rollup_is_error", spark -> spark.sql(SALES
        + " |> AGGREGATE sum(earnings) GROUP BY ROLLUP(course, year)"));
    query("pipe_aggregate_cube_is_error", spark -> spark.sql(SALES
        + " |> AGGREGATE sum(earnings) GROUP BY CUBE(course, year)"));
    query("pipe_aggregate_grouping_is_error", spark -> spark.sql(SALES
        + " |> AGGREGATE sum(earnings), grouping(course) GROUP BY course"));
    query("pipe_aggregate_window_is_error", spark -> spark.sql(SALES
        + " |> AGGREGATE sum(earnings) OVER () GROUP BY course"));
    legacyError("pipe_aggregate_empty_is_error", spark -> spark.sql(T + " |> AGGREGATE"));
    query("pipe_pivot_and_unpivot_is_error", spark -> spark.sql(SALES
        + " |> PIVOT (sum(earnings) FOR course IN ('Java')) UNPIVOT (e FOR c IN (year))"));
  }

  private void recursion() {
    query("recursive_count", spark -> spark.sql(
        "WITH RECURSIVE r AS (SELECT 0 AS level UNION ALL SELECT level + 1 FROM r WHERE level < 9) SELECT * FROM r"));
    unordered("recursive_column_aliases", spark -> spark.sql(
        "WITH RECURSIVE r(n, f) AS (VALUES (1, 1L) UNION ALL SELECT n + 1, f * (n + 1) FROM r WHERE n < 10) "
            + "SELECT * FROM r"));
    unordered("recursive_strings", spark -> spark.sql("WITH RECURSIVE r(c) AS (SELECT 'a' UNION ALL "
        + "SELECT c || char(ascii(substr(c, -1)) + 1) FROM r WHERE length(c) < 5) SELECT * FROM r"));
    unordered("recursive_graph_walk", spark -> spark.sql(
        "WITH RECURSIVE edges(src, dst) AS (VALUES (1, 2), (2, 3), (3, 4), (2, 5)), "
            + "reach(node, depth) AS (SELECT 1, 0 UNION ALL "
            + "SELECT e.dst, r.depth + 1 FROM reach r JOIN edges e ON r.node = e.src) SELECT * FROM reach"));
    query("recursive_limit_stops_it", spark -> spark.sql(
        "WITH RECURSIVE r(level) AS (VALUES 0 UNION ALL SELECT level + 1 FROM r) SELECT * FROM r LIMIT 10"));
    query("recursive_max_level", spark -> spark.sql("WITH RECURSIVE r(level) MAX RECURSION LEVEL 150 AS "
        + "(VALUES 0 UNION ALL SELECT level + 1 FROM r WHERE level < 120) SELECT count(*), max(level) FROM r"));
    unordered("recursive_not_reading_itself", spark -> spark.sql(
        "WITH RECURSIVE t(n) AS (SELECT 1 UNION ALL SELECT 2) SELECT * FROM t"));
    query("recursive_aggregated_outside", spark -> spark.sql(
        "WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r WHERE n < 100) "
            + "SELECT sum(n), count(*) FROM r"));
    unordered("recursive_widening_step", spark -> spark.sql(
        "WITH RECURSIVE t(n, m) AS (SELECT 1, CAST(1 AS BIGINT) UNION ALL SELECT n + 1, n + 1 FROM t WHERE n < 4) "
            + "SELECT * FROM t"));
    unordered("recursive_inner_cte_in_step", spark -> spark.sql(
        "WITH RECURSIVE t1 AS (SELECT 1 AS level UNION ALL (WITH t2 AS (SELECT level + 1 FROM t1 WHERE level < 5) "
            + "SELECT * FROM t2)) SELECT * FROM t1"));
    unordered("recursive_nested_in_cte", spark -> spark.sql(
        "WITH t2 AS (WITH RECURSIVE t1 AS (SELECT 1 AS level UNION ALL SELECT level + 1 FROM t1 WHERE level < 4) "
            + "SELECT level * 10 AS x FROM t1) SELECT * FROM t2"));
    withConf("recursive_level_limit_conf", "spark.sql.cteRecursionLevelLimit", "200", spark -> spark.sql(
        "WITH RECURSIVE r(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM r WHERE n < 150) SELECT max(n) FROM r"));
  }

  private void recursionErrors() {
    query("recursive_level_limit_exceeded", spark -> spark.sql(
        "WITH RECURSIVE r(level) AS (VALUES 0 UNION ALL SELECT level + 1 FROM r) SELECT * FROM r"));
    query("recursive_max_level_exceeded", spark -> spark.sql("WITH RECURSIVE r(level) MAX RECURSION LEVEL 10 AS "
        + "(VALUES 0 UNION ALL SELECT level + 1 FROM r WHERE level < 30) SELECT * FROM r"));
    withConf("recursive_row_limit_exceeded", "spark.sql.cteRecursionRowLimit", "50", spark -> spark.sql(
        "WITH RECURSIVE t(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM t WHERE n < 60) SELECT * FROM t"));
    query("recursive_union_distinct_is_error", spark -> spark.sql(
        "WITH RECURSIVE r AS (SELECT 0 AS level UNION SELECT (level + 1) % 10 FROM r) SELECT * FROM r"));
    query("recursive_without_anchor_is_error", spark -> spark.sql(
        "WITH RECURSIVE r(level) AS (SELECT level + 1 FROM r WHERE level < 9) SELECT * FROM r"));
    query("recursive_anchor_second_is_error", spark -> spark.sql(
        "WITH RECURSIVE r(level) AS (SELECT level + 1 FROM r WHERE level < 9 UNION ALL VALUES 0) SELECT * FROM r"));
    query("recursive_intersect_is_error", spark -> spark.sql(
        "WITH RECURSIVE r(level) AS (VALUES 0 INTERSECT SELECT level + 1 FROM r WHERE level < 9) SELECT * FROM r"));
    query("recursive_in_aggregate_is_error", spark -> spark.sql(
        "WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r GROUP BY n) SELECT * FROM r"));
    query("recursive_global_aggregate_is_error", spark -> spark.sql(
        "WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT max(n) + 1 FROM r WHERE n < 5) SELECT * FROM r"));
    query("recursive_left_join_right_is_error", spark -> spark.sql(
        "WITH RECURSIVE r(level, data) AS (VALUES (0, 0) UNION ALL SELECT level + 1, r.data FROM "
            + "(SELECT 0 AS data) AS t LEFT OUTER JOIN r ON r.data = t.data WHERE r.level < 9) SELECT * FROM r"));
    query("recursive_full_join_is_error", spark -> spark.sql(
        "WITH RECURSIVE r(level, data) AS (VALUES (0, 0) UNION ALL SELECT level + 1, r.data FROM r "
            + "FULL OUTER JOIN (SELECT 0 AS data) AS t ON t.data = r.data WHERE r.level < 9) SELECT * FROM r"));
    query("recursive_window_is_error", spark -> spark.sql(
        "WITH RECURSIVE w(id, val) AS (SELECT 1, CAST(10 AS BIGINT) UNION ALL SELECT id + 1, "
            + "sum(val) OVER (ORDER BY id) FROM w WHERE id < 3) SELECT * FROM w"));
    query("recursive_top_inner_cte_is_error", spark -> spark.sql(
        "WITH RECURSIVE t1(n) AS (WITH t2(n) AS (SELECT * FROM t1) SELECT 1 UNION ALL SELECT n + 1 FROM t2 "
            + "WHERE n < 5) SELECT * FROM t1"));
    query("recursive_narrowing_step_is_error", spark -> spark.sql(
        "WITH RECURSIVE t1(n, m) AS (SELECT 1, 1 UNION ALL SELECT n + 1, CAST(n + 1 AS BIGINT) FROM t1 "
            + "WHERE n < 5) SELECT * FROM t1"));
    legacyError("max_level_without_recursive_is_error", spark -> spark.sql(
        "WITH r(level) MAX RECURSION LEVEL 35 AS (VALUES 0 UNION ALL SELECT level + 1 FROM r WHERE level < 30) "
            + "SELECT * FROM r"));
  }

  private void functions() {
    query("udf_scalar", spark -> {
      spark.sql("CREATE OR REPLACE TEMPORARY FUNCTION rpu_plus(a INT, b INT) RETURNS INT RETURN a + b");
      return spark.sql("SELECT rpu_plus(1, 2), rpu_plus(id, 10) FROM range(3)");
    });
    query("udf_default_parameter", spark -> {
      spark.sql("CREATE OR REPLACE TEMPORARY FUNCTION rpu_scaled(x INT, factor INT DEFAULT 10) RETURNS INT "
          + "RETURN x * factor");
      return spark.sql("SELECT rpu_scaled(2), rpu_scaled(2, 3)");
    });
    query("udf_without_returns", spark -> {
      spark.sql("CREATE OR REPLACE TEMPORARY FUNCTION rpu_greet(name STRING) RETURN concat('hi ', name)");
      return spark.sql("SELECT rpu_greet('ann') AS g");
    });
    query("udf_return_type_cast", spark -> {
      spark.sql("CREATE OR REPLACE TEMPORARY FUNCTION rpu_half(x INT) RETURNS DOUBLE RETURN x / 2");
      return spark.sql("SELECT rpu_half(5)");
    });
    query("udf_argument_cast", spark -> {
      spark.sql("CREATE OR REPLACE TEMPORARY FUNCTION rpu_twice(x BIGINT) RETURNS BIGINT RETURN x * 2");
      return spark.sql("SELECT rpu_twice(21), typeof(rpu_twice(1))");
    });
    query("udf_nested", spark -> {
      spark.sql("CREATE OR REPLACE TEMPORARY FUNCTION rpu_inc(x INT) RETURN x + 1");
      spark.sql("CREATE OR REPLACE TEMPORARY FUNCTION rpu_inc2(x INT) RETURN rpu_inc(rpu_inc(x))");
      return spark.sql("SELECT rpu_inc2(40)");
    });
    query("udf_subquery_body", spark -> {
      spark.sql("CREATE OR REPLACE TEMPORARY VIEW rpu_numbers AS SELECT * FROM VALUES (1), (2), (3) AS t(a)");
      spark.sql("CREATE OR REPLACE TEMPORARY FUNCTION rpu_total() RETURNS BIGINT RETURN (SELECT sum(a) FROM "
          + "rpu_numbers)");
      return spark.sql("SELECT rpu_total()");
    });
    query("udf_column_wins_over_parameter", spark -> {
      spark.sql("CREATE OR REPLACE TEMPORARY VIEW rpu_one AS SELECT 1 AS x");
      spark.sql("CREATE OR REPLACE TEMPORARY FUNCTION rpu_col(x INT) RETURNS INT RETURN (SELECT x FROM rpu_one)");
      return spark.sql("SELECT rpu_col(42)");
    });
    query("udf_parameter_wins_over_variable", spark -> {
      spark.sql("DECLARE OR REPLACE VARIABLE rpu_v INT DEFAULT 999");
      spark.sql("CREATE OR REPLACE TEMPORARY FUNCTION rpu_var(rpu_v INT) RETURNS INT RETURN rpu_v");
      return spark.sql("SELECT rpu_var(42)");
    });
    unordered("udf_table_function", spark -> {
      spark.sql("CREATE OR REPLACE TEMPORARY FUNCTION rpu_upto(n INT) RETURNS TABLE (i INT, sq INT) "
          + "RETURN SELECT id, id * id FROM range(10) WHERE id < n");
      return spark.sql("SELECT * FROM rpu_upto(4)");
    });
    unordered("udf_table_function_aliased", spark -> {
      spark.sql("CREATE OR REPLACE TEMPORARY FUNCTION rpu_pairs() RETURNS TABLE (a INT, b STRING) "
          + "RETURN VALUES (1, 'x'), (2, 'y')");
      return spark.sql("SELECT t.b FROM rpu_pairs() AS t WHERE t.a = 2");
    });
    query("udf_replace", spark -> {
      spark.sql("CREATE OR REPLACE TEMPORARY FUNCTION rpu_r() RETURNS INT RETURN 1");
      spark.sql("CREATE OR REPLACE TEMPORARY FUNCTION rpu_r() RETURNS INT RETURN 2");
      return spark.sql("SELECT rpu_r()");
    });
    query("udf_if_not_exists_is_error", spark -> {
      spark.sql("CREATE OR REPLACE TEMPORARY FUNCTION rpu_k() RETURNS INT RETURN 1");
      spark.sql("CREATE TEMPORARY FUNCTION IF NOT EXISTS rpu_k() RETURNS INT RETURN 2");
      return spark.sql("SELECT rpu_k()");
    });
    query("udf_describe_scalar", spark -> {
      spark.sql("CREATE OR REPLACE TEMPORARY FUNCTION rpu_desc(x INT, y INT DEFAULT 3) RETURNS INT RETURN x + y");
      return spark.sql("DESCRIBE FUNCTION rpu_desc");
    });
    query("udf_describe_inferred_type", spark -> {
      spark.sql("CREATE OR REPLACE TEMPORARY FUNCTION rpu_desc_inferred(s STRING) RETURN length(s) * 2L");
      return spark.sql("DESC FUNCTION rpu_desc_inferred");
    });
    query("udf_describe_table", spark -> {
      spark.sql("CREATE OR REPLACE TEMPORARY FUNCTION rpu_desc_table(n INT) RETURNS TABLE (a INT, b STRING) "
          + "RETURN SELECT n, 'x'");
      return spark.sql("DESCRIBE FUNCTION rpu_desc_table");
    });
    query("udf_drop", spark -> {
      spark.sql("CREATE OR REPLACE TEMPORARY FUNCTION rpu_d() RETURNS INT RETURN 1");
      spark.sql("DROP TEMPORARY FUNCTION rpu_d");
      return spark.sql("DROP TEMPORARY FUNCTION IF EXISTS rpu_d");
    });
  }

  private void functionErrors() {
    query("udf_too_many_arguments_is_error", spark -> {
      spark.sql("CREATE OR REPLACE TEMPORARY FUNCTION rpu_one_arg(a INT) RETURNS INT RETURN a");
      return spark.sql("SELECT rpu_one_arg(1, 2)");
    });
    query("udf_duplicate_parameters_is_error", spark -> spark.sql(
        "CREATE TEMPORARY FUNCTION rpu_dup(a INT, A INT) RETURNS INT RETURN 1"));
    query("udf_exists_is_error", spark -> {
      spark.sql("CREATE OR REPLACE TEMPORARY FUNCTION rpu_e() RETURNS INT RETURN 1");
      return spark.sql("CREATE TEMPORARY FUNCTION rpu_e() RETURNS INT RETURN 2");
    });
    query("udf_drop_missing_is_error", spark -> spark.sql("DROP TEMPORARY FUNCTION rpu_never_defined"));
    query("udf_cycle_is_error", spark -> {
      spark.sql("CREATE OR REPLACE TEMPORARY FUNCTION rpu_c1(x INT) RETURN x + 1");
      spark.sql("CREATE OR REPLACE TEMPORARY FUNCTION rpu_c2(x INT) RETURN rpu_c1(x) + 1");
      return spark.sql("CREATE OR REPLACE TEMPORARY FUNCTION rpu_c1(x INT) RETURN rpu_c2(x) + 1");
    });
    query("udf_table_function_as_scalar_is_error", spark -> {
      spark.sql("CREATE OR REPLACE TEMPORARY FUNCTION rpu_t() RETURNS TABLE (a INT) RETURN SELECT 1");
      return spark.sql("SELECT rpu_t()");
    });
    query("udf_scalar_in_from_is_error", spark -> {
      spark.sql("CREATE OR REPLACE TEMPORARY FUNCTION rpu_s() RETURNS INT RETURN 1");
      return spark.sql("SELECT * FROM rpu_s()");
    });
    query("udf_table_column_count_is_error", spark -> spark.sql(
        "CREATE OR REPLACE TEMPORARY FUNCTION rpu_cc() RETURNS TABLE (a INT) RETURN SELECT 1, 2"));
    query("udf_unknown_body_column_is_error", spark -> spark.sql(
        "CREATE OR REPLACE TEMPORARY FUNCTION rpu_u(a INT) RETURNS INT RETURN b + 1"));
    query("udf_unknown_table_function_is_error", spark -> spark.sql("SELECT * FROM rpu_no_such_function(1)"));
  }
}
