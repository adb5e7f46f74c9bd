package dev.ember.conformance.cases;

import static org.apache.spark.sql.functions.expr;

import dev.ember.conformance.CaseGroup;

/**
 * spark.sql's ordered-set aggregates ({@code WITHIN GROUP (ORDER BY ...)}: percentile_cont, percentile_disc, mode,
 * listagg/string_agg, over groups, FILTER and windows), named function arguments ({@code f(name => value)}) and
 * LATERAL subqueries and table functions in FROM, UNPIVOT in FROM and {@code format.`path`} tables, with their
 * errors. (An unknown parameter name's proposal and the
 * non-deterministic LATERAL errors carry Spark's hash-set order and plan text: their conditions are checked by
 * Spark's own SQL golden files.)
 */
public final class SqlFeatureCases extends CaseGroup {
  private static final String SCORES = "(VALUES ('a', 1, 'x'), ('a', 4, 'y'), ('a', 4, 'z'), ('b', 2, 'x'),"
      + " ('b', 7, NULL), ('b', NULL, 'w'), ('c', NULL, NULL)) AS t(g, v, s)";

  public SqlFeatureCases() {
    super("sql_features");
    unordered("percentile_cont_disc", spark -> spark.sql("SELECT g, percentile_cont(0.4) WITHIN GROUP (ORDER BY v),"
        + " percentile_cont(0.4) WITHIN GROUP (ORDER BY v DESC), percentile_disc(0.4) WITHIN GROUP (ORDER BY v),"
        + " percentile_disc(0.4) WITHIN GROUP (ORDER BY v DESC) FROM " + SCORES + " GROUP BY g"));
    unordered("percentile_array_and_filter", spark -> spark.sql("SELECT percentile_cont(array(0.1, 0.9)) WITHIN GROUP"
        + " (ORDER BY v), percentile_disc(0.5) WITHIN GROUP (ORDER BY v) FILTER (WHERE g <> 'a') FROM " + SCORES));
    unordered("percentile_over_partition", spark -> spark.sql("SELECT g, v, percentile_cont(0.5) WITHIN GROUP"
        + " (ORDER BY v) OVER (PARTITION BY g) FROM " + SCORES));
    query("percentile_over_ordered_window_error", spark -> spark.sql("SELECT percentile_disc(0.5) WITHIN GROUP"
        + " (ORDER BY v) OVER (PARTITION BY g ORDER BY v) FROM " + SCORES));
    query("percentile_two_orderings_error", spark -> spark.sql("SELECT percentile_cont(0.5) WITHIN GROUP"
        + " (ORDER BY v, g) FROM " + SCORES));
    query("percentile_without_within_group_error", spark -> spark.sql("SELECT percentile_cont(0.5) FROM " + SCORES));
    query("within_group_on_plain_function_error", spark -> spark.sql("SELECT sum(v) WITHIN GROUP (ORDER BY v) FROM "
        + SCORES));
    unordered("mode_within_group", spark -> spark.sql("SELECT g, mode() WITHIN GROUP (ORDER BY v),"
        + " mode() WITHIN GROUP (ORDER BY v DESC), mode() WITHIN GROUP (ORDER BY s DESC) FROM " + SCORES
        + " GROUP BY g"));
    query("mode_distinct_error", spark -> spark.sql("SELECT mode(DISTINCT v) WITHIN GROUP (ORDER BY v) FROM "
        + SCORES));
    unordered("listagg_within_group", spark -> spark.sql("SELECT g, listagg(s, '-') WITHIN GROUP (ORDER BY s DESC),"
        + " string_agg(s) WITHIN GROUP (ORDER BY v DESC NULLS FIRST, s), listagg(DISTINCT v, ',') WITHIN GROUP"
        + " (ORDER BY v DESC) FROM " + SCORES + " GROUP BY g"));
    query("listagg_distinct_other_order_error", spark -> spark.sql("SELECT listagg(DISTINCT s) WITHIN GROUP"
        + " (ORDER BY v) FROM " + SCORES));
    unordered("within_group_in_expression_string", spark -> spark.sql("SELECT * FROM " + SCORES)
        .groupBy("g").agg(expr("percentile_disc(0.5) WITHIN GROUP (ORDER BY v DESC)"),
            expr("listagg(s) WITHIN GROUP (ORDER BY s)")));
    namedArguments();
    lateral();
    unordered("unpivot_excluding_nulls", spark -> spark.sql("SELECT * FROM (VALUES ('a', 1, NULL, 3), ('b', 4, 5, 6))"
        + " AS t(k, x, y, z) UNPIVOT (v FOR col IN (x, y AS why, z))"));
    unordered("unpivot_including_nulls_aliased", spark -> spark.sql("SELECT u.* FROM (VALUES ('a', 1, NULL)) AS t(k,"
        + " x, y) UNPIVOT INCLUDE NULLS (v FOR col IN (x, y)) AS u"));
    query("file_table_missing_path_error", spark -> spark.sql("SELECT * FROM json.`/file/not/found`"));
    query("file_table_empty_path_error", spark -> spark.sql("SELECT * FROM parquet.``"));
  }

