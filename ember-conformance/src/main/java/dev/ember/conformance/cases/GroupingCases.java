package dev.ember.conformance.cases;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.grouping;
import static org.apache.spark.sql.functions.grouping_id;
import static org.apache.spark.sql.functions.sum;

import dev.ember.conformance.CaseGroup;
import java.util.List;

/** rollup, cube and pivot. */
public final class GroupingCases extends CaseGroup {
  public GroupingCases() {
    super("grouping");
    // maps as keys: the same entries in another order are one group, shown with sorted keys (Spark's MapSort)
    query("group_by_map_column", spark -> spark.sql("SELECT * FROM VALUES (map(2, 'b', 1, 'a'), 1), "
        + "(map(1, 'a', 2, 'b'), 2), (map(3, 'c'), 5), (CAST(NULL AS MAP<INT, STRING>), 4) AS t(m, v)")
        .groupBy(col("m")).agg(sum("v").as("total")).orderBy(col("total")));
    query("group_by_struct_of_map_and_array_of_maps", spark -> spark.sql("SELECT * FROM VALUES "
        + "(named_struct('k', map('y', 2, 'x', 1)), array(map(2, 0, 1, 0)), 1), "
        + "(named_struct('k', map('x', 1, 'y', 2)), array(map(1, 0, 2, 0)), 2) AS t(s, a, v)")
        .groupBy(col("s"), col("a")).agg(count("*").as("n"), sum("v").as("total")));
    query("rollup_without_columns_on_empty_input", spark -> spark.range(0).rollup().agg(count("*").as("n"),
        sum("id").as("total")));
    query("cube_without_columns", spark -> spark.range(5).cube().agg(count("*").as("n"), sum("id").as("total")));
    query("rollup_without_columns_count", spark -> spark.range(3).rollup().count());
    query("rollup", spark -> AggregateFunctionCases.sales(spark).rollup("shop", "item").agg(sum("qty").as("q"))
        .orderBy(col("shop").asc_nulls_last(), col("item").asc_nulls_last()));
    query("cube", spark -> AggregateFunctionCases.sales(spark).filter(col("shop").notEqual("c"))
        .cube("shop", "item").agg(count("*").as("n"))
        .orderBy(col("shop").asc_nulls_last(), col("item").asc_nulls_last()));
    query("rollup_grouping_id", spark -> AggregateFunctionCases.sales(spark).rollup("shop")
        .agg(grouping("shop"), grouping_id(), sum("qty")).orderBy(col("shop").asc_nulls_last()));
    query("pivot_with_values", spark -> AggregateFunctionCases.sales(spark).groupBy("shop")
        .pivot("item", List.of("pen", "ink")).agg(sum("qty")).orderBy("shop"));
    query("pivot_without_values", spark -> AggregateFunctionCases.sales(spark).filter(col("item").isNotNull())
        .groupBy("shop").pivot("item").sum("qty").orderBy("shop"));
    query("pivot_two_aggregates", spark -> AggregateFunctionCases.sales(spark).groupBy("shop")
        .pivot("item", List.of("pen", "pad")).agg(sum("qty"), count("*")).orderBy("shop"));
    query("pivot_sum_and_count", spark -> AggregateFunctionCases.sales(spark).groupBy("shop")
        .pivot("item", List.of("pen", "pad")).agg(sum("qty").as("q"), count(col("qty"))).orderBy("shop"));
    query("pivot_numeric_values", spark -> spark.range(6).withColumn("k", col("id").mod(3))
        .groupBy(col("id").mod(2).as("odd")).pivot("k").agg(sum("id")).orderBy("odd"));
  }
}
