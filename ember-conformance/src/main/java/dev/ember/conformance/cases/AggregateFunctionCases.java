package dev.ember.conformance.cases;

import static org.apache.spark.sql.functions.approx_count_distinct;
import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.corr;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.covar_pop;
import static org.apache.spark.sql.functions.covar_samp;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.last;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.mean;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.percentile_approx;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.sort_array;
import static org.apache.spark.sql.functions.stddev;
import static org.apache.spark.sql.functions.stddev_pop;
import static org.apache.spark.sql.functions.stddev_samp;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.sum_distinct;
import static org.apache.spark.sql.functions.var_pop;
import static org.apache.spark.sql.functions.var_samp;
import static org.apache.spark.sql.functions.variance;

import dev.ember.conformance.CaseGroup;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/** Aggregate functions: result values, types, names and nullability, with nulls and empty input. */
public final class AggregateFunctionCases extends CaseGroup {
  private static final StructType SALES = new StructType()
      .add("shop", DataTypes.StringType)
      .add("item", DataTypes.StringType)
      .add("qty", DataTypes.IntegerType)
      .add("price", DataTypes.DoubleType)
      .add("amount", DataTypes.createDecimalType(10, 2));

  private static final List<Row> SALES_ROWS = Arrays.asList(
      RowFactory.create("a", "pen", 3, 1.5, new BigDecimal("4.50")),
      RowFactory.create("a", "ink", null, 7.0, new BigDecimal("7.00")),
      RowFactory.create("b", "pen", 5, 1.25, new BigDecimal("6.25")),
      RowFactory.create("b", "pad", 2, 3.0, null),
      RowFactory.create("b", "pen", 1, 1.5, new BigDecimal("1.50")),
      RowFactory.create("c", null, null, null, null));

  static Dataset<Row> sales(SparkSession spark) {
    return spark.createDataFrame(SALES_ROWS, SALES);
  }