  private static final String LEFT = "(VALUES (0, 1), (1, 2)) AS l(c1, c2)";
  private static final String RIGHT = "(VALUES (0, 2), (0, 3), (1, 5)) AS r(c1, c2)";

  private void lateral() {
    unordered("lateral_comma", spark -> spark.sql("SELECT * FROM " + LEFT + ", LATERAL (SELECT c1 + c2 AS s,"
        + " l.c1 * 10 AS t)"));
    unordered("lateral_correlated_filter", spark -> spark.sql("SELECT * FROM " + LEFT + ", LATERAL (SELECT c2 FROM "
        + RIGHT + " WHERE r.c1 = l.c1 AND r.c2 > l.c2)"));
    unordered("lateral_aggregate", spark -> spark.sql("SELECT * FROM " + LEFT + " JOIN LATERAL (SELECT count(*) AS n,"
        + " max(r.c2) AS m FROM " + RIGHT + " WHERE r.c1 = l.c1)"));
    unordered("lateral_left_join_on", spark -> spark.sql("SELECT * FROM " + LEFT + " LEFT JOIN LATERAL (SELECT c2 AS x"
        + " FROM " + RIGHT + " WHERE r.c1 = l.c1) s ON s.x > l.c2 + 1"));
    unordered("lateral_chain", spark -> spark.sql("SELECT * FROM " + LEFT + ", LATERAL (SELECT c1 + c2 AS a),"
        + " LATERAL (SELECT a * 2 AS b)"));
    unordered("lateral_outer_name_in_expression", spark -> spark.sql("SELECT * FROM " + LEFT + ", LATERAL (SELECT"
        + " l.c1 + r.c2 FROM " + RIGHT + ")"));
    unordered("lateral_table_function", spark -> spark.sql("SELECT * FROM " + LEFT + ", LATERAL explode(array(c1, c2))"
        + " t(v)"));
    unordered("lateral_table_function_join_on", spark -> spark.sql("SELECT * FROM " + LEFT + " JOIN LATERAL"
        + " posexplode(array(c2, c2 * 2)) t(p, v) ON v > 2"));
    query("lateral_natural_error", spark -> spark.sql("SELECT * FROM " + LEFT + " NATURAL JOIN LATERAL (SELECT c1)"));
    query("lateral_using_error", spark -> spark.sql("SELECT * FROM " + LEFT + " JOIN LATERAL (SELECT c1 AS c2)"
        + " USING (c2)"));
  }

  private void namedArguments() {
    query("named_arguments_mask", spark -> spark.sql("SELECT mask('Ab-12', digitChar => '#', upperChar => 'U'),"
        + " mask(lowerChar => 'l', str => 'Ab-12'), mask('Ab-12', 'A', otherChar => '?')"));
    query("named_arguments_count_min_sketch", spark -> spark.sql("SELECT hex(count_min_sketch(v, seed => 7,"
        + " confidence => 0.9d, epsilon => 0.3d)) FROM " + SCORES));
    query("named_arguments_table_function", spark -> spark.sql("SELECT * FROM posexplode(collection => array(5, 6))"));
    query("named_arguments_generator_in_select", spark -> spark.sql("SELECT inline(input => array(struct(1, 'a')))"));
    query("named_arguments_positional_after_named_error", spark -> spark.sql("SELECT mask(upperChar => 'U', 'Ab')"));
    query("named_arguments_twice_error", spark -> spark.sql("SELECT mask('Ab', upperChar => 'U', upperChar => 'V')"));
    query("named_arguments_positional_and_named_error", spark -> spark.sql("SELECT mask('Ab', str => 'Cd')"));
    query("named_arguments_required_missing_error", spark -> spark.sql("SELECT mask(upperChar => 'U')"));
    query("named_arguments_not_supported_error", spark -> spark.sql("SELECT upper(str => 'a')"));
  }
}
