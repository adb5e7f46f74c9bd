package dev.ember.conformance.cases;

import static org.apache.spark.sql.functions.col;

import dev.ember.conformance.CaseBody;
import dev.ember.conformance.CaseGroup;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.sql.SparkSession;

/**
 * Statements through {@code spark.sql}: SET and RESET, temporary views created and dropped by SQL, SHOW TABLES and
 * VIEWS, USE and the current namespace, DESCRIBE, the DataFrames commands return, and parameterized SQL with named
 * and positional markers. Each case drops the views and unsets the confs it made.
 */
public final class SqlStatementCases extends CaseGroup {
  private static final String STYLE = "spark.sql.binaryOutputStyle";

  public SqlStatementCases() {
    super("sql_statements", true);
    // SET and RESET
    withConfs("set_returns_key_and_value", (spark, outcome) ->
        outcome.dataset(spark.sql("SET " + STYLE + "=BASE64")));
    withConfs("set_then_read_key", (spark, outcome) -> {
      spark.sql("SET " + STYLE + "=BASE64");
      outcome.dataset(spark.sql("SET " + STYLE));
    });
    withConfs("set_then_conf_get", (spark, outcome) -> {
      spark.sql("SET " + STYLE + "=HEX");
      outcome.value("conf", spark.conf().get(STYLE));
    });
    withConfs("set_custom_key", (spark, outcome) -> {
      spark.sql("SET ember.test.custom=hello");
      outcome.dataset(spark.sql("SET ember.test.custom"));
      outcome.value("conf", spark.conf().get("ember.test.custom"));
    });
    withConfs("set_value_with_spaces", (spark, outcome) -> {
      spark.sql("SET ember.test.spaced = two words ");
      outcome.value("conf", "[" + spark.conf().get("ember.test.spaced") + "]");
    });
    withConfs("read_unset_key", (spark, outcome) -> outcome.dataset(spark.sql("SET " + STYLE)));
    withConfs("read_unknown_key", (spark, outcome) -> outcome.dataset(spark.sql("SET ember.test.never.set")));
    withConfs("read_key_with_default", (spark, outcome) -> outcome.dataset(spark.sql("SET spark.sql.ansi.enabled")));
    withConfs("set_ansi_off_changes_results", (spark, outcome) -> {
      spark.sql("SET spark.sql.ansi.enabled=false");
      outcome.dataset(spark.sql("SELECT 1 / 0 AS q, CAST('x' AS INT) AS c, 2147483647 + 1 AS o"));
    });
    withConfs("set_ansi_off_then_reset", (spark, outcome) -> {
      spark.sql("SET spark.sql.ansi.enabled=false");
      spark.sql("RESET spark.sql.ansi.enabled");
      outcome.dataset(spark.sql("SELECT 1 / 0"));
    });
    withConfs("reset_key", (spark, outcome) -> {
      spark.sql("SET " + STYLE + "=BASE64");
      outcome.dataset(spark.sql("RESET " + STYLE));
      outcome.value("after", spark.conf().getOption(STYLE));
    });
    withConfs("set_static_conf", (spark, outcome) ->
        outcome.dataset(spark.sql("SET spark.sql.warehouse.dir=/tmp/elsewhere")));
    withConfs("set_invalid_value", (spark, outcome) ->
        outcome.dataset(spark.sql("SET spark.sql.ansi.enabled=maybe")));
    // temporary views
    withViews("create_temp_view", (spark, outcome) -> {
      outcome.value("created", spark.sql("CREATE TEMPORARY VIEW sv_a AS SELECT id, name FROM emp WHERE id < 3")
          .collectAsList());
      outcome.dataset(spark.sql("SELECT * FROM sv_a ORDER BY id"));
    });
    withViews("create_or_replace_temp_view", (spark, outcome) -> {
      spark.sql("CREATE OR REPLACE TEMP VIEW sv_a AS SELECT 1 AS one");
      spark.sql("CREATE OR REPLACE TEMP VIEW sv_a AS SELECT 2 AS two, 'b' AS bee");
      outcome.dataset(spark.sql("SELECT * FROM sv_a"));
    });
    withViews("create_temp_view_column_list", (spark, outcome) -> {
      spark.sql("CREATE TEMP VIEW sv_a(x, y COMMENT 'the name') AS SELECT id, name FROM emp WHERE id > 4");
      outcome.dataset(spark.sql("SELECT y, x FROM sv_a ORDER BY x"));
    });
    withViews("create_temp_view_if_not_exists", (spark, outcome) ->
        outcome.dataset(spark.sql("CREATE TEMP VIEW IF NOT EXISTS sv_a AS SELECT 1")));
    withViews("create_existing_temp_view", (spark, outcome) -> {
      spark.sql("CREATE TEMP VIEW sv_a AS SELECT 1");
      outcome.dataset(spark.sql("CREATE TEMP VIEW sv_a AS SELECT 2"));
    });
    withViews("temp_view_over_dataframe_view", (spark, outcome) -> {
      spark.sql("CREATE TEMP VIEW sv_a AS SELECT dept, count(*) AS c FROM emp GROUP BY dept");
      spark.sql("CREATE TEMP VIEW sv_b AS SELECT * FROM sv_a WHERE c > 1");
      outcome.dataset(spark.table("sv_b").orderBy("dept"));
    });
    withViews("drop_view", (spark, outcome) -> {
      spark.sql("CREATE TEMP VIEW sv_a AS SELECT 1");
      outcome.value("dropped", spark.sql("DROP VIEW sv_a").collectAsList());
      outcome.dataset(spark.sql("SELECT * FROM sv_a"));
    });
    withViews("drop_view_if_exists_missing", (spark, outcome) ->
        outcome.dataset(spark.sql("DROP VIEW IF EXISTS sv_missing")));
    withViews("drop_missing_view", (spark, outcome) -> outcome.dataset(spark.sql("DROP VIEW sv_missing")));
    // SHOW, USE, DESCRIBE
    withViews("show_tables", (spark, outcome) -> {
      spark.sql("CREATE TEMP VIEW sv_b AS SELECT 1");
      spark.sql("CREATE TEMP VIEW sv_a AS SELECT 2");
      outcome.dataset(spark.sql("SHOW TABLES").filter(col("tableName").startsWith("sv_")).orderBy("tableName"));
    });
    withViews("show_tables_like", (spark, outcome) -> {
      spark.sql("CREATE TEMP VIEW sv_b AS SELECT 1");
      spark.sql("CREATE TEMP VIEW sv_a AS SELECT 2");
      outcome.dataset(spark.sql("SHOW TABLES LIKE 'sv_*'"));
    });
    withViews("show_tables_in_default", (spark, outcome) -> {
      spark.sql("CREATE TEMP VIEW sv_a AS SELECT 1");
      outcome.dataset(spark.sql("SHOW TABLES IN default LIKE 'sv_a|sv_none'"));
    });
    withViews("show_views", (spark, outcome) -> {
      spark.sql("CREATE TEMP VIEW sv_b AS SELECT 1");
      spark.sql("CREATE TEMP VIEW sv_a AS SELECT 2");
      outcome.dataset(spark.sql("SHOW VIEWS LIKE 'sv_*'"));
    });
    query("use_default", spark -> spark.sql("USE default"));
    query("show_current_namespace", spark -> spark.sql("SHOW CURRENT NAMESPACE"));
    query("use_missing_namespace", spark -> spark.sql("USE ember_no_such_namespace"));
    query("describe_temp_view", spark -> SqlTables.sql(spark, "DESCRIBE emp"));
    query("describe_table_keyword", spark -> SqlTables.sql(spark, "DESC TABLE dept"));
    query("describe_query", spark -> SqlTables.sql(spark, "DESCRIBE QUERY SELECT id, name, salary * 2 AS s FROM emp"));
    query("describe_query_literals", spark -> spark.sql("DESCRIBE QUERY SELECT 1 AS x, 'a', CAST(NULL AS DATE) d"));
    // parameterized SQL
    query("named_parameter_int", spark -> {
      SqlTables.register(spark);
      return spark.sql("SELECT id, name FROM emp WHERE id > :minId ORDER BY id", Map.of("minId", 3));
    });
    query("named_parameters_of_several_types", spark -> {
      SqlTables.register(spark);
      Map<String, Object> args = new LinkedHashMap<>();
      args.put("who", "bob");
      args.put("since", LocalDate.of(2021, 1, 1));
      args.put("least", new BigDecimal("0.50"));
      return spark.sql("SELECT id FROM emp WHERE (name = :who AND hired >= :since) OR bonus < :least ORDER BY id",
          args);
    });
    query("named_parameters_in_select", spark -> spark.sql("SELECT :a + 1, :b, :c AS c, :d",
        Map.of("a", 41, "b", "text", "c", LocalDate.of(2024, 2, 29), "d", new BigDecimal("12.345"))));
    query("named_parameter_used_twice", spark -> spark.sql("SELECT :n * :n AS square, :n AS n", Map.of("n", 7L)));
    query("named_parameter_null", spark -> {
      Map<String, Object> args = new HashMap<>();
      args.put("nothing", null);
      return spark.sql("SELECT :nothing AS v, :nothing IS NULL AS missing", args);
    });
    query("named_parameter_in_limit", spark -> {
      SqlTables.register(spark);
      return spark.sql("SELECT id FROM emp ORDER BY id LIMIT :n", Map.of("n", 2));
    });
    query("named_parameter_unused", spark -> spark.sql("SELECT 1 AS one", Map.of("unused", 5)));
    query("positional_parameters", spark -> spark.sql("SELECT ? + 1 AS plus, ?, ?",
        new Object[] {1, "x", LocalDate.of(2020, 5, 6)}));
    query("positional_parameters_in_where", spark -> {
      SqlTables.register(spark);
      return spark.sql("SELECT id FROM emp WHERE dept = ? AND salary > ? ORDER BY id", new Object[] {"eng", 90.0});
    });
    query("unbound_named_parameter", spark -> spark.sql("SELECT :missing", Map.of("other", 1)));
    query("unbound_positional_parameter", spark -> spark.sql("SELECT ?, ?", new Object[] {1}));
    query("mixed_parameters", spark -> spark.sql("SELECT :a, ?", Map.of("a", 1)));
    query("positional_marker_with_named_arguments", spark -> spark.sql("SELECT ?", Map.of("a", 1)));
  }

  /** A case that may set confs: the keys it touches are unset afterwards. */
  private void withConfs(String caseName, CaseBody body) {
    check(caseName, (spark, outcome) -> {
      try {
        body.run(spark, outcome);
      } finally {
        for (String key : new String[] {STYLE, "spark.sql.ansi.enabled", "ember.test.custom", "ember.test.spaced"}) {
          spark.conf().unset(key);
        }
      }
    });
  }

  /** A case over the SQL tables that may create views sv_a and sv_b: they are dropped before and after it. */
  private void withViews(String caseName, CaseBody body) {
    check(caseName, (spark, outcome) -> {
      SqlTables.register(spark);
      dropViews(spark);
      try {
        body.run(spark, outcome);
      } finally {
        dropViews(spark);
      }
    });
  }

  private static void dropViews(SparkSession spark) {
    spark.catalog().dropTempView("sv_a");
    spark.catalog().dropTempView("sv_b");
  }
}
