package dev.ember.conformance.cases;

import dev.ember.conformance.CaseGroup;

/**
 * SQL scripts through {@code spark.sql("BEGIN ... END")}: branches, loops, FOR over a query, labels with LEAVE and
 * ITERATE, local variables and their scopes, CASE statements, EXIT and CONTINUE handlers, and the script's result
 * (the last query's rows, or none).
 */
public final class SqlScriptCases extends CaseGroup {
  public SqlScriptCases() {
    super("sql_scripts", true);
    script("if_else", "IF 1 = 1 THEN SELECT 1; ELSE SELECT 3; END IF;");
    script("elseif", "DECLARE x INT DEFAULT 5; IF x < 3 THEN SELECT 'small' AS size; ELSEIF x < 10 THEN "
        + "SELECT 'medium' AS size; ELSE SELECT 'large' AS size; END IF;");
    script("while_loop", "DECLARE i INT DEFAULT 0; DECLARE s INT DEFAULT 0; WHILE i < 5 DO SET s = s + i; "
        + "SET i = i + 1; END WHILE; SELECT i, s;");
    script("repeat_loop", "DECLARE i INT DEFAULT 0; REPEAT SET i = i + 1; UNTIL i >= 3 END REPEAT; SELECT i;");
    script("repeat_runs_once", "DECLARE i INT DEFAULT 10; REPEAT SET i = i + 1; UNTIL true END REPEAT; SELECT i;");
    script("loop_leave", "DECLARE i INT DEFAULT 0; lbl: LOOP SET i = i + 1; IF i > 4 THEN LEAVE lbl; END IF; "
        + "END LOOP lbl; SELECT i;");
    script("while_iterate", "DECLARE i INT DEFAULT 0; DECLARE s INT DEFAULT 0; lbl: WHILE i < 10 DO SET i = i + 1; "
        + "IF i % 2 = 0 THEN ITERATE lbl; END IF; SET s = s + i; END WHILE lbl; SELECT s;");
    script("leave_block", "DECLARE x INT DEFAULT 1; blk: BEGIN SET x = 2; LEAVE blk; SET x = 3; END blk; SELECT x;");
    script("nested_loops_leave_outer", "DECLARE n INT DEFAULT 0; outer_loop: WHILE true DO inner_loop: LOOP "
        + "SET n = n + 1; IF n >= 3 THEN LEAVE outer_loop; END IF; END LOOP inner_loop; END WHILE outer_loop; "
        + "SELECT n;");
    script("for_loop", "DECLARE s BIGINT DEFAULT 0; FOR r AS SELECT id, id * 10 AS t FROM range(4) DO "
        + "SET s = s + r.t + id; END FOR; SELECT s;");
    script("for_loop_without_name", "DECLARE s STRING DEFAULT ''; FOR SELECT * FROM VALUES ('a'), ('b') AS v(c) DO "
        + "SET s = s || c; END FOR; SELECT s;");
    script("for_loop_leave", "DECLARE s BIGINT DEFAULT 0; lbl: FOR r AS SELECT id FROM range(10) ORDER BY id DO "
        + "IF r.id > 3 THEN LEAVE lbl; END IF; SET s = s + r.id; END FOR lbl; SELECT s;");
    script("searched_case", "DECLARE x INT DEFAULT 2; CASE WHEN x = 1 THEN SELECT 'one' AS w; WHEN x = 2 THEN "
        + "SELECT 'two' AS w; ELSE SELECT 'other' AS w; END CASE;");
    script("simple_case", "DECLARE x INT DEFAULT 7; CASE x WHEN 1 THEN SELECT 'one' AS w; WHEN 2 THEN "
        + "SELECT 'two' AS w; ELSE SELECT 'other' AS w; END CASE;");
    script("case_without_else", "DECLARE x INT DEFAULT 7; SELECT 'before' AS w; CASE x WHEN 1 THEN "
        + "SELECT 'one' AS w; END CASE;");
    script("inner_variable_hides_outer", "DECLARE v INT DEFAULT 1; BEGIN DECLARE v INT DEFAULT 2; "
        + "SELECT v AS inner_v; END;");
    script("outer_variable_back_after_block", "DECLARE v INT DEFAULT 1; BEGIN DECLARE v INT DEFAULT 2; "
        + "SET v = 5; END; SELECT v AS outer_v;");
    script("last_query_wins", "SELECT 1 AS a; SELECT 2 AS b, 'x' AS c;");
    script("no_query", "DECLARE x INT; SET x = 1;");
    script("set_from_query", "DECLARE a INT; DECLARE b STRING; SET (a, b) = (SELECT 7, 'seven'); SELECT a, b;");
    script("subquery_in_condition", "DECLARE n INT DEFAULT 0; WHILE (SELECT count(*) FROM range(3)) > n DO "
        + "SET n = n + 1; END WHILE; SELECT n;");
    script("exit_handler", "DECLARE EXIT HANDLER FOR SQLEXCEPTION BEGIN SELECT 'caught' AS outcome; END; "
        + "SELECT 1 / 0; SELECT 'after' AS outcome;");
    script("continue_handler", "DECLARE flag INT DEFAULT 0; DECLARE CONTINUE HANDLER FOR DIVIDE_BY_ZERO "
        + "BEGIN SET flag = flag + 1; END; SELECT 1 / 0; SELECT 2 / 0; SELECT flag;");
    script("handler_for_sqlstate", "DECLARE EXIT HANDLER FOR SQLSTATE '22012' BEGIN SELECT 'by state' AS h; END; "
        + "SELECT 5 / 0;");
    script("handler_for_named_condition", "DECLARE divide CONDITION FOR SQLSTATE '22012'; "
        + "DECLARE EXIT HANDLER FOR divide BEGIN SELECT 'named' AS h; END; SELECT 5 / 0;");
    script("handler_most_specific", "DECLARE EXIT HANDLER FOR SQLEXCEPTION BEGIN SELECT 'any' AS h; END; "
        + "DECLARE EXIT HANDLER FOR DIVIDE_BY_ZERO BEGIN SELECT 'divide' AS h; END; SELECT 5 / 0;");
    script("handler_in_outer_block", "DECLARE EXIT HANDLER FOR SQLEXCEPTION BEGIN SELECT 'outer' AS h; END; "
        + "BEGIN SELECT CAST('x' AS INT); END; SELECT 'not reached' AS h;");
    script("unhandled_error", "SELECT 'first' AS a; SELECT 1 / 0;");
    script("unhandled_by_other_condition", "DECLARE EXIT HANDLER FOR DIVIDE_BY_ZERO BEGIN SELECT 'no' AS h; END; "
        + "SELECT CAST('x' AS INT);");
    script("empty_block", "BEGIN END;");
    script("leave_unknown_label", "lbl: BEGIN SELECT 1; LEAVE other; END lbl;");
    script("iterate_block_label", "lbl: BEGIN SELECT 1; ITERATE lbl; END lbl;");
    script("leave_loop_from_inner_block", "DECLARE i INT DEFAULT 0; lp: LOOP BEGIN SET i = i + 1; "
        + "IF i = 3 THEN LEAVE lp; END IF; END; END LOOP lp; SELECT i;");
    script("condition_not_boolean", "IF 1 THEN SELECT 'yes'; END IF;");
    script("condition_null_is_false", "IF CAST(NULL AS BOOLEAN) THEN SELECT 'yes' AS a; ELSE SELECT 'no' AS a; "
        + "END IF;");
    script("handler_catches_error_of_set", "DECLARE x INT; DECLARE EXIT HANDLER FOR SQLEXCEPTION "
        + "BEGIN SELECT 'set failed' AS h; END; SET x = 1 / 0; SELECT x;");
    check("variables_gone_after_script", (spark, outcome) -> {
      spark.sql("BEGIN DECLARE script_local INT DEFAULT 3; SELECT script_local; END").collectAsList();
      outcome.dataset(spark.sql("SELECT script_local"));
    });
    check("temp_view_inside_script", (spark, outcome) -> {
      try {
        outcome.dataset(spark.sql("BEGIN CREATE TEMPORARY VIEW script_view AS SELECT id FROM range(3); "
            + "SELECT sum(id) AS total FROM script_view; END"));
      } finally {
        spark.catalog().dropTempView("script_view");
      }
    });
  }

  private void script(String caseName, String body) {
    check(caseName, (spark, outcome) -> outcome.dataset(spark.sql("BEGIN " + body + " END")));
  }
}
