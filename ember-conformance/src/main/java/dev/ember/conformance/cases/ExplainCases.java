package dev.ember.conformance.cases;

import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.rank;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.upper;
import static org.apache.spark.sql.functions.when;

import dev.ember.conformance.CaseGroup;
import dev.ember.conformance.ExplainSections;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.expressions.Window;

/**
 * explain(): the parsed, analyzed and optimized logical plans as Spark prints them (attribute ids
 * masked as Spark's own golden files mask them), and the sections each mode prints.
 */
public final class ExplainCases extends CaseGroup {
  public ExplainCases() {
    super("explain");
    plans("range", spark -> spark.range(10));
    plans("range_step", spark -> spark.range(2, 20, 3));
    plans("filter", spark -> spark.range(10).filter(col("id").gt(5)));
    plans("filter_and_or", spark -> spark.range(10)
        .filter(col("id").gt(2).and(col("id").lt(8)).or(col("id").equalTo(0).and(col("id").isNotNull()))));
    plans("filter_not_null", spark -> SmallTables.left(spark).filter(col("k").isNull().or(col("v").isNotNull())));
    plans("select_arithmetic", spark -> spark.range(10).select(col("id").multiply(2), col("id").plus(1).as("next")));
    plans("select_literals", spark -> spark.range(1).select(lit(1), lit("a"), lit(2.5), lit(true), lit(null)));
    plans("with_column", spark -> spark.range(3).withColumn("double", col("id").multiply(2)));
    plans("with_column_replace", spark -> spark.range(3).withColumn("id", col("id").plus(1)));
    plans("with_column_renamed", spark -> spark.range(3).withColumnRenamed("id", "n"));
    plans("drop", spark -> SmallTables.left(spark).drop("v"));
    plans("local_relation", SmallTables::left);
    plans("cast", spark -> SmallTables.left(spark).select(col("k").cast("string"), col("k").cast("double")));
    plans("case_when", spark -> SmallTables.left(spark)
        .select(when(col("k").equalTo(1), "one").when(col("k").equalTo(2), "two").otherwise("many").as("word")));
    plans("string_functions", spark -> SmallTables.left(spark).select(upper(col("v")), concat(col("v"), lit("!"))));
    plans("coalesce_function", spark -> SmallTables.left(spark).select(coalesce(col("k"), lit(0))));
    plans("in_list", spark -> SmallTables.left(spark).filter(col("k").isin(1, 3)));
    plans("like", spark -> SmallTables.left(spark).filter(col("v").like("a%")));
    plans("group_by_sum", spark -> SmallTables.right(spark).groupBy("k").agg(sum("k"), count("w")));
    plans("group_by_aliases", spark -> SmallTables.right(spark).groupBy(col("k").as("key"))
        .agg(max("w").as("top"), avg("k").as("mean")));
    plans("global_aggregate", spark -> spark.range(10).agg(sum("id"), count(lit(1))));
    plans("count_distinct", spark -> SmallTables.right(spark).agg(countDistinct(col("w"))));
    plans("collect_list", spark -> SmallTables.right(spark).groupBy("k").agg(collect_list("w")));
    plans("group_by_count", spark -> SmallTables.right(spark).groupBy("k").count());
    plans("order_by", spark -> spark.range(10).orderBy(col("id").desc()));
    plans("order_by_nulls", spark -> SmallTables.left(spark).orderBy(col("k").asc_nulls_last(), col("v")));
    plans("sort_within_partitions", spark -> spark.range(10).sortWithinPartitions("id"));
    plans("limit", spark -> spark.range(10).limit(3));
    plans("offset", spark -> spark.range(10).offset(3));
    plans("distinct", spark -> SmallTables.right(spark).select("k").distinct());
    plans("drop_duplicates_columns", spark -> SmallTables.right(spark).dropDuplicates("k"));
    plans("join_inner", spark -> SmallTables.left(spark).as("l").join(SmallTables.right(spark).as("r"),
        col("l.k").equalTo(col("r.k"))));
    plans("join_using", spark -> SmallTables.left(spark).join(SmallTables.right(spark), "k"));
    plans("join_left_outer", spark -> SmallTables.left(spark).as("l").join(SmallTables.right(spark).as("r"),
        col("l.k").equalTo(col("r.k")), "left_outer"));
    plans("join_left_semi", spark -> SmallTables.left(spark).as("l").join(SmallTables.right(spark).as("r"),
        col("l.k").equalTo(col("r.k")), "left_semi"));
    plans("cross_join", spark -> spark.range(2).crossJoin(spark.range(3).withColumnRenamed("id", "j")));
    plans("join_broadcast_hint", spark -> SmallTables.left(spark).join(broadcast(SmallTables.right(spark)), "k"));
    plans("union", spark -> spark.range(3).union(spark.range(5)));
    plans("union_by_name", spark -> SmallTables.left(spark).unionByName(
        SmallTables.left(spark).select("v", "k")));
    plans("intersect", spark -> spark.range(5).intersect(spark.range(3)));
    plans("except", spark -> spark.range(5).except(spark.range(3)));
    plans("alias", spark -> spark.range(3).as("t").select(col("t.id")));
    plans("window_rank", spark -> SmallTables.right(spark)
        .withColumn("r", rank().over(Window.partitionBy("k").orderBy("w"))));
    plans("window_running_sum", spark -> spark.range(5).withColumn("s",
        sum("id").over(Window.orderBy("id").rowsBetween(Window.unboundedPreceding(), Window.currentRow()))));
    plans("explode", spark -> spark.range(2).select(col("id"), explode(functionsArray()).as("x")));
    plans("sample", spark -> spark.range(100).sample(0.5, 7));
    plans("repartition", spark -> spark.range(10).repartition(3));
    plans("repartition_by_column", spark -> spark.range(10).repartition(col("id")));
    plans("coalesce_partitions", spark -> spark.range(10).coalesce(1));
    plans("struct_field", spark -> spark.range(2).select(org.apache.spark.sql.functions.struct(col("id").as("a"))
        .as("s")).select(col("s.a")));
    plans("chained_operations", spark -> SmallTables.right(spark).filter(col("k").isNotNull())
        .groupBy("k").agg(count("w").as("n")).filter(col("n").gt(1)).orderBy("k").limit(5));
    for (String mode : new String[] {"simple", "extended", "codegen", "cost", "formatted"}) {
      check("mode_" + mode, (spark, outcome) -> outcome.value("sections",
          ExplainSections.headers(ExplainSections.capture(spark.range(10).filter(col("id").gt(5)), mode))));
    }
  }

  private static Column functionsArray() {
    return org.apache.spark.sql.functions.array(lit(1), lit(2));
  }

  /**
   * The analyzed logical plan of explain("extended"), ids masked. The parsed plan is not compared: classic
   * Spark's Dataset analyzes eagerly and prints a different parsed plan than a Connect server does; nor
   * the optimized plan, which on Ember is the analyzed one (DuckDB optimizes).
   */
  private void plans(String caseName, DataFrameQuery query) {
    check(caseName, (spark, outcome) -> {
      Dataset<?> dataset = query.apply(spark);
      String text = ExplainSections.capture(dataset, "extended");
      outcome.value("analyzed", ExplainSections.section(text, "Analyzed Logical Plan"));
    });
  }
}
