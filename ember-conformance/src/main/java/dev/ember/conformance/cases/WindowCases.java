package dev.ember.conformance.cases;

import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.cume_dist;
import static org.apache.spark.sql.functions.dense_rank;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.first_value;
import static org.apache.spark.sql.functions.lag;
import static org.apache.spark.sql.functions.last;
import static org.apache.spark.sql.functions.last_value;
import static org.apache.spark.sql.functions.lead;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.nth_value;
import static org.apache.spark.sql.functions.ntile;
import static org.apache.spark.sql.functions.percent_rank;
import static org.apache.spark.sql.functions.rank;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.sum;

import dev.ember.conformance.CaseGroup;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.SparkThrowable;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Window functions: ranking, offsets and aggregates over partitions and frames, Spark's output
 * names, types and errors. Results are ordered explicitly (Spark's order after a window is not defined);
 * ROWS frames and row_number order by a unique key so that ties cannot change the result.
 */
public final class WindowCases extends CaseGroup {
  private static final StructType STAFF = new StructType()
      .add("dept", DataTypes.StringType)
      .add("name", DataTypes.StringType)
      .add("salary", DataTypes.IntegerType)
      .add("bonus", DataTypes.DoubleType);

  private static final List<Row> STAFF_ROWS = Arrays.asList(
      RowFactory.create("a", "ann", 100, 1.0),
      RowFactory.create("a", "bob", 200, null),
      RowFactory.create("a", "cid", 200, 3.0),
      RowFactory.create("a", "dan", 300, 4.0),
      RowFactory.create("b", "eve", 150, 2.0),
      RowFactory.create("b", "fay", null, 5.0),
      RowFactory.create("b", "gus", 150, null),
      RowFactory.create("c", "hal", 500, 6.0),
      RowFactory.create(null, "ivy", 50, 7.0));

  static Dataset<Row> staff(SparkSession spark) {
    return spark.createDataFrame(STAFF_ROWS, STAFF);
  }

  private static WindowSpec byDept() {
    return Window.partitionBy("dept").orderBy("salary");
  }

  private static WindowSpec byDeptUnique() {
    return Window.partitionBy("dept").orderBy("salary", "name");
  }

  /** dept, name, salary and the given columns, ordered by name (unique). */
  private static Dataset<Row> with(SparkSession spark, Column... windows) {
    Column[] columns = new Column[windows.length + 3];
    columns[0] = col("dept");
    columns[1] = col("name");
    columns[2] = col("salary");
    System.arraycopy(windows, 0, columns, 3, windows.length);
    return staff(spark).select(columns).orderBy("name");
  }

  /** Records only the error condition and one message parameter of a failing query. */
  private void errorCondition(String caseName, String parameter, DataFrameQuery query) {
    check(caseName, (spark, outcome) -> {
      try {
        query.apply(spark).collectAsList();
        outcome.value("error", "none");
      } catch (Exception error) {
        SparkThrowable thrown = (SparkThrowable) error;
        outcome.value("condition", thrown.getCondition());
        outcome.value(parameter, thrown.getMessageParameters().get(parameter));
      }
    });
  }

  public WindowCases() {
    super("windows");
    // ranking
    query("row_number", spark -> with(spark, row_number().over(byDeptUnique())));
    query("rank_with_ties", spark -> with(spark, rank().over(byDept())));
    query("dense_rank_with_ties", spark -> with(spark, dense_rank().over(byDept())));
    query("percent_rank", spark -> with(spark, percent_rank().over(byDept())));
    query("cume_dist", spark -> with(spark, cume_dist().over(byDept())));
    query("ntile_2", spark -> with(spark, ntile(2).over(byDeptUnique())));
    query("ntile_3_no_partition", spark -> with(spark, ntile(3).over(Window.orderBy("name"))));
    query("rank_descending", spark -> with(spark, rank().over(Window.partitionBy("dept").orderBy(col("salary").desc()))));
    query("rank_nulls_last", spark -> with(spark,
        rank().over(Window.partitionBy("dept").orderBy(col("salary").asc_nulls_last()))));
    query("rank_desc_nulls_first", spark -> with(spark,
        dense_rank().over(Window.orderBy(col("salary").desc_nulls_first()))));
    query("row_number_no_partition", spark -> with(spark, row_number().over(Window.orderBy("name"))));
    query("ranking_functions_together", spark -> with(spark, row_number().over(byDeptUnique()),
        rank().over(byDept()), dense_rank().over(byDept()), percent_rank().over(byDept()), cume_dist().over(byDept())));
    query("rank_two_order_keys", spark -> with(spark,
        rank().over(Window.orderBy(col("dept").asc_nulls_last(), col("salary").desc()))));
    query("partition_by_two_columns", spark -> with(spark,
        rank().over(Window.partitionBy("dept", "salary").orderBy("name"))));
    query("partition_by_expression", spark -> with(spark,
        row_number().over(Window.partitionBy(col("salary").mod(100)).orderBy("name"))));
    // offsets
    query("lag", spark -> with(spark, lag("salary", 1).over(byDeptUnique())));
    query("lead", spark -> with(spark, lead("salary", 1).over(byDeptUnique())));
    query("lag_offset_2", spark -> with(spark, lag(col("salary"), 2).over(byDeptUnique())));
    query("lead_with_default", spark -> with(spark, lead(col("salary"), 1, 0).over(byDeptUnique())));
    query("lag_string_default", spark -> with(spark, lag(col("name"), 1, "none").over(byDeptUnique())));
    query("lag_ignore_nulls", spark -> staff(spark).select(col("name"), col("bonus"),
        lag(col("bonus"), 1, null, true).over(Window.orderBy("name"))).orderBy("name"));
    query("lead_ignore_nulls", spark -> staff(spark).select(col("name"), col("bonus"),
        lead(col("bonus"), 1, null, true).over(Window.orderBy("name"))).orderBy("name"));
    // nullability of every window function over a non-nullable column (Spark: lag/lead are nullable
    // only through a nullable input or default)
    query("nullability_over_non_null_input", spark -> {
      WindowSpec ordered = Window.orderBy("id");
      return spark.range(4).select(col("id"), lead(col("id"), 1, 0).over(ordered).as("lead_default"),
          lag(col("id"), 2, -1L).over(ordered).as("lag_default"), lag(col("id"), 1).over(ordered).as("lag_no_default"),
          lead(col("id"), 1, null).over(ordered).as("lead_null_default"),
          lag(col("id"), 1, 7, true).over(ordered).as("lag_ignore_nulls_default"),
          row_number().over(ordered).as("rn"), rank().over(ordered).as("r"), dense_rank().over(ordered).as("dr"),
          percent_rank().over(ordered).as("pr"), cume_dist().over(ordered).as("cd"), ntile(2).over(ordered).as("nt"),
          nth_value(col("id"), 2).over(ordered).as("nv"), first_value(col("id")).over(ordered).as("fv"),
          count(col("id")).over(ordered).as("c"), sum(col("id")).over(ordered).as("s"),
          min(col("id")).over(ordered).as("mn"), avg(col("id")).over(ordered).as("a"),
          collect_list(col("id")).over(ordered).as("cl"));
    });
    query("nullability_lead_nullable_default", spark -> spark.range(3).select(col("id"),
        lead(col("id"), 1, lit(null).cast("long")).over(Window.orderBy("id")).as("n"),
        lead(col("id").cast("int"), 1, col("id")).over(Window.orderBy("id")).as("column_default")));
    query("lead_beyond_partition", spark -> with(spark, lead(col("salary"), 5).over(byDeptUnique())));
    query("lag_no_partition", spark -> with(spark, lag(col("salary"), 1, -1).over(Window.orderBy("name"))));
    query("nth_value", spark -> with(spark, nth_value(col("name"), 2).over(byDeptUnique())));
    query("nth_value_whole_frame", spark -> with(spark, nth_value(col("name"), 2).over(
        byDeptUnique().rowsBetween(Window.unboundedPreceding(), Window.unboundedFollowing()))));
    query("first_value_last_value", spark -> with(spark, first_value(col("name")).over(byDeptUnique()),
        last_value(col("name")).over(byDeptUnique())));
    // aggregates over windows
    query("sum_over_partition", spark -> with(spark, sum("salary").over(Window.partitionBy("dept"))));
    query("running_sum_default_frame", spark -> with(spark, sum("salary").over(byDept())));
    query("running_sum_rows", spark -> with(spark, sum("salary").over(
        byDeptUnique().rowsBetween(Window.unboundedPreceding(), Window.currentRow()))));
    query("moving_average_rows", spark -> with(spark, avg("salary").over(byDeptUnique().rowsBetween(-1, 1))));
    query("moving_sum_preceding", spark -> with(spark, sum("salary").over(Window.orderBy("name").rowsBetween(-2, 0))));
    query("rows_current_to_unbounded_following", spark -> with(spark, sum("salary").over(
        byDeptUnique().rowsBetween(Window.currentRow(), Window.unboundedFollowing()))));
    query("rows_before_current_only", spark -> with(spark, sum("salary").over(
        Window.orderBy("name").rowsBetween(-2, -1))));
    query("rows_after_current_only", spark -> with(spark, max("salary").over(
        Window.orderBy("name").rowsBetween(1, 2))));
    query("range_offsets", spark -> with(spark, sum("salary").over(Window.orderBy("salary").rangeBetween(-100, 50))));
    query("range_offsets_partitioned", spark -> with(spark, count("name").over(byDept().rangeBetween(-50, 50))));
    query("range_offsets_descending", spark -> with(spark, sum("salary").over(
        Window.orderBy(col("salary").desc()).rangeBetween(-100, 0))));
    query("range_current_to_unbounded_following", spark -> with(spark, sum("salary").over(
        byDept().rangeBetween(Window.currentRow(), Window.unboundedFollowing()))));
    query("range_current_row_only", spark -> with(spark, count("name").over(byDept().rangeBetween(0, 0))));
    query("range_whole_partition", spark -> with(spark, min("salary").over(
        byDept().rangeBetween(Window.unboundedPreceding(), Window.unboundedFollowing()))));
    query("range_over_double", spark -> staff(spark).select(col("name"), col("bonus"),
        sum("bonus").over(Window.orderBy("bonus").rangeBetween(-1, 1))).orderBy("name"));
    query("min_max_over_partition", spark -> with(spark, min("salary").over(Window.partitionBy("dept")),
        max("salary").over(Window.partitionBy("dept"))));
    query("count_over_partition", spark -> with(spark, count("salary").over(Window.partitionBy("dept")),
        count(lit(1)).over(Window.partitionBy("dept")), count("*").over(byDept())));
    query("avg_over_partition", spark -> with(spark, avg("salary").over(Window.partitionBy("dept"))));
    query("first_last_default_frame", spark -> with(spark, first("name").over(byDeptUnique()),
        last("name").over(byDeptUnique())));
    query("first_last_ignore_nulls", spark -> staff(spark).select(col("name"), col("bonus"),
        first("bonus", true).over(Window.orderBy("name")),
        last("bonus", true).over(Window.orderBy("name").rowsBetween(-1, 1))).orderBy("name"));
    query("collect_list_running", spark -> with(spark, collect_list("salary").over(
        byDeptUnique().rowsBetween(Window.unboundedPreceding(), Window.currentRow()))));
    query("sum_over_empty_window", spark -> with(spark, sum("salary").over()));
    query("window_over_range", spark -> spark.range(6).select(col("id"),
        sum("id").over(Window.orderBy("id").rowsBetween(-1, 1)), avg("id").over(Window.orderBy("id"))).orderBy("id"));
    // windows in use
    query("with_column_rank", spark -> staff(spark).withColumn("rank", rank().over(byDept())).orderBy("name"));
    query("aliased_window", spark -> with(spark, row_number().over(byDeptUnique()).as("rn")));
    query("filter_on_window_column", spark -> staff(spark)
        .withColumn("rn", row_number().over(Window.partitionBy("dept").orderBy(col("salary").desc(), col("name"))))
        .filter(col("rn").equalTo(1)).drop("rn").orderBy("name"));
    query("window_over_aggregate_result", spark -> staff(spark).groupBy("dept").agg(sum("salary").as("total"))
        .withColumn("place", rank().over(Window.orderBy(col("total").desc()))).orderBy("place", "dept"));
    query("window_in_aggregate", spark -> staff(spark).groupBy("dept")
        .agg(sum("salary"), rank().over(Window.orderBy(sum("salary")))).orderBy("dept"));
    query("window_in_arithmetic", spark -> with(spark,
        col("salary").divide(sum("salary").over(Window.partitionBy("dept"))).as("share"),
        row_number().over(byDeptUnique()).plus(10)));
    query("different_windows_in_one_select", spark -> with(spark, row_number().over(Window.orderBy("name")),
        sum("salary").over(Window.partitionBy("dept")), lag("name", 1).over(byDeptUnique())));
    query("window_on_empty_input", spark -> staff(spark).filter(lit(false))
        .select(col("name"), rank().over(byDept())));
    query("with_columns_two_windows", spark -> staff(spark).withColumn("r", rank().over(byDept()))
        .withColumn("running", sum("salary").over(byDeptUnique().rowsBetween(Window.unboundedPreceding(), 0)))
        .orderBy("name"));
    query("top_two_per_department", spark -> staff(spark).withColumn("r", dense_rank().over(
        Window.partitionBy("dept").orderBy(col("salary").desc()))).filter(col("r").leq(2)).orderBy("dept", "r", "name"));
    query("aggregate_of_aggregate_over_window", spark -> staff(spark).groupBy("dept")
        .agg(sum("salary").as("total"), sum(sum("salary")).over().as("grand_total")).orderBy("dept"));
    query("rows_frame_current_row_to_preceding", spark -> with(spark, sum("salary").over(
        byDeptUnique().rowsBetween(Window.currentRow(), -1))));
    // errors
    query("lag_without_order_by", spark -> with(spark, lag("salary", 1).over(Window.partitionBy("dept"))));
    query("nth_value_without_order_by", spark -> with(spark, nth_value(col("name"), 1).over(Window.partitionBy("dept"))));
    query("rank_without_order_by", spark -> with(spark, rank().over(Window.partitionBy("dept"))));
    query("row_number_without_order_by", spark -> with(spark, row_number().over(Window.partitionBy("dept"))));
    query("row_number_without_over", spark -> with(spark, row_number()));
    query("lag_without_over", spark -> with(spark, lag("salary", 1)));
    query("rows_frame_lower_above_upper", spark -> with(spark, sum("salary").over(byDeptUnique().rowsBetween(1, -1))));
    query("range_frame_two_order_keys", spark -> with(spark, sum("salary").over(byDeptUnique().rangeBetween(-1, 1))));
    query("range_frame_string_order", spark -> with(spark, sum("salary").over(Window.orderBy("name").rangeBetween(-1, 1))));
    query("range_offsets_without_order", spark -> with(spark,
        sum("salary").over(Window.partitionBy("dept").rangeBetween(-1, 1))));
    query("rank_with_frame", spark -> with(spark, rank().over(byDept().rowsBetween(-1, 1))));
    query("lag_with_frame", spark -> with(spark, lag("salary", 1).over(byDept().rowsBetween(-1, 1))));
    query("window_in_filter", spark -> staff(spark).filter(row_number().over(byDeptUnique()).equalTo(1)));
    query("distinct_over_window", spark -> with(spark, countDistinct(col("salary")).over(Window.partitionBy("dept"))));
    query("ntile_zero", spark -> with(spark, ntile(0).over(byDept())));
    query("unresolved_partition_column", spark -> with(spark, rank().over(Window.partitionBy("nope").orderBy("salary"))));
    // the parts of three errors above that any engine can reproduce (see known-differences.txt)
    errorCondition("rank_with_frame_condition", "wf", spark -> with(spark, rank().over(byDept().rowsBetween(-1, 1))));
    errorCondition("lag_with_frame_condition", "prettyName",
        spark -> with(spark, lag("salary", 1).over(byDept().rowsBetween(-1, 1))));
    query("lead_with_its_own_frame", spark -> with(spark, lead("salary", 1).over(byDeptUnique().rowsBetween(1, 1))));
    errorCondition("range_frame_two_order_keys_condition", "sqlExpr", spark -> with(spark,
        count("salary").over(Window.orderBy("dept", "salary").rangeBetween(Window.unboundedPreceding(), 100))));
    query("non_aggregate_over_window", spark -> with(spark, col("salary").plus(1).over(byDept())));
  }
}
