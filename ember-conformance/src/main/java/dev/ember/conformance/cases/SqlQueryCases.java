package dev.ember.conformance.cases;

import dev.ember.conformance.CaseGroup;

/**
 * Queries through {@code spark.sql} over temporary views ({@link SqlTables}): select lists and the column names
 * Spark derives from SQL text, WHERE, GROUP BY, HAVING, ORDER BY, LIMIT/OFFSET, subqueries, joins, set operations,
 * CTEs, VALUES, TABLE, range(), window functions and aggregates.
 */
public final class SqlQueryCases extends CaseGroup {
  public SqlQueryCases() {
    super("sql_queries", true);
    // select lists: expressions and the names Spark derives from their text
    ordered("select_columns", "SELECT id, name FROM emp ORDER BY id");
    ordered("select_arithmetic", "SELECT id + 1, id * 2, salary / 2, id % 4, -id, id div 2 FROM emp ORDER BY id");
    ordered("select_aggregate_names", "SELECT count(*), count(1), count(name), sum(id), avg(salary), min(hired), "
        + "max(bonus) FROM emp");
    ordered("select_aliases", "SELECT id AS key, name n, upper(name) AS `Upper Name`, salary * 2 AS `double` "
        + "FROM emp ORDER BY key");
    ordered("select_backticks", "SELECT `id`, `name` AS `the name`, emp.`dept` FROM emp ORDER BY `id`");
    ordered("select_function_names", "SELECT concat(name, '-', dept), coalesce(bonus, 0), round(salary, 0), "
        + "length(name), lower(dept) FROM emp ORDER BY id");
    ordered("select_literal_names", "SELECT 1, 'a', 1.5, true, NULL, DATE '2024-01-02', 10L, X'0F' FROM emp "
        + "WHERE id = 1");
    ordered("select_cast_names", "SELECT CAST(id AS STRING), CAST(salary AS INT), CAST(bonus AS DOUBLE), "
        + "CAST(hired AS STRING), id::bigint FROM emp ORDER BY id");
    ordered("select_case_names", "SELECT id, CASE WHEN salary > 90 THEN 'high' WHEN salary > 65 THEN 'mid' "
        + "ELSE 'low' END, CASE dept WHEN 'eng' THEN 1 ELSE 0 END AS is_eng FROM emp ORDER BY id");
    ordered("select_decimal_arithmetic", "SELECT bonus + 1, bonus * 2, bonus / 3, bonus + salary FROM emp "
        + "ORDER BY id");
    ordered("select_date_expressions", "SELECT hired, hired + 1, date_add(hired, 30), year(hired), "
        + "datediff(DATE '2024-01-01', hired) FROM emp ORDER BY id");
    ordered("select_star", "SELECT * FROM emp ORDER BY id");
    ordered("select_qualified_star", "SELECT e.*, d.floor FROM emp e JOIN dept d ON e.dept = d.dept ORDER BY e.id");
    ordered("select_star_with_expression", "SELECT *, floor * 10 AS tens FROM dept ORDER BY dept");
    ordered("select_table_qualified_column", "SELECT emp.id, emp.name FROM emp ORDER BY emp.id");
    unordered("select_distinct", "SELECT DISTINCT dept FROM emp");
    unordered("select_distinct_two_columns", "SELECT DISTINCT name, hired FROM emp");
    ordered("select_distinct_ordered", "SELECT DISTINCT dept FROM emp ORDER BY dept NULLS LAST");
    // WHERE
    ordered("where_comparisons", "SELECT id FROM emp WHERE salary > 75 AND dept <> 'ops' ORDER BY id");
    ordered("where_null_checks", "SELECT id FROM emp WHERE name IS NULL OR bonus IS NULL ORDER BY id");
    ordered("where_in_between", "SELECT id FROM emp WHERE id IN (1, 3, 5) OR salary BETWEEN 60 AND 75 ORDER BY id");
    ordered("where_like", "SELECT name FROM emp WHERE name LIKE '%o%' ORDER BY id");
    ordered("where_case", "SELECT id FROM emp WHERE CASE WHEN dept = 'eng' THEN salary > 90 ELSE true END "
        + "ORDER BY id");
    ordered("where_cast", "SELECT id FROM emp WHERE CAST(salary AS INT) = 95 OR CAST(id AS STRING) = '6' "
        + "ORDER BY id");
    ordered("where_date", "SELECT id FROM emp WHERE hired >= DATE '2021-01-01' ORDER BY id");
    unordered("keyword_as_table_alias", "SELECT id FROM emp WHERE");
    ordered("where_decimal", "SELECT id FROM emp WHERE bonus > 3.5 ORDER BY id");
    // GROUP BY and HAVING
    ordered("group_by_column", "SELECT dept, count(*), sum(salary) FROM emp GROUP BY dept ORDER BY dept");
    ordered("group_by_expression", "SELECT id % 2, count(*) FROM emp GROUP BY id % 2 ORDER BY id % 2");
    ordered("group_by_ordinal", "SELECT dept, max(id) FROM emp GROUP BY 1 ORDER BY 1");
    ordered("group_by_select_alias", "SELECT upper(dept) AS d, count(*) AS c FROM emp GROUP BY d ORDER BY d");
    ordered("group_by_all", "SELECT dept, year(hired) AS y, count(*) FROM emp GROUP BY ALL ORDER BY dept, y");
    ordered("group_by_two_columns", "SELECT dept, name, count(*) FROM emp GROUP BY dept, name "
        + "ORDER BY dept, name");
    ordered("group_by_null_key", "SELECT dept, sum(bonus) FROM emp GROUP BY dept ORDER BY dept NULLS FIRST");
    ordered("having_aggregate", "SELECT dept, count(*) FROM emp GROUP BY dept HAVING count(*) > 1 ORDER BY dept");
    ordered("having_select_alias", "SELECT dept, sum(salary) AS total FROM emp GROUP BY dept HAVING total > 100 "
        + "ORDER BY dept");
    ordered("having_mixed", "SELECT dept, count(*) AS c FROM emp GROUP BY dept HAVING c > 1 AND max(id) < 4 "
        + "ORDER BY dept");
    ordered("having_aggregate_not_selected", "SELECT dept FROM emp GROUP BY dept HAVING avg(salary) > 80 "
        + "ORDER BY dept");
    ordered("having_grouping_column", "SELECT dept, count(*) FROM emp GROUP BY dept HAVING dept IS NOT NULL "
        + "ORDER BY dept");
    // ORDER BY, LIMIT, OFFSET
    ordered("order_by_desc", "SELECT id, salary FROM emp ORDER BY salary DESC");
    ordered("order_by_nulls_first", "SELECT id, name FROM emp ORDER BY name NULLS FIRST, id");
    ordered("order_by_desc_nulls_last", "SELECT id, bonus FROM emp ORDER BY bonus DESC NULLS LAST");
    ordered("order_by_ordinal", "SELECT name, id FROM emp ORDER BY 2 DESC");
    ordered("order_by_alias", "SELECT id, salary * -1 AS neg FROM emp ORDER BY neg NULLS LAST");
    ordered("order_by_column_not_selected", "SELECT name FROM emp ORDER BY id DESC");
    ordered("order_by_expression_not_selected", "SELECT id FROM emp ORDER BY id % 3, id");
    ordered("order_by_aggregate", "SELECT dept, count(*) AS c FROM emp GROUP BY dept ORDER BY count(*) DESC, dept");
    ordered("order_by_aggregate_not_selected", "SELECT dept FROM emp GROUP BY dept ORDER BY max(salary) NULLS LAST");
    ordered("limit", "SELECT id FROM emp ORDER BY id LIMIT 3");
    ordered("limit_zero", "SELECT id FROM emp LIMIT 0");
    ordered("offset", "SELECT id FROM emp ORDER BY id LIMIT 2 OFFSET 3");
    ordered("offset_without_limit", "SELECT id FROM emp ORDER BY id OFFSET 4");
    // aggregates
    ordered("global_aggregates", "SELECT count(*), sum(salary), avg(bonus), min(name), max(hired) FROM emp");
    ordered("global_aggregate_empty_input", "SELECT count(*), sum(id), max(name) FROM emp WHERE id > 100");
    ordered("aggregate_arithmetic", "SELECT sum(id) / count(*), sum(salary) - min(salary), max(id) + 1 FROM emp");
    ordered("count_distinct", "SELECT count(DISTINCT dept), count(DISTINCT name), count(DISTINCT name, dept) "
        + "FROM emp");
    ordered("aggregate_of_expression", "SELECT dept, sum(salary * 2), avg(id + 0.5) FROM emp GROUP BY dept "
        + "ORDER BY dept");
    ordered("aggregate_filter_clause", "SELECT count(*) FILTER (WHERE salary > 75), sum(id) FILTER (WHERE "
        + "dept = 'eng') FROM emp");
    // SELECT without FROM
    ordered("select_one", "SELECT 1");
    ordered("select_without_from", "SELECT 1 AS x, 'a', 1 + 2, current_date() IS NOT NULL AS today");
    // subqueries in FROM
    ordered("from_subquery", "SELECT s.n FROM (SELECT name AS n, id FROM emp WHERE id < 4) s ORDER BY s.id");
    ordered("from_subquery_column_aliases", "SELECT x, y FROM (SELECT id, name FROM emp) AS t(x, y) ORDER BY x");
    ordered("from_nested_subqueries", "SELECT max(c) FROM (SELECT dept, count(*) AS c FROM (SELECT * FROM emp "
        + "WHERE salary IS NOT NULL) GROUP BY dept)");
    // joins
    ordered("inner_join_on", "SELECT e.id, e.name, d.floor FROM emp e INNER JOIN dept d ON e.dept = d.dept "
        + "ORDER BY e.id");
    ordered("join_without_inner", "SELECT e.id, d.head FROM emp e JOIN dept d ON e.dept = d.dept AND d.floor > 1 "
        + "ORDER BY e.id");
    ordered("left_join", "SELECT e.id, d.floor FROM emp e LEFT JOIN dept d ON e.dept = d.dept ORDER BY e.id");
    ordered("left_outer_join", "SELECT e.id, d.floor FROM emp e LEFT OUTER JOIN dept d ON e.dept = d.dept "
        + "ORDER BY e.id");
    ordered("right_join", "SELECT e.id, d.dept FROM emp e RIGHT JOIN dept d ON e.dept = d.dept "
        + "ORDER BY d.dept, e.id");
    ordered("full_join", "SELECT e.id, d.dept FROM emp e FULL OUTER JOIN dept d ON e.dept = d.dept "
        + "ORDER BY e.id NULLS LAST, d.dept");
    ordered("cross_join", "SELECT a.x, b.x FROM t2 a CROSS JOIN t2 b WHERE a.x < b.x ORDER BY 1, 2");
    ordered("left_semi_join", "SELECT * FROM emp LEFT SEMI JOIN dept ON emp.dept = dept.dept ORDER BY id");
    ordered("left_anti_join", "SELECT id, dept FROM emp LEFT ANTI JOIN dept ON emp.dept = dept.dept ORDER BY id");
    ordered("join_using", "SELECT * FROM emp JOIN dept USING (dept) ORDER BY id");
    ordered("left_join_using", "SELECT dept, id, floor FROM emp LEFT JOIN dept USING (dept) ORDER BY id");
    ordered("full_join_using", "SELECT * FROM t1 FULL JOIN t2 USING (x) ORDER BY x NULLS FIRST");
    ordered("comma_join_where", "SELECT e.name, d.floor FROM emp e, dept d WHERE e.dept = d.dept ORDER BY e.id");
    ordered("self_join", "SELECT a.id, b.id FROM emp a JOIN emp b ON a.hired = b.hired AND a.id < b.id ORDER BY 1");
    ordered("three_way_join", "SELECT e.id, d.floor, t.x FROM emp e JOIN dept d ON e.dept = d.dept "
        + "JOIN t2 t ON d.floor = t.x ORDER BY e.id, t.x");
    // set operations
    unordered("union_all", "SELECT x FROM t1 UNION ALL SELECT x FROM t2");
    unordered("union", "SELECT x FROM t1 UNION SELECT x FROM t2");
    unordered("union_distinct", "SELECT x FROM t1 UNION DISTINCT SELECT x FROM t2");
    unordered("intersect", "SELECT x FROM t1 INTERSECT SELECT x FROM t2");
    unordered("intersect_all", "SELECT x FROM t2 INTERSECT ALL SELECT x FROM t2 WHERE x > 2");
    unordered("except", "SELECT x FROM t1 EXCEPT SELECT x FROM t2");
    unordered("except_all", "SELECT x FROM t2 EXCEPT ALL SELECT 3");
    unordered("minus", "SELECT x FROM t1 MINUS SELECT x FROM t2");
    unordered("set_operation_precedence", "SELECT x FROM t1 UNION ALL SELECT x FROM t2 INTERSECT SELECT 3");
    unordered("set_operation_left_to_right", "SELECT x FROM t1 EXCEPT SELECT x FROM t2 UNION ALL SELECT 2");
    unordered("set_operation_parentheses", "SELECT x FROM t1 EXCEPT (SELECT x FROM t2 UNION ALL SELECT 1)");
    ordered("union_order_by_limit", "SELECT x FROM t1 UNION SELECT x FROM t2 ORDER BY x DESC NULLS LAST LIMIT 3");
    ordered("union_widens_types", "SELECT 1 AS v UNION ALL SELECT 2.5 UNION ALL SELECT CAST(3 AS BIGINT) "
        + "ORDER BY v");
    unordered("union_column_names_from_first", "SELECT id AS a, name FROM emp WHERE id = 1 UNION ALL "
        + "SELECT floor, dept FROM dept WHERE floor = 2");
    // common table expressions
    ordered("cte", "WITH big AS (SELECT * FROM emp WHERE salary > 75) SELECT id, name FROM big ORDER BY id");
    ordered("two_ctes", "WITH a AS (SELECT dept, count(*) AS c FROM emp GROUP BY dept), b AS (SELECT * FROM a "
        + "WHERE c > 1) SELECT * FROM b ORDER BY dept");
    ordered("cte_referenced_twice", "WITH n AS (SELECT x FROM t2) SELECT a.x, b.x FROM n a JOIN n b "
        + "ON a.x + 1 = b.x ORDER BY a.x, b.x");
    ordered("cte_column_list", "WITH c(k, v) AS (SELECT id, name FROM emp) SELECT v FROM c WHERE k > 4 "
        + "ORDER BY k");
    ordered("cte_in_subquery", "SELECT * FROM (WITH q AS (SELECT 5 AS five) SELECT five + 1 AS six FROM q)");
    // VALUES, TABLE, range()
    ordered("values_query", "VALUES (1, 'a'), (2, 'b')");
    ordered("values_in_from", "SELECT * FROM VALUES (1, 'a'), (2, 'b') AS t(x, y) ORDER BY x DESC");
    ordered("values_widening", "SELECT * FROM VALUES (1, 2.5), (2L, 3), (NULL, NULL) AS t(a, b)");
    ordered("values_single_column", "SELECT col1 FROM VALUES 1, 2, 3");
    ordered("values_null_row", "SELECT * FROM VALUES (NULL, 'x'), (3, NULL) AS t(i, s)");
    ordered("values_join", "SELECT e.name, v.label FROM emp e JOIN VALUES ('eng', 'Engineering'), "
        + "('hr', 'People') AS v(dept, label) ON e.dept = v.dept ORDER BY e.id");
    ordered("table_statement", "TABLE dept");
    ordered("range_one_argument", "SELECT * FROM range(5)");
    ordered("range_with_step", "SELECT id, id * 2 AS twice FROM range(1, 10, 3)");
    ordered("range_in_join", "SELECT r.id, e.name FROM range(1, 4) r JOIN emp e ON r.id = e.id ORDER BY r.id");
    // window functions
    ordered("window_row_number", "SELECT id, dept, row_number() OVER (PARTITION BY dept ORDER BY salary DESC) "
        + "AS rn FROM emp ORDER BY id");
    ordered("window_running_sum", "SELECT id, sum(salary) OVER (ORDER BY id ROWS BETWEEN UNBOUNDED PRECEDING "
        + "AND CURRENT ROW) FROM emp ORDER BY id");
    ordered("window_aggregate_partition", "SELECT id, avg(salary) OVER (PARTITION BY dept), count(*) OVER () "
        + "FROM emp ORDER BY id");
    ordered("window_rank_lag", "SELECT id, rank() OVER (ORDER BY hired), lag(name) OVER (ORDER BY id), "
        + "lead(id, 2, -1) OVER (ORDER BY id) FROM emp ORDER BY id");
    ordered("window_named", "SELECT id, sum(id) OVER w, max(id) OVER w FROM emp WINDOW w AS (PARTITION BY dept "
        + "ORDER BY id) ORDER BY id");
    ordered("window_over_aggregate", "SELECT dept, sum(salary) AS s, rank() OVER (ORDER BY sum(salary) DESC) AS r "
        + "FROM emp GROUP BY dept ORDER BY r, dept");
  }

  private void ordered(String caseName, String text) {
    query(caseName, spark -> SqlTables.sql(spark, text));
  }

  private void unordered(String caseName, String text) {
    unordered(caseName, spark -> SqlTables.sql(spark, text));
  }
}
