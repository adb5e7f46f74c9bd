package dev.ember.conformance.cases;

import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.sum;

import dev.ember.conformance.CaseGroup;
import org.apache.spark.sql.expressions.Window;

/** groupBy/agg and the basic aggregate functions. */
public final class AggregateCases extends CaseGroup {
  public AggregateCases() {
    super("aggregates");
    query("agg_without_keys", spark -> spark.range(10).agg(sum("id"), avg("id"), min("id"), max("id"), count("id")));
    query("count_star", spark -> spark.range(4).agg(count("*")));
    query("count_distinct", spark -> spark.range(10).select(col("id").mod(3).as("m")).agg(countDistinct("m")));
    query("group_by_sum_ordered", spark -> spark.range(10).groupBy(col("id").mod(3).as("k"))
        .agg(sum("id").as("total")).orderBy(col("k")));
    unordered("group_by_count", spark -> spark.range(10).withColumn("k", col("id").mod(2)).groupBy("k").count());
    query("sum_of_empty", spark -> spark.range(0).agg(sum("id")));
    query("avg_name", spark -> spark.range(4).groupBy().avg("id"));
    query("aggregate_expression", spark -> spark.range(5).agg(sum(col("id").plus(1)).plus(lit(1))));
    query("select_aggregates", spark -> spark.range(5).select(max("id"), sum(col("id")).plus(1).as("s"), lit(7)));
    query("select_aggregate_of_empty", spark -> spark.range(0).select(count("id"), max("id")));
    query("select_aggregate_and_column", spark -> spark.range(5).select(col("id"), max("id")));
    query("select_window_aggregate", spark -> spark.range(3).select(col("id"),
        sum("id").over(Window.orderBy("id")).as("running")));
  }
}
