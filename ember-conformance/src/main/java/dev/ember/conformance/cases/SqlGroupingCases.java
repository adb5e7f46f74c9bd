package dev.ember.conformance.cases;

import dev.ember.conformance.CaseGroup;

/**
 * spark.sql's grouping constructs: GROUPING SETS (nested ROLLUP/CUBE, the empty set, repeated sets), composite and
 * mixed ROLLUP/CUBE, grouping()/grouping_id(), GROUP BY ALL, aggregate FILTER (WHERE ...), the WINDOW clause and
 * LIKE/ILIKE ANY/SOME/ALL, PIVOT and SELECT * EXCEPT, with their errors.
 */
public final class SqlGroupingCases extends CaseGroup {
  private static final String SALES = "(VALUES ('dotNET', 2012, 10000), ('Java', 2012, 20000), ('dotNET', 2012, 5000),"
      + " ('dotNET', 2013, 48000), ('Java', 2013, 30000)) AS sales(course, year, earnings)";
  private static final String ABC = "(VALUES (1, 1, 1), (1, 2, 2), (2, 1, 3), (2, 2, 4), (3, NULL, 5)) AS t(a, b, c)";

  public SqlGroupingCases() {
    super("sql_grouping");
    unordered("grouping_sets", spark -> spark.sql("SELECT course, year, sum(earnings) FROM " + SALES
        + " GROUP BY GROUPING SETS ((course, year), (course), ())"));
    unordered("grouping_sets_single_columns", spark -> spark.sql("SELECT course, year, sum(earnings) FROM " + SALES
        + " GROUP BY GROUPING SETS (course, year)"));
    unordered("grouping_sets_empty_only", spark -> spark.sql("SELECT count(*), sum(earnings) FROM " + SALES
        + " GROUP BY GROUPING SETS (())"));
    unordered("grouping_sets_empty_over_no_rows", spark -> spark.sql("SELECT count(*) AS c, grouping_id() AS g FROM "
        + SALES + " WHERE year > 3000 GROUP BY GROUPING SETS (())"));
    unordered("grouping_sets_repeated", spark -> spark.sql("SELECT a, sum(c) FROM " + ABC
        + " GROUP BY GROUPING SETS ((a), (a), ())"));
    unordered("grouping_sets_empty_twice", spark -> spark.sql("SELECT count(*) FROM " + ABC
        + " GROUP BY GROUPING SETS ((), ())"));
    unordered("grouping_sets_nested_rollup_cube", spark -> spark.sql("SELECT a, b, sum(c), grouping_id() FROM " + ABC
        + " GROUP BY GROUPING SETS (ROLLUP(a), CUBE(b))"));
    unordered("grouping_sets_expression_key", spark -> spark.sql("SELECT a + b, b, sum(c) FROM " + ABC
        + " GROUP BY GROUPING SETS ((a + b), (b))"));
    unordered("grouping_sets_hive_form", spark -> spark.sql("SELECT course, year, sum(earnings) FROM " + SALES
        + " GROUP BY course, year GROUPING SETS ((course, year), ())"));
    unordered("rollup_composite", spark -> spark.sql("SELECT a, b, c, count(*) FROM " + ABC
        + " GROUP BY ROLLUP(a, (b, c))"));
    unordered("cube_composite", spark -> spark.sql("SELECT a, b, c, count(*), grouping_id() FROM " + ABC
        + " GROUP BY CUBE((a, b), c)"));
    unordered("mixed_key_and_rollup", spark -> spark.sql("SELECT a, b, sum(c), grouping(b) FROM " + ABC
        + " GROUP BY a, ROLLUP(b)"));
    unordered("mixed_rollup_and_cube", spark -> spark.sql("SELECT a, b, c, count(*), grouping_id(a, b, c) FROM " + ABC
        + " GROUP BY ROLLUP(a), CUBE(b, c)"));
    unordered("grouping_id_bit_order", spark -> spark.sql("SELECT b, a, grouping_id(), grouping_id(a), grouping_id(b, a),"
        + " grouping(a), grouping(b) FROM " + ABC + " GROUP BY GROUPING SETS ((b), (a), (a, b), ())"));
    unordered("grouping_sets_having_grouping", spark -> spark.sql("SELECT course, year, sum(earnings) FROM " + SALES
        + " GROUP BY CUBE(course, year) HAVING grouping(year) = 1"));
    query("grouping_sets_order_by_grouping_id", spark -> spark.sql("SELECT course, year, sum(earnings) AS s FROM "
        + SALES + " GROUP BY GROUPING SETS ((course, year), (year), ()) ORDER BY grouping_id(), course, year"));
    query("rollup_empty_set_error", spark -> spark.sql("SELECT a, count(*) FROM " + ABC + " GROUP BY ROLLUP(a, ())"));
    query("cube_empty_set_error", spark -> spark.sql("SELECT a, count(*) FROM " + ABC + " GROUP BY CUBE(a, ())"));
    unordered("group_by_all", spark -> spark.sql("SELECT a, b + 1 AS b1, sum(c) FROM " + ABC + " GROUP BY ALL"));
    unordered("group_by_all_global", spark -> spark.sql("SELECT count(c), sum(c) * 2 FROM " + ABC + " GROUP BY ALL"));
    unordered("group_by_all_column_named_all", spark -> spark.sql("SELECT `all`, count(*) FROM (VALUES (1), (1), (2))"
        + " AS t(`all`) GROUP BY all"));
    query("group_by_all_cannot_infer", spark -> spark.sql("SELECT a + sum(c) FROM " + ABC + " GROUP BY ALL"));
    unordered("filter_where", spark -> spark.sql("SELECT a, count(*) FILTER (WHERE c > 1), sum(c) FILTER (WHERE b = 2),"
        + " avg(c) FILTER (WHERE b IS NULL) FROM " + ABC + " GROUP BY a"));
    unordered("filter_where_global", spark -> spark.sql("SELECT count(b) FILTER (WHERE a > 1), max(c) FILTER (WHERE"
        + " a < 0), count(DISTINCT a) FILTER (WHERE c > 2) FROM " + ABC));
    query("filter_where_not_boolean", spark -> spark.sql("SELECT sum(c) FILTER (WHERE a) FROM " + ABC));
    query("filter_where_aggregate", spark -> spark.sql("SELECT sum(c) FILTER (WHERE max(a) > 1) FROM " + ABC));
    query("filter_where_in_where_clause", spark -> spark.sql("SELECT a FROM " + ABC
        + " WHERE sum(c) FILTER (WHERE b = 1) > 1"));
    unordered("window_clause", spark -> spark.sql("SELECT a, c, sum(c) OVER w, row_number() OVER w FROM " + ABC
        + " WINDOW w AS (PARTITION BY a ORDER BY c)"));
    unordered("window_clause_reference_chain", spark -> spark.sql("SELECT a, c, rank() OVER (w2) FROM " + ABC
        + " WINDOW w1 AS (PARTITION BY a ORDER BY c DESC), w2 AS w1"));
    query("window_clause_missing", spark -> spark.sql("SELECT a, sum(c) OVER w FROM " + ABC
        + " WINDOW v AS (PARTITION BY a)"));
    unordered("like_any_all", spark -> spark.sql("SELECT s, s LIKE ANY ('a%', '%z'), s LIKE ALL ('a%', '%c'),"
        + " s NOT LIKE ANY ('a%', 'b%'), s NOT LIKE ALL ('a%', 'b%'), s LIKE SOME ('%b%', NULL)"
        + " FROM (VALUES ('abc'), ('bz'), ('xyz'), (NULL)) AS t(s)"));
    unordered("ilike_any_all", spark -> spark.sql("SELECT s FROM (VALUES ('ABC'), ('bz'), ('xyz')) AS t(s)"
        + " WHERE s ILIKE ANY ('a%', 'B%') OR s ILIKE ALL ('%Y%', 'x%')"));
    unordered("grouping_sets_key_in_no_set", spark -> spark.sql("SELECT course, year, sum(earnings) FROM " + SALES
        + " GROUP BY course, year GROUPING SETS ((course))"));
    query("grouping_virtual_column", spark -> spark.sql("SELECT course, year, grouping__id, sum(earnings) FROM " + SALES
        + " GROUP BY CUBE(course, year) ORDER BY grouping__id, course, year"));
    unordered("pivot", spark -> spark.sql("SELECT * FROM " + SALES + " PIVOT (sum(earnings) FOR course IN ('dotNET',"
        + " 'Java'))"));
    unordered("pivot_aliases", spark -> spark.sql("SELECT p.year, p.net_s, p.jv_n FROM (SELECT * FROM " + SALES + ")"
        + " PIVOT (sum(earnings) AS s, count(earnings) AS n FOR course IN ('dotNET' AS net, 'Java' AS jv)) AS p"));
    query("pivot_non_literal_value", spark -> spark.sql("SELECT * FROM " + SALES
        + " PIVOT (sum(earnings) FOR year IN (course, 2013))"));
    query("select_star_except", spark -> spark.sql("SELECT * EXCEPT (year), t.* EXCEPT (course, earnings) FROM "
        + SALES.replace("AS sales", "AS t") + " ORDER BY earnings"));
    query("select_star_except_overlapping", spark -> spark.sql("SELECT * EXCEPT (year, year) FROM " + SALES));
    query("select_star_except_unknown", spark -> spark.sql("SELECT * EXCEPT (nope) FROM " + SALES));
    query("like_any_empty_list", spark -> spark.sql("SELECT 'a' LIKE ANY ()"));
  }
}
