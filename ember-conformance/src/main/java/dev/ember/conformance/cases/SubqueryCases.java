package dev.ember.conformance.cases;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.sum;

import dev.ember.conformance.CaseGroup;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Subquery expressions in SQL and through the DataFrame API ({@code df.scalar()}, {@code df.exists()},
 * {@code col.isin(df)}, {@code col.outer()}): scalar, EXISTS, IN with several columns, NOT IN's NULL semantics,
 * correlated references from WHERE, the select list and HAVING, a name two levels out (which Spark 4.2 does not
 * resolve), and Spark's errors.
 */
public final class SubqueryCases extends CaseGroup {
  public SubqueryCases() {
    super("sql_subqueries");
    scalar();
    existsAndIn();
    nullSemantics();
    dataFrameApi();
    errors();
  }

  /** Two small views: {@code l(a, b)} and {@code r(c, d)}, with NULLs and repeated keys. */
  static void views(SparkSession spark) {
    spark.sql("CREATE OR REPLACE TEMPORARY VIEW l(a, b) AS VALUES (1, 2.0), (1, 2.0), (2, 1.0), (2, 1.0), "
        + "(3, 3.0), (null, null), (null, 5.0), (6, null)");
    spark.sql("CREATE OR REPLACE TEMPORARY VIEW r(c, d) AS VALUES (2, 3.0), (2, 3.0), (3, 2.0), (4, 1.0), "
        + "(null, null), (null, 5.0), (6, null)");
  }

  private static Dataset<Row> sql(SparkSession spark, String text) {
    views(spark);
    return spark.sql(text);
  }

  private void scalar() {
    query("uncorrelated_scalar_in_select", spark -> sql(spark, "SELECT (SELECT max(c) FROM r) AS m, 1 + (SELECT 2)"));
    query("uncorrelated_scalar_in_where", spark -> sql(spark,
        "SELECT * FROM l WHERE a < (SELECT avg(c) FROM r) ORDER BY a, b"));
    query("scalar_of_no_rows_is_null", spark -> sql(spark, "SELECT (SELECT c FROM r WHERE c > 100) AS none"));
    query("correlated_scalar_in_select", spark -> sql(spark,
        "SELECT a, (SELECT sum(d) FROM r WHERE c = a) AS total FROM l ORDER BY a, b"));
    query("correlated_scalar_named_by_outer_columns", spark -> sql(spark,
        "SELECT a, (SELECT count(*) FROM r WHERE c = a AND d > b) FROM l ORDER BY a, b"));
    query("correlated_count_of_no_rows_is_zero", spark -> sql(spark,
        "SELECT a, (SELECT count(*) FROM r WHERE r.c = l.a) AS n FROM l ORDER BY a, b"));
    query("correlated_scalar_in_where", spark -> sql(spark,
        "SELECT * FROM l WHERE b < (SELECT max(d) FROM r WHERE c = a) ORDER BY a, b"));
    query("correlated_scalar_not_aggregated", spark -> sql(spark,
        "SELECT a, (SELECT d FROM r WHERE c = a AND c = 3) AS d FROM l ORDER BY a, b"));
    query("scalar_too_many_rows", spark -> sql(spark, "SELECT (SELECT c FROM r) AS c"));
    query("correlated_scalar_too_many_rows", spark -> sql(spark,
        "SELECT a, (SELECT d FROM r WHERE c = a) AS d FROM l ORDER BY a, b"));
    query("both_scalar_kinds_too_many_rows", spark -> sql(spark,
        "SELECT a, (SELECT d FROM r WHERE c = a) AS d, (SELECT max(c) FROM r) AS m FROM l ORDER BY a, b"));
    query("scalar_in_having", spark -> sql(spark,
        "SELECT a, sum(b) AS s FROM l GROUP BY a HAVING sum(b) > (SELECT min(d) FROM r) ORDER BY a"));
    query("nested_two_levels", spark -> sql(spark,
        "SELECT a FROM l WHERE EXISTS (SELECT 1 FROM r WHERE c = a AND d = (SELECT max(b) FROM l AS l2 "
            + "WHERE l2.a = l.a)) ORDER BY a"));
    query("scalar_with_cte", spark -> sql(spark,
        "WITH m AS (SELECT max(c) AS mc FROM r) SELECT a FROM l WHERE a = (SELECT mc FROM m)"));
  }

