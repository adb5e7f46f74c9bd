package dev.ember.conformance.cases;

import static org.apache.spark.sql.functions.col;

import dev.ember.conformance.CaseGroup;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/** na().fill/drop/replace, describe, summary, unpivot, to(schema), cache/persist. */
public final class NaStatCases extends CaseGroup {
  private static final StructType MEASURES = new StructType()
      .add("name", DataTypes.StringType)
      .add("age", DataTypes.IntegerType)
      .add("height", DataTypes.DoubleType)
      .add("weight", DataTypes.LongType)
      .add("member", DataTypes.BooleanType);

  private static final List<Row> MEASURE_ROWS = Arrays.asList(
      RowFactory.create("Ann", 31, 1.62, 60L, true),
      RowFactory.create(null, 45, null, 82L, null),
      RowFactory.create("Cid", null, 1.80, null, false),
      RowFactory.create("Dee", 28, Double.NaN, 55L, null),
      RowFactory.create(null, null, null, null, null));

  /** int, long, decimal, double, string, date and boolean columns with repeats and NULLs. */
  static Dataset<Row> typed(SparkSession spark) {
    return spark.range(1, 8).select(col("id").cast("int").as("i"), col("id").multiply(1000000007L).as("l"),
        col("id").divide(3).cast("decimal(10,2)").as("d"), col("id").divide(7).as("x"),
        org.apache.spark.sql.functions.when(col("id").lt(6), col("id").mod(3).cast("string")).as("s"),
        org.apache.spark.sql.functions.date_add(org.apache.spark.sql.functions.lit(java.sql.Date.valueOf("2024-01-30")),
            col("id").cast("int")).as("dt"),
        col("id").mod(2).equalTo(0).as("b"));
  }

  static Dataset<Row> measures(SparkSession spark) {
    return spark.createDataFrame(MEASURE_ROWS, MEASURES);
  }

  public NaStatCases() {
    super("na_and_stats");
    // stat().cov/corr require numeric columns (Spark's require, before any aggregate) and compute in doubles
    check("cov_of_string_column", (spark, outcome) -> outcome.value("cov", spark.range(3)
        .withColumn("s", org.apache.spark.sql.functions.lit("x")).stat().cov("id", "s")));
    check("corr_of_string_column", (spark, outcome) -> outcome.value("corr", spark.range(3)
        .withColumn("s", org.apache.spark.sql.functions.lit("x")).stat().corr("s", "id")));
    check("cov_corr_of_decimal_and_int", (spark, outcome) -> {
      Dataset<Row> numbers = spark.range(1, 6).withColumn("d",
          org.apache.spark.sql.functions.col("id").multiply(1.5).cast("decimal(10,2)"))
          .withColumn("i", org.apache.spark.sql.functions.col("id").cast("int"));
      outcome.value("cov", numbers.stat().cov("d", "i"));
      outcome.value("corr", numbers.stat().corr("i", "d"));
    });
    query("fill_long", spark -> measures(spark).na().fill(0L));
    query("fill_double", spark -> measures(spark).na().fill(1.5));
    query("fill_string", spark -> measures(spark).na().fill("unknown"));
    query("fill_boolean", spark -> measures(spark).na().fill(false));
    query("fill_columns", spark -> measures(spark).na().fill(7L, new String[] {"age"}));
    query("fill_map", spark -> measures(spark).na().fill(Map.of("name", "n/a", "height", 0.0)));
    query("drop_any", spark -> measures(spark).na().drop());
    query("drop_all", spark -> measures(spark).na().drop("all"));
    query("drop_min_non_nulls", spark -> measures(spark).na().drop(3));
    query("drop_columns", spark -> measures(spark).na().drop(new String[] {"age", "name"}));
    query("replace_values", spark -> measures(spark).na().replace("name", Map.of("Ann", "Anne", "Cid", "Sid")));
    query("replace_numbers", spark -> measures(spark).na().replace(new String[] {"age", "weight"}, Map.of(31, 32, 82, 80)));
    query("fill_missing_column", spark -> measures(spark).na().fill(0L, new String[] {"nope"}));
    query("describe", spark -> measures(spark).describe());
    query("describe_columns", spark -> measures(spark).describe("age", "name"));
    query("summary", spark -> measures(spark).summary());
    query("summary_selected", spark -> measures(spark).summary("count", "min", "max", "50%"));
    query("summary_without_nan", spark -> spark.range(1, 101).withColumn("half", col("id").divide(2))
        .summary("count", "mean", "stddev", "min", "25%", "50%", "75%", "max"));
    query("describe_integers", spark -> spark.range(1, 5).describe());
    // every column type: decimals keep decimal arithmetic for the mean; dates and booleans take no part
    query("describe_every_type", spark -> typed(spark).describe());
    query("summary_every_type", spark -> typed(spark).summary());
    query("summary_distinct_counts", spark -> typed(spark).summary("count", "count_distinct", "approx_count_distinct",
        "min", "max"));
    query("summary_unknown_statistic", spark -> typed(spark).summary("count", "median"));
    check("stat_corr_cov", (spark, outcome) -> {
      Dataset<Row> pairs = spark.range(1, 11).withColumn("sq", col("id").multiply(col("id")));
      outcome.value("corr", pairs.stat().corr("id", "sq"));
      outcome.value("cov", pairs.stat().cov("id", "sq"));
    });
    check("stat_approx_quantile", (spark, outcome) -> outcome.value("quantiles", java.util.Arrays.deepToString(
        spark.range(1, 101).withColumn("half", col("id").divide(2))
            .stat().approxQuantile(new String[] {"id", "half"}, new double[] {0.1, 0.5, 0.99}, 0.0))));
    unordered("stat_crosstab", spark -> spark.range(8).withColumn("a", col("id").mod(2))
        .withColumn("b", col("id").mod(3)).stat().crosstab("a", "b"));
    check("empty_data_frame", (spark, outcome) -> {
      outcome.value("count", spark.emptyDataFrame().count());
      outcome.value("columns", spark.emptyDataFrame().columns().length);
    });
    query("unpivot", spark -> measures(spark).select("name", "age", "weight")
        .unpivot(new Column[] {col("name")}, new Column[] {col("age"), col("weight")}, "attribute", "val"));
    query("melt_without_values", spark -> measures(spark).select("name", "age", "weight")
        .melt(new Column[] {col("name")}, "attribute", "val"));
    query("unpivot_incompatible_types", spark -> measures(spark)
        .unpivot(new Column[] {col("age")}, new Column[] {col("name"), col("height")}, "k", "v"));
    query("to_schema_reorders_and_casts", spark -> measures(spark).to(new StructType()
        .add("weight", DataTypes.LongType).add("age", DataTypes.LongType).add("name", DataTypes.StringType)));
    query("to_schema_missing_column", spark -> measures(spark).to(new StructType().add("nope", DataTypes.LongType)));
    query("cache_and_query", spark -> {
      Dataset<Row> cached = measures(spark).filter(col("age").isNotNull()).cache();
      return cached.groupBy().count().unionAll(cached.select(col("age").cast("long")));
    });
    check("storage_level", (spark, outcome) -> {
      Dataset<Row> df = spark.range(3).toDF();
      outcome.value("before", df.storageLevel());
      df.persist();
      outcome.value("after persist", df.storageLevel());
      outcome.value("count", df.count());
      df.unpersist();
      outcome.value("after unpersist", df.storageLevel());
    });
  }
}
