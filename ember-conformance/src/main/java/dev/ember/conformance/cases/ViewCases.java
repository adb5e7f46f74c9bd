package dev.ember.conformance.cases;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import dev.ember.conformance.CaseGroup;

/** Temporary views: createOrReplaceTempView, createTempView, spark.table, dropping. */
public final class ViewCases extends CaseGroup {
  public ViewCases() {
    super("views");
    query("table_of_temp_view", spark -> {
      spark.range(4).withColumn("sq", col("id").multiply(col("id"))).createOrReplaceTempView("squares");
      return spark.table("squares");
    });
    query("table_is_case_insensitive", spark -> {
      spark.range(2).createOrReplaceTempView("MixedCase");
      return spark.table("mixedcase");
    });
    query("qualified_by_view_name", spark -> {
      spark.range(3).createOrReplaceTempView("vq");
      return spark.table("vq").select(col("vq.id").plus(lit(1)));
    });
    query("replace_view", spark -> {
      spark.range(2).createOrReplaceTempView("replaced");
      spark.range(5, 7).createOrReplaceTempView("replaced");
      return spark.table("replaced");
    });
    query("list_tables_temporary_view", spark -> {
      spark.range(1).createOrReplaceTempView("listed_view");
      return spark.catalog().listTables().toDF().filter(col("name").equalTo("listed_view"));
    });
    query("missing_table", spark -> spark.table("no_such_view_anywhere"));
    tempViewsUsing();
    query("create_existing_view_fails", spark -> {
      spark.range(1).createOrReplaceTempView("once");
      spark.range(1).createTempView("once");
      return spark.range(1);
    });
    query("drop_temp_view", spark -> {
      spark.range(1).createOrReplaceTempView("dropped");
      spark.catalog().dropTempView("dropped");
      return spark.table("dropped");
    });
  }

  /** CREATE TEMPORARY VIEW ... USING provider OPTIONS (path ...): a view reading files. */
  private void tempViewsUsing() {
    query("temp_view_using_csv", spark -> {
      spark.sql("CREATE OR REPLACE TEMPORARY VIEW people_using USING csv OPTIONS (path '"
          + dev.ember.conformance.ConformanceData.path("people.csv") + "', header 'true', inferSchema 'true')");
      return spark.sql("SELECT * FROM people_using ORDER BY 1");
    });
    query("temp_view_using_parquet_with_columns", spark -> {
      spark.sql("CREATE OR REPLACE TEMPORARY VIEW orders_using (id BIGINT, amount DOUBLE) USING parquet OPTIONS (path '"
          + dev.ember.conformance.ConformanceData.path("orders.parquet") + "')");
      return spark.sql("SELECT count(*), sum(id) FROM orders_using");
    });
    query("temp_view_using_without_path", spark -> {
      spark.sql("CREATE OR REPLACE TEMPORARY VIEW empty_using (e INT) USING parquet");
      return spark.table("empty_using");
    });
    query("global_temp_view_using_json", spark -> {
      spark.sql("CREATE OR REPLACE GLOBAL TEMPORARY VIEW people_json_using USING json OPTIONS (path '"
          + dev.ember.conformance.ConformanceData.path("people.json") + "')");
      return spark.sql("SELECT * FROM global_temp.people_json_using ORDER BY name");
    });
    query("temp_view_using_existing_fails", spark -> {
      spark.sql("CREATE OR REPLACE TEMPORARY VIEW twice_using (e INT) USING parquet");
      return spark.sql("CREATE TEMPORARY VIEW twice_using (e INT) USING parquet");
    });
    query("temp_view_using_missing_path", spark -> spark.sql(
        "CREATE OR REPLACE TEMPORARY VIEW missing_using USING parquet OPTIONS (path '"
            + dev.ember.conformance.ConformanceData.path("no_such_file.parquet") + "')"));
  }
}
