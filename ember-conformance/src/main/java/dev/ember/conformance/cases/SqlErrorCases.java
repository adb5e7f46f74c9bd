package dev.ember.conformance.cases;

import dev.ember.conformance.CaseGroup;

/**
 * Mistakes in SQL text through {@code spark.sql}: parse errors with their {@code == SQL ==} block, analysis errors
 * and runtime errors, each with its condition, SQLSTATE, parameters and the SQL query context Spark attaches.
 */
public final class SqlErrorCases extends CaseGroup {
  public SqlErrorCases() {
    super("sql_errors", true);
    // parse errors
    error("from_without_table", "SELECT id FROM");
    error("syntax_error_at_end", "SELECT id FROM emp WHERE id =");
    error("syntax_error_in_middle", "SELECT id, FROM emp");
    error("syntax_error_keyword", "SELEC id FROM emp");
    error("syntax_error_second_line", "SELECT id\nFROM emp\nWHERE id = = 1");
    error("syntax_error_unclosed_parenthesis", "SELECT (id + 1 FROM emp");
    error("syntax_error_unclosed_string", "SELECT 'abc FROM emp");
    error("syntax_error_trailing_tokens", "SELECT 1 2 3");
    error("syntax_error_two_statements", "SELECT 1; SELECT 2");
    error("empty_statement", "");
    error("blank_statement", "   ");
    error("only_semicolon", ";");
    error("only_comment", "-- nothing here");
    error("invalid_sql_syntax_repeated_window", "SELECT sum(id) OVER w FROM emp WINDOW w AS (), w AS ()");
    error("invalid_sql_syntax_show_functions", "SHOW sys FUNCTIONS");
    error("lateral_view_without_alias", "SELECT * FROM emp LATERAL VIEW explode(array(1))");
    error("distinct_window_function", "SELECT count(DISTINCT id) OVER () FROM emp");
    error("invalid_sql_syntax_window_reference", "SELECT sum(id) OVER w FROM emp WINDOW w AS v");
    error("invalid_sql_syntax_lateral", "SELECT * FROM emp, LATERAL dept");
    error("invalid_sql_syntax_temp_view_qualified", "CREATE TEMPORARY VIEW default.sv_q AS SELECT 1");
    error("literal_out_of_range", "SELECT 40000S");
    error("invalid_date_literal", "SELECT DATE '2024-13-01'");
    // analysis errors
    error("table_or_view_not_found", "SELECT * FROM no_such_table");
    error("table_or_view_not_found_qualified", "SELECT * FROM default.no_such_table");
    error("unresolved_column_with_suggestion", "SELECT nam FROM emp");
    error("unresolved_column_qualified", "SELECT e.nope FROM emp e");
    error("unresolved_column_in_where", "SELECT id FROM emp WHERE salaryy > 1");
    error("unresolved_column_in_order_by", "SELECT id FROM emp ORDER BY nope");
    error("unresolved_routine", "SELECT no_such_function(id) FROM emp");
    error("missing_aggregation", "SELECT dept, name FROM emp GROUP BY dept");
    error("missing_group_by", "SELECT id, count(*) FROM emp");
    error("aggregate_in_where", "SELECT id FROM emp WHERE count(*) > 1");
    error("group_by_position_out_of_range", "SELECT dept, count(*) FROM emp GROUP BY 3");
    error("group_by_position_aggregate", "SELECT dept, count(*) FROM emp GROUP BY 2");
    error("order_by_position_out_of_range", "SELECT id, name FROM emp ORDER BY 5");
    error("order_by_position_zero", "SELECT id FROM emp ORDER BY 0");
    error("datatype_mismatch_binary_op", "SELECT name + DATE '2024-01-01' FROM emp");
    error("datatype_mismatch_filter_not_boolean", "SELECT id FROM emp WHERE id + 1");
    error("datatype_mismatch_function_argument", "SELECT abs(hired) FROM emp");
    error("datatype_mismatch_case_branches", "SELECT CASE WHEN id > 1 THEN hired ELSE 1 END FROM emp");
    error("num_columns_mismatch_union", "SELECT id, name FROM emp UNION SELECT x FROM t1");
    error("num_columns_mismatch_except", "SELECT x FROM t1 EXCEPT SELECT 1, 2");
    error("incompatible_column_type_union", "SELECT hired FROM emp UNION SELECT array(1)");
    error("ambiguous_reference_join", "SELECT dept FROM emp JOIN dept ON emp.dept = dept.dept");
    error("ambiguous_reference_self_join", "SELECT id FROM emp a JOIN emp b ON a.id = b.id");
    error("wrong_num_args", "SELECT upper(name, dept) FROM emp");
    error("wrong_num_args_zero", "SELECT concat_ws() FROM emp");
    error("column_alias_count_mismatch", "SELECT * FROM (SELECT id, name FROM emp) AS t(a)");
    error("values_arity_mismatch", "SELECT * FROM VALUES (1, 2), (3) AS t(a, b)");
    error("cte_not_found_outside", "WITH c AS (SELECT 1 AS x) SELECT * FROM c JOIN d ON c.x = d.x");
    error("star_in_expression", "SELECT upper(*) FROM emp");
    // runtime errors
    error("divide_by_zero", "SELECT 1/0");
    error("divide_by_zero_in_column", "SELECT id, 10 / (id - id) FROM emp");
    error("cast_invalid_input", "SELECT CAST('abc' AS INT)");
    error("cast_invalid_input_in_column", "SELECT CAST(name AS INT) FROM emp");
    error("arithmetic_overflow", "SELECT 2147483647 + id FROM emp");
    error("decimal_add_overflow", "SELECT id, 5000000000000000000000000000000000000.1BD + 5e36BD FROM emp");
    error("decimal_multiply_overflow", "SELECT 12345678901234567890.0 * 12345678901234567890.0");
    error("decimal_divide_overflow", "SELECT 1e35BD / 0.1");
    error("decimal_divide_by_zero", "SELECT CAST(id AS DECIMAL(38,18)) / CAST(id - id AS DECIMAL(38,18)) FROM emp");
    error("invalid_array_index", "SELECT array(1, 2)[5]");
    check("error_inside_temp_view", (spark, outcome) -> {
      SqlTables.register(spark);
      spark.sql("CREATE OR REPLACE TEMP VIEW err_view AS SELECT id, 10 / (id - id) AS q FROM emp");
      try {
        outcome.dataset(spark.sql("SELECT q FROM err_view"));
      } finally {
        spark.catalog().dropTempView("err_view");
      }
    });
    // where the query context points: inside CTEs, subqueries and views, on later lines, in nested expressions
    error("cte_unresolved_column", "WITH c AS (SELECT id FROM emp) SELECT nope FROM c");
    error("cte_runtime_error", "WITH c AS (SELECT id, 10 / (id - id) AS q FROM emp) SELECT q FROM c");
    error("subquery_unresolved_column", "SELECT id FROM emp WHERE id IN (SELECT nope FROM t1)");
    error("multi_line_unresolved_column", "SELECT id,\n       nope\nFROM emp");
    error("multi_line_table_not_found", "SELECT id\nFROM emp\n  JOIN no_such_table USING (id)");
    error("multi_line_divide_by_zero", "SELECT id,\n  abs(10 / (id - id)) + 1 AS q\nFROM emp");
    error("nested_cast_invalid_input", "SELECT upper(concat('x', CAST(CAST(name AS INT) AS STRING))) FROM emp");
    error("runtime_error_in_where", "SELECT id FROM emp WHERE 100 / (id - id) > 1");
    error("two_divisions_by_zero", "SELECT 1 / 0 AS a, 2 / 0 AS b");
    check("error_inside_temp_view_second_line", (spark, outcome) -> {
      SqlTables.register(spark);
      spark.sql("CREATE OR REPLACE TEMP VIEW err_view2 AS\nSELECT id,\n  10 / (id - id) AS q\nFROM emp");
      try {
        outcome.dataset(spark.sql("SELECT q FROM err_view2"));
      } finally {
        spark.catalog().dropTempView("err_view2");
      }
    });
    check("error_inside_nested_temp_view", (spark, outcome) -> {
      SqlTables.register(spark);
      spark.sql("CREATE OR REPLACE TEMP VIEW err_inner AS SELECT id, CAST(name AS INT) AS n FROM emp");
      spark.sql("CREATE OR REPLACE TEMP VIEW err_outer AS SELECT n + 1 AS m FROM err_inner");
      try {
        outcome.dataset(spark.sql("SELECT m FROM err_outer"));
      } finally {
        spark.catalog().dropTempView("err_outer");
        spark.catalog().dropTempView("err_inner");
      }
    });
  }

  /** A statement that fails in analysis or when its rows are fetched. */
  private void error(String caseName, String text) {
    query(caseName, spark -> SqlTables.sql(spark, text));
  }
}
