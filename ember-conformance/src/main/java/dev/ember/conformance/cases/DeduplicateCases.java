package dev.ember.conformance.cases;

import static dev.ember.conformance.cases.SmallTables.rows;
import static org.apache.spark.sql.functions.col;

import dev.ember.conformance.CaseGroup;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import scala.jdk.javaapi.CollectionConverters;

/** distinct() and dropDuplicates() (all columns, some columns): which row survives, NULL keys, errors. */
public final class DeduplicateCases extends CaseGroup {
  private static final StructType ORDERS = new StructType()
      .add("customer", DataTypes.StringType)
      .add("item", DataTypes.StringType)
      .add("qty", DataTypes.IntegerType);

  public DeduplicateCases() {
    super("deduplicate");
    unordered("distinct", spark -> orders(spark).distinct());
    query("distinct_ordered", spark -> orders(spark).distinct().orderBy(col("customer"), col("item"), col("qty")));
    unordered("distinct_with_nulls", spark -> orders(spark).select(col("item")).distinct());
    unordered("distinct_range", spark -> spark.range(10).select(col("id").mod(3).as("m")).distinct());
    check("distinct_count", (spark, outcome) -> outcome.value("count", orders(spark).distinct().count()));
    unordered("drop_duplicates", spark -> orders(spark).dropDuplicates());
    unordered("drop_duplicates_one_column_keys", spark -> orders(spark).dropDuplicates("customer").select(col("customer")));
    unordered("drop_duplicates_two_columns_keys", spark -> orders(spark).dropDuplicates("customer", "item")
        .select(col("customer"), col("item")));
    query("drop_duplicates_schema_and_order", spark -> orders(spark).dropDuplicates("customer")
        .select(col("customer")).orderBy(col("customer")));
    unordered("drop_duplicates_keeps_first_row", spark -> firstWins(spark).dropDuplicates("k"));
    unordered("drop_duplicates_array_keeps_first_row", spark -> firstWins(spark).dropDuplicates(new String[] {"k"}));
    unordered("drop_duplicates_seq", spark -> orders(spark)
        .dropDuplicates(CollectionConverters.asScala(List.of("item", "customer")).toSeq()).select(col("customer"), col("item")));
    unordered("drop_duplicates_case_insensitive", spark -> orders(spark).dropDuplicates("CUSTOMER").select(col("customer")));
    unordered("drop_duplicates_repeated_key", spark -> orders(spark).dropDuplicates("item", "item").select(col("item")));
    unordered("drop_duplicates_null_keys", spark -> orders(spark).dropDuplicates("item").select(col("item")));
    query("drop_duplicates_missing_column", spark -> orders(spark).dropDuplicates("nope"));
    query("drop_duplicates_then_aggregate", spark -> orders(spark).dropDuplicates("customer", "item")
        .groupBy(col("customer")).count().orderBy(col("customer")));
    query("distinct_after_join", spark -> orders(spark).select(col("customer"))
        .join(orders(spark).select(col("item")), col("customer").isNotNull()).distinct()
        .orderBy(col("customer"), col("item")));
  }

  private static Dataset<Row> orders(SparkSession spark) {
    return rows(spark, ORDERS,
        new Object[] {"ann", "tea", 1},
        new Object[] {"bob", "tea", 2},
        new Object[] {"ann", "tea", 1},
        new Object[] {"ann", "jam", 3},
        new Object[] {"bob", null, 4},
        new Object[] {"cy", null, 5},
        new Object[] {"bob", "tea", 2});
  }

  /** One partition's worth of rows whose duplicates differ in {@code v}: Spark keeps the first per key. */
  private static Dataset<Row> firstWins(SparkSession spark) {
    return rows(spark, new StructType().add("k", DataTypes.IntegerType).add("v", DataTypes.StringType),
        new Object[] {1, "first"}, new Object[] {1, "second"}, new Object[] {2, "only"}).coalesce(1);
  }
}