  public AggregateFunctionCases() {
    super("aggregate_functions");
    query("sum_types", spark -> sales(spark).agg(sum("qty"), sum("price"), sum("amount")));
    query("avg_decimal_exact", spark -> spark.range(1, 4)
        .select(col("id").cast("decimal(18,2)").plus(lit(new java.math.BigDecimal("1234567890123456.78"))).as("x"),
            col("id").cast("decimal(5,2)").divide(lit(new java.math.BigDecimal("3.00"))).cast("decimal(5,2)").as("y"))
        .agg(avg("x"), avg("y"), avg(org.apache.spark.sql.functions.negate(col("x"))), sum("x")));
    query("avg_types", spark -> sales(spark).agg(avg("qty"), avg("price"), avg("amount"), mean("qty")));
    query("min_max_types", spark -> sales(spark).agg(min("item"), max("item"), min("amount"), max("price")));
    query("count_variants", spark -> sales(spark).agg(count("*"), count("qty"), count(lit(1)), countDistinct("item"),
        countDistinct("shop", "item")));
    query("sum_distinct", spark -> sales(spark).agg(sum_distinct(col("qty"))));
    query("first_last", spark -> sales(spark).orderBy("qty").agg(first("shop"), last("shop")));
    query("first_ignore_nulls", spark -> sales(spark).orderBy(col("qty").asc_nulls_first())
        .agg(first("qty", true), last("qty", true)));
    query("collect_list_skips_nulls", spark -> sales(spark).groupBy("shop").agg(size(collect_list("qty")).as("n"))
        .orderBy("shop"));
    query("collect_list_values", spark -> sales(spark).filter(col("shop").equalTo("b"))
        .agg(sort_array(collect_list("item"))));
    query("collect_set_values", spark -> sales(spark).agg(sort_array(collect_set("item"))));
    query("stddev_variance", spark -> sales(spark).agg(stddev("price"), stddev_samp("price"), stddev_pop("price"),
        variance("price"), var_samp("price"), var_pop("price")));
    query("stddev_single_row", spark -> spark.range(1).agg(stddev("id"), var_samp("id"), stddev_pop("id")));
    query("corr_covar", spark -> sales(spark).agg(corr("qty", "price"), covar_pop("qty", "price"),
        covar_samp("qty", "price")));
    query("approx_count_distinct", spark -> sales(spark).agg(approx_count_distinct("item")));
    query("percentile_approx", spark -> spark.range(1, 101).agg(percentile_approx(col("id"), lit(0.5), lit(10000)),
        percentile_approx(col("id"), lit(0.9), lit(100))));
    query("aggregates_of_empty_input", spark -> sales(spark).filter(lit(false)).agg(count("*"), sum("qty"),
        avg("price"), min("item"), size(collect_list("item")), stddev("price")));
    query("group_by_multiple_aggregates", spark -> sales(spark).groupBy("shop").agg(count("*").as("rows"),
        sum("qty"), max("price"), sum("amount")).orderBy("shop"));
    query("group_by_two_keys", spark -> sales(spark).groupBy("shop", "item").agg(sum("qty").as("q"))
        .orderBy(col("shop"), col("item").asc_nulls_first()));
    query("group_by_expression_key", spark -> sales(spark).groupBy(col("qty").mod(2).as("odd")).count()
        .orderBy(col("odd").asc_nulls_first()));
    query("grouped_shortcuts", spark -> sales(spark).groupBy("shop").sum("qty", "price").orderBy("shop"));
    query("grouped_max_min", spark -> sales(spark).groupBy("shop").max("qty").orderBy("shop"));
    query("sum_overflow", spark -> spark.range(2).select(lit(Long.MAX_VALUE).as("v")).agg(sum("v")));
    // one string only: which of several invalid strings Spark reports depends on the order its tasks run
    query("sum_of_string_fails", spark -> sales(spark).filter(col("item").equalTo("pen")).agg(sum("item")));
    query("non_aggregated_column_fails", spark -> sales(spark).groupBy("shop").agg(col("item")));
    // nullability of every aggregate over a non-nullable column, ungrouped and grouped
    query("nullability_over_non_null_input", spark -> spark.range(3).agg(count("id"), sum("id"), min("id"), max("id"),
        avg("id"), first("id"), last("id"), collect_list("id"), sort_array(collect_set("id")), stddev("id"), var_pop("id"),
        corr(col("id"), col("id")), approx_count_distinct("id"), percentile_approx(col("id"), lit(0.5), lit(100)),
        countDistinct("id"), sum_distinct(col("id"))));
    query("nullability_grouped_non_null_input", spark -> spark.range(4).groupBy(col("id").mod(2).as("k"))
        .agg(count("id"), sum("id"), max("id"), first("id"), collect_list("id")).orderBy("k"));
    // DISTINCT on any aggregate, as a Connect client sends it (UnresolvedFunction.is_distinct)
    query("distinct_collect_list", spark -> sales(spark).groupBy("shop")
        .agg(sort_array(distinctCall("collect_list", col("item"))).as("items")).orderBy("shop"));
    query("distinct_collect_list_name", spark -> sales(spark).agg(size(distinctCall("collect_list", col("qty")))));
    query("distinct_statistics", spark -> sales(spark).agg(distinctCall("stddev", col("price")),
        distinctCall("var_pop", col("price")), distinctCall("stddev_pop", col("qty")), distinctCall("variance", col("qty"))));
    query("distinct_pair_statistics", spark -> sales(spark).agg(distinctCall("corr", col("qty"), col("price")),
        distinctCall("covar_samp", col("qty"), col("price")), distinctCall("covar_pop", col("qty"), col("price"))));
    query("distinct_duplicate_insensitive", spark -> sales(spark).agg(distinctCall("max", col("qty")),
        distinctCall("min", col("item")), sort_array(distinctCall("collect_set", col("item")))));
    query("distinct_first", spark -> sales(spark).filter(col("shop").equalTo("a")).agg(distinctCall("first", col("shop"))));
    query("distinct_mean", spark -> sales(spark).agg(distinctCall("mean", col("price")), distinctCall("avg", col("amount"))));
    query("distinct_on_non_aggregate", spark -> sales(spark).select(distinctCall("upper", col("item"))));
  }

  /** {@code name(DISTINCT arguments)}: the Column API has no public way to set the flag for most functions. */
  private static org.apache.spark.sql.Column distinctCall(String name, org.apache.spark.sql.Column... arguments) {
    scala.collection.immutable.Seq<org.apache.spark.sql.internal.ColumnNode> nodes =
        scala.jdk.javaapi.CollectionConverters.asScala(Arrays.stream(arguments).map(org.apache.spark.sql.Column::node)
            .toList()).toList();
    return new org.apache.spark.sql.Column(new org.apache.spark.sql.internal.UnresolvedFunction(name, nodes, true, false,
        false, org.apache.spark.sql.catalyst.trees.CurrentOrigin.get()));
  }
}
