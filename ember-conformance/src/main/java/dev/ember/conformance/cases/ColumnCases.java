package dev.ember.conformance.cases;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import dev.ember.conformance.CaseGroup;
import java.util.Map;

/** withColumn(s), withColumnRenamed, drop, toDF, alias and df.col references. */
public final class ColumnCases extends CaseGroup {
  public ColumnCases() {
    super("columns");
    query("with_column_new", spark -> spark.range(3).withColumn("double", col("id").multiply(2)));
    query("with_column_replace", spark -> spark.range(3).withColumn("id", col("id").plus(10)));
    query("with_column_replace_case_insensitive", spark -> spark.range(2).withColumn("ID", lit("x")));
    query("with_columns_map", spark -> spark.range(2).withColumns(Map.of("a", lit(1))));
    query("with_column_renamed", spark -> spark.range(2).withColumnRenamed("id", "key"));
    query("with_column_renamed_missing", spark -> spark.range(2).withColumnRenamed("nope", "key"));
    query("drop_by_name", spark -> spark.range(2).withColumn("a", lit(1)).drop("id"));
    query("drop_missing_name", spark -> spark.range(2).drop("nope"));
    query("drop_by_column", spark -> spark.range(2).withColumn("a", lit(1)).drop(col("a")));
    query("drop_replaced_dataframe_column", spark -> {
      var left = spark.range(1).select(lit("a").as("colA"), lit("b").as("colB"), lit("c").as("colC"));
      var right = spark.range(1).select(lit("c").as("colC"), lit("d").as("colD"));
      var joined = left.join(right, left.col("colC").equalTo(right.col("colC")))
          .withColumn("colB", org.apache.spark.sql.functions.concat(left.col("colB"), lit("x")));
      return joined.drop(left.col("colB"));
    });
    query("drop_unknown_column", spark -> spark.range(2).drop(col("nope")));
    query("to_df", spark -> spark.range(2).withColumn("a", lit(1)).toDF("x", "y"));
    query("col_regex", spark -> {
      var df = spark.range(2).withColumn("name", lit("n")).withColumn("nation", lit("x")).withColumn("other", lit(1));
      return df.select(df.colRegex("`na.*`"), col("id"));
    });
    query("col_regex_plain_name", spark -> {
      var df = spark.range(2).withColumn("name", lit("n"));
      return df.select(df.colRegex("name"));
    });
    query("alias_qualified_column", spark -> spark.range(3).as("t").select(col("t.id")));
    query("dataframe_col_reference", spark -> {
      var df = spark.range(3);
      return df.filter(df.col("id").gt(0)).select(df.col("id"));
    });
    query("select_after_with_column_chain", spark -> spark.range(3).withColumn("a", col("id").plus(1))
        .withColumn("b", col("a").multiply(2)).select(col("b"), col("a")));
  }
}
