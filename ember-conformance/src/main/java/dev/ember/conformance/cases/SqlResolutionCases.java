package dev.ember.conformance.cases;

import dev.ember.conformance.CaseGroup;
import org.apache.spark.sql.functions;

/**
 * How spark.sql resolves names around an aggregation: lateral column aliases in select lists (chained, shadowed by
 * input columns, ambiguous, beside generators), ORDER BY and HAVING naming columns that are neither grouped nor
 * aggregated (UNRESOLVED_COLUMN, not MISSING_AGGREGATION), grouping expressions matched however their commutative
 * operands are written, and ORDER BY over a HAVING that computes more than the select list.
 */
public final class SqlResolutionCases extends CaseGroup {
  private static final String T = "(VALUES (1, 2), (3, 5), (7, 2), (1, 2), (8, 3), (4, 9), (5, 7)) AS t(col1, col2)";
  private static final String U = "(VALUES (1, 2), (5, 9), (8, 3), (7, 5), (4, 9), (3, 1)) AS u(col1, col2)";

  public SqlResolutionCases() {
    super("sql_resolution");
    query("lateral_alias_in_project", spark -> spark.sql("SELECT col1 * 2 AS a, a + 1 AS b, b * a AS c FROM " + T
        + " ORDER BY col1, col2"));
    query("lateral_alias_unaliased_name", spark -> spark.sql("SELECT col1 + col2 AS s, s * 10, upper(CAST(s AS"
        + " STRING)) FROM " + T + " ORDER BY col1, col2"));
    query("lateral_alias_shadowed_by_column", spark -> spark.sql("SELECT col2 + 100 AS col1, col1 + 1 AS b FROM " + T
        + " ORDER BY b, col1"));
    query("lateral_alias_in_aggregate", spark -> spark.sql("SELECT col1, sum(col2) AS s, s + 1 AS s1, s1 * 2 AS s2"
        + " FROM " + T + " GROUP BY col1 ORDER BY col1"));
    query("lateral_alias_of_grouping_key", spark -> spark.sql("SELECT col1 AS k, k * 10 AS k10, count(*) AS n FROM "
        + T + " GROUP BY col1 ORDER BY k"));
    query("lateral_alias_global_aggregate", spark -> spark.sql("SELECT max(col1) AS m, min(col2) AS n, m - n AS d FROM "
        + T));
    query("lateral_alias_order_by_alias", spark -> spark.sql("SELECT sum(col2) AS a, a + 1 AS b FROM " + T
        + " GROUP BY col1 ORDER BY b DESC, a"));
    query("lateral_alias_having", spark -> spark.sql("SELECT col1, sum(col2) AS a, a * 2 AS b FROM " + T
        + " GROUP BY col1 HAVING b > 8 ORDER BY col1"));
    query("lateral_alias_ambiguous", spark -> spark.sql("SELECT col1 AS a, col2 AS a, a + 1 FROM " + T));
    query("lateral_alias_generator_not_referable", spark -> spark.sql("SELECT explode(array(1, 2, 3)) AS x,"
        + " x + 1 AS y"));
    query("lateral_alias_bare_reference", spark -> spark.sql("SELECT col1 + 1 AS s, s, s AS t FROM " + T
        + " ORDER BY col1, col2"));
    query("lateral_alias_nondeterministic_once", spark -> spark.sql("SELECT zero, same FROM (SELECT rand(7) AS r,"
        + " r - r AS zero, r = r AS same FROM " + T + ")"));
    query("lateral_alias_generator_chain", spark -> spark.sql("SELECT explode(array(1, 2)) AS x, x * 10 AS y,"
        + " y + x AS z"));
    query("lateral_alias_generator_in_aggregate", spark -> spark.sql("SELECT explode(array(1, 2)) AS x, x + 1 AS y,"
        + " count(*)"));
    query("lateral_alias_select_expr", spark -> spark.range(3).selectExpr("id * 3 AS a", "a + 1 AS b"));
    query("lateral_alias_dataframe_select", spark -> spark.range(3).select(functions.col("id").plus(5).as("x"),
        functions.col("x").multiply(2).as("y")));
    query("order_by_ungrouped_column", spark -> spark.sql("SELECT sum(col2) FROM " + T
        + " GROUP BY col1 ORDER BY col2"));
    query("order_by_ungrouped_qualified_column_join", spark -> spark.sql("SELECT sum(t.col2) FROM " + T + " JOIN " + U
        + " ON t.col1 = u.col1 GROUP BY t.col1 ORDER BY u.col2"));
    query("having_ungrouped_column", spark -> spark.sql("SELECT sum(col2) AS total FROM " + T
        + " GROUP BY col1 HAVING col2 > 5"));
    query("order_by_commutative_grouping", spark -> spark.sql("SELECT sum(col2) FROM " + T
        + " GROUP BY col1 + 1, col2 * 2 ORDER BY 1 + col1, 2 * col2"));
    query("select_commutative_grouping", spark -> spark.sql("SELECT 1 + col1, (2 * col2) + 3, count(*) FROM " + T
        + " GROUP BY col1 + 1, col2 * 2 ORDER BY 1, 2"));
    query("order_by_aggregate_over_having_select_list", spark -> spark.sql("SELECT col1, sum(col2) FROM " + T
        + " GROUP BY col1 HAVING sum(col2) > 2 ORDER BY avg(col2), col1"));
    query("order_by_aggregate_over_having_extra", spark -> spark.sql("SELECT sum(col2) FROM " + T
        + " GROUP BY col1 HAVING max(col1) > 3 ORDER BY max(col1)"));
    query("order_by_ungrouped_over_having_extra", spark -> spark.sql("SELECT sum(col2) FROM " + T
        + " GROUP BY col1 HAVING max(col2) > 3 ORDER BY max(col2)"));
    query("order_by_grouping_column_over_having", spark -> spark.sql("SELECT sum(col2) AS s FROM " + T
        + " GROUP BY col1 HAVING col1 > 3 ORDER BY col1 DESC"));
    query("order_by_all", spark -> spark.sql("SELECT col2, col1 FROM " + T + " ORDER BY ALL"));
    query("order_by_all_desc_nulls_first", spark -> spark.sql("SELECT col2 % 3 AS m, col1 FROM " + T
        + " UNION ALL SELECT NULL, 0 ORDER BY ALL DESC NULLS FIRST"));
    query("order_by_column_named_all", spark -> spark.sql("SELECT col1 AS `all`, col2 FROM " + T
        + " ORDER BY all DESC, col2"));
    query("order_by_aggregate_beside_windows", spark -> spark.sql("SELECT col1, sum(col2) AS s, sum(sum(col2)) OVER ()"
        + " AS total FROM " + T + " GROUP BY col1 ORDER BY sum(col2), col1"));
    query("order_by_ungrouped_beside_windows", spark -> spark.sql("SELECT col1, rank() OVER (ORDER BY max(col2)) AS r"
        + " FROM " + T + " GROUP BY col1 ORDER BY max(col2), col1"));
    query("order_by_grouped_beside_windows", spark -> spark.sql("SELECT sum(col2) AS s, sum(sum(col2)) OVER () AS total"
        + " FROM " + T + " GROUP BY col1 ORDER BY col1"));
    query("having_prefers_grouping_column_to_alias", spark -> spark.sql("SELECT sum(col1) AS col2 FROM " + T
        + " GROUP BY col2 HAVING col2 > 4 ORDER BY col2"));
    query("having_alias_of_grouping_expression", spark -> spark.sql("SELECT col1 % 3 AS k, count(*) AS n FROM " + T
        + " GROUP BY k HAVING k > 0 ORDER BY k"));
    query("grouping_under_plain_group_by", spark -> spark.sql("SELECT col1, grouping(col1) FROM " + T
        + " GROUP BY col1"));
    query("grouping_id_in_having_without_group_by", spark -> spark.sql("SELECT count(*) FROM " + T
        + " HAVING grouping_id() = 0"));
    query("grouping_dataframe_group_by", spark -> spark.sql("SELECT * FROM " + T).groupBy("col1")
        .agg(functions.grouping("col1")));
    query("grouping_column_not_grouped_in_having", spark -> spark.sql("SELECT count(*) AS c FROM " + T
        + " HAVING grouping(col1) = 0"));
    query("order_by_name_two_aliases_share", spark -> spark.sql("SELECT 2 AS col1, 3 AS col1, col2 FROM " + T
        + " ORDER BY col1, col2"));
    query("order_by_name_of_column_and_alias", spark -> spark.sql("SELECT col1, col2 * 0 AS col1 FROM " + T
        + " ORDER BY col1"));
    query("having_group_by_all_column_before_alias", spark -> spark.sql("SELECT col1 AS c, 2 AS col1 FROM " + T
        + " GROUP BY ALL HAVING col1 > 4 ORDER BY c"));
    withConf("quoted_regex_column_names", "spark.sql.parser.quotedRegexColumnNames", "true", spark -> spark.sql(
        "SELECT `(col1)?+.+`, t.`col.*` FROM " + T + " ORDER BY 1, 2"));
    withConf("quoted_regex_in_function", "spark.sql.parser.quotedRegexColumnNames", "true", spark -> spark.sql(
        "SELECT sum(`(COL1)`) FROM " + T));
    withConf("quoted_regex_matching_nothing", "spark.sql.parser.quotedRegexColumnNames", "true", spark -> spark.sql(
        "SELECT `(x|y)` FROM " + T));
    query("quoted_regex_off_is_a_name", spark -> spark.sql("SELECT `(col1)?+.+` FROM " + T));
    withConf("double_quoted_identifiers", "spark.sql.ansi.doubleQuotedIdentifiers", "true", spark -> spark.sql(
        "SELECT \"col1\" AS \"one\", 'text' AS s FROM " + T + " ORDER BY \"one\""));
    withConf("double_quoted_string_refused", "spark.sql.ansi.doubleQuotedIdentifiers", "true", spark -> spark.sql(
        "SELECT \"not a column\""));
    withConf("legacy_exponent_as_decimal", "spark.sql.legacy.exponentLiteralAsDecimal.enabled", "true", spark -> spark
        .sql("SELECT 1E2, 1.5E-3, typeof(1E2)"));
    query("window_ignore_nulls", spark -> spark.sql("SELECT id, v, lag(v) IGNORE NULLS OVER w AS lag1,"
        + " lead(v, 2) IGNORE NULLS OVER w AS lead2, first_value(v) IGNORE NULLS OVER w AS f,"
        + " last_value(v) IGNORE NULLS OVER w AS l, nth_value(v, 2) IGNORE NULLS OVER w AS n2,"
        + " lag(v, -1) RESPECT NULLS OVER w AS lead1 FROM VALUES (1, NULL), (2, 'b'), (3, NULL), (4, 'd'), (5, 'e')"
        + " AS t(id, v) WINDOW w AS (ORDER BY id) ORDER BY id"));
    query("window_ignore_nulls_unsupported", spark -> spark.sql("SELECT sum(col1) IGNORE NULLS OVER () FROM " + T));
    query("window_aggregate_filter", spark -> spark.sql("SELECT col1, col2, sum(col2) FILTER (WHERE col1 > 3) OVER"
        + " (ORDER BY col1, col2 ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS running,"
        + " count(*) FILTER (WHERE col2 = 2) OVER () AS twos FROM " + T + " ORDER BY col1, col2"));
    query("explode_of_aggregate", spark -> spark.sql("SELECT explode(sort_array(collect_list(col1))) AS v FROM " + T));
    query("explode_of_aggregate_with_others", spark -> spark.sql("SELECT col2, count(*) AS n,"
        + " posexplode(sort_array(collect_set(col1))) AS (p, v) FROM " + T + " GROUP BY col2 ORDER BY col2, p"));
    query("explode_under_group_by_all", spark -> spark.sql("SELECT explode(arr) AS e FROM VALUES (array(1, 2)),"
        + " (array(1, 2)), (array(3)) AS t(arr) GROUP BY ALL ORDER BY e"));
    query("explode_of_aggregate_dataframe", spark -> spark.sql("SELECT * FROM " + T).groupBy("col2")
        .agg(functions.explode(functions.sort_array(functions.collect_list("col1"))).as("v")).orderBy("col2", "v"));
    query("qualify_window_alias", spark -> spark.sql("SELECT col1, col2, rank() OVER (PARTITION BY col2 ORDER BY col1)"
        + " AS r FROM " + T + " QUALIFY r = 1 ORDER BY col2, col1"));
    query("qualify_window_in_condition", spark -> spark.sql("SELECT DISTINCT col2 FROM " + T
        + " QUALIFY row_number() OVER (PARTITION BY col2 ORDER BY col1 DESC) <= 2 ORDER BY col2"));
    query("qualify_over_aggregation", spark -> spark.sql("SELECT col2, sum(col1) AS s FROM " + T
        + " GROUP BY col2 HAVING count(*) > 0 QUALIFY rank() OVER (ORDER BY sum(col1) DESC) <= 2 ORDER BY s"));
    query("qualify_without_window", spark -> spark.sql("SELECT col1 FROM " + T + " QUALIFY col1 = 1"));
    query("qualify_aggregate_not_allowed", spark -> spark.sql("SELECT col1, rank() OVER (ORDER BY col2) AS r FROM " + T
        + " QUALIFY max(col1) > 1"));
    query("shift_operators", spark -> spark.sql("SELECT col1 << 2, col2 >> 1, -col1 >>> 28, 1 << 1 + 2 AS p,"
        + " shiftleft(col1, 1) FROM " + T + " ORDER BY col1, col2"));
    withConf("nested_cte_names_raise", "spark.sql.legacy.ctePrecedencePolicy", "EXCEPTION", spark -> spark.sql(
        "WITH t AS (SELECT 1 AS v) SELECT (WITH t AS (SELECT 2 AS v) SELECT max(v) FROM t)"));
    withConf("nested_cte_in_from_allowed", "spark.sql.legacy.ctePrecedencePolicy", "EXCEPTION", spark -> spark.sql(
        "WITH t AS (SELECT 1 AS v) SELECT * FROM (WITH t AS (SELECT 2 AS v) SELECT * FROM t)"));
    query("nested_cte_inner_wins", spark -> spark.sql("WITH t AS (SELECT 1 AS v), u AS (WITH t AS (SELECT 2 AS v)"
        + " SELECT * FROM t) SELECT * FROM u"));
    query("natural_join_order_by_grouping", spark -> spark.sql("SELECT sum(col2) FROM " + T + " NATURAL JOIN " + U
        + " GROUP BY col1 ORDER BY col1"));
    query("natural_join_order_by_ungrouped", spark -> spark.sql("SELECT sum(col2) FROM " + T + " NATURAL JOIN " + U
        + " GROUP BY col1 ORDER BY col2"));
  }
}
