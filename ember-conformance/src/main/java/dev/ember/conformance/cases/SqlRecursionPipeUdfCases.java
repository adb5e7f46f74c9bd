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
    query("pipe_select_aggregate_is_error", spark -> spark.sql(T + " |> SELECT sum(x) AS s"));
    query("pipe_extend_aggregate_is_error", spark -> spark.sql(T + " |> EXTEND sum(x) AS s"));
    query("pipe_aggregate_without_aggregate_is_error", spark -> spark.sql(T + " |> AGGREGATE x GROUP BY y"));
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
}