  private void existsAndIn() {
    query("exists_correlated", spark -> sql(spark,
        "SELECT * FROM l WHERE EXISTS (SELECT * FROM r WHERE c = a) ORDER BY a, b"));
    query("not_exists_correlated", spark -> sql(spark,
        "SELECT * FROM l WHERE NOT EXISTS (SELECT * FROM r WHERE c = a) ORDER BY a, b"));
    query("exists_uncorrelated", spark -> sql(spark,
        "SELECT count(*) FROM l WHERE EXISTS (SELECT * FROM r WHERE c > 5)"));
    query("exists_in_select_list", spark -> sql(spark,
        "SELECT a, EXISTS (SELECT 1 FROM r WHERE c = a) FROM l ORDER BY a, b"));
    query("in_subquery", spark -> sql(spark, "SELECT * FROM l WHERE a IN (SELECT c FROM r) ORDER BY a, b"));
    query("in_subquery_correlated", spark -> sql(spark,
        "SELECT * FROM l WHERE a IN (SELECT c FROM r WHERE d > b) ORDER BY a, b"));
    query("in_subquery_multiple_columns", spark -> sql(spark,
        "SELECT * FROM l WHERE (a, b) IN (SELECT c, d - 1 FROM r) ORDER BY a, b"));
    query("in_subquery_coerces_types", spark -> sql(spark,
        "SELECT * FROM l WHERE b IN (SELECT c FROM r) ORDER BY a, b"));
    query("in_subquery_in_select_list", spark -> sql(spark,
        "SELECT a, a IN (SELECT c FROM r) AS found FROM l ORDER BY a, b"));
    query("exists_in_having", spark -> sql(spark,
        "SELECT a, max(b) FROM l GROUP BY a HAVING EXISTS (SELECT 1 FROM r WHERE c = a) ORDER BY a"));
    query("in_subquery_with_cte", spark -> sql(spark,
        "WITH keys AS (SELECT c FROM r WHERE d > 1) SELECT a FROM l WHERE a IN (SELECT c FROM keys) ORDER BY a"));
  }

  private void nullSemantics() {
    query("not_in_with_null_in_subquery", spark -> sql(spark,
        "SELECT * FROM l WHERE a NOT IN (SELECT c FROM r) ORDER BY a, b"));
    query("not_in_without_null", spark -> sql(spark,
        "SELECT * FROM l WHERE a NOT IN (SELECT c FROM r WHERE c IS NOT NULL) ORDER BY a, b"));
    query("not_in_values", spark -> sql(spark,
        "SELECT a, a NOT IN (SELECT c FROM r WHERE c IS NOT NULL) AS v, a IN (SELECT c FROM r) AS w "
            + "FROM l ORDER BY a, b"));
    query("not_in_empty_subquery", spark -> sql(spark,
        "SELECT a, a NOT IN (SELECT c FROM r WHERE false) AS v FROM l ORDER BY a, b"));
    query("not_in_multiple_columns", spark -> sql(spark,
        "SELECT a, b, (a, b) NOT IN (SELECT c, d FROM r) AS v FROM l ORDER BY a, b"));
  }

  private void dataFrameApi() {
    query("dataframe_scalar", spark -> {
      views(spark);
      Dataset<Row> r = spark.table("r");
      return spark.table("l").select(col("a"), col("b"), r.select(max("c")).scalar().as("m")).orderBy("a", "b");
    });
    query("dataframe_scalar_correlated", spark -> {
      views(spark);
      Dataset<Row> r = spark.table("r");
      return spark.table("l").select(col("a"), col("b"),
          r.where(col("c").equalTo(col("a").outer())).select(sum("d")).scalar().as("total")).orderBy("a", "b");
    });
    query("dataframe_exists", spark -> {
      views(spark);
      Dataset<Row> r = spark.table("r");
      return spark.table("l").where(r.where(col("c").equalTo(col("a").outer())).exists()).orderBy("a", "b");
    });
    query("dataframe_not_exists", spark -> {
      views(spark);
      Dataset<Row> r = spark.table("r");
      return spark.table("l").where(not(r.where(col("c").equalTo(col("a").outer())).exists()))
          .orderBy("a", "b");
    });
    query("dataframe_isin", spark -> {
      views(spark);
      return spark.table("l").where(col("a").isin(spark.table("r").select("c"))).orderBy("a", "b");
    });
    query("dataframe_isin_values", spark -> {
      views(spark);
      return spark.table("l").select(col("a"), col("b"), col("a").isin(spark.table("r").select("c")).as("found"))
          .orderBy("a", "b");
    });
    query("dataframe_scalar_in_filter", spark -> {
      views(spark);
      Dataset<Row> r = spark.table("r");
      return spark.table("l").where(col("b").gt(r.select(lit(2.5)).scalar())).orderBy("a", "b");
    });
  }

  private void errors() {
    query("scalar_with_two_columns", spark -> sql(spark, "SELECT (SELECT c, d FROM r) FROM l"));
    query("in_subquery_length_mismatch", spark -> sql(spark, "SELECT * FROM l WHERE a IN (SELECT c, d FROM r)"));
    query("in_subquery_type_mismatch", spark -> sql(spark,
        "SELECT * FROM l WHERE a IN (SELECT array(c) FROM r)"));
    query("unresolved_column_in_subquery", spark -> sql(spark,
        "SELECT * FROM l WHERE EXISTS (SELECT * FROM r WHERE c = nope)"));
    query("dataframe_scalar_with_two_columns", spark -> {
      views(spark);
      return spark.table("l").select(spark.table("r").scalar());
    });
  }
}
