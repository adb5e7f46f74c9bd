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
}
