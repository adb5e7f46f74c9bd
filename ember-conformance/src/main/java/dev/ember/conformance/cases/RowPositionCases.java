package dev.ember.conformance.cases;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.monotonically_increasing_id;
import static org.apache.spark.sql.functions.rand;
import static org.apache.spark.sql.functions.randn;
import static org.apache.spark.sql.functions.spark_partition_id;

import dev.ember.conformance.CaseGroup;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * rand, randn, monotonically_increasing_id and spark_partition_id. Spark's draws depend on its
 * partitioning, so the cases compare what does not: names, types, nullability, bounds, determinism
 * for one seed; ids over a single-partition input.
 */
public final class RowPositionCases extends CaseGroup {
  public RowPositionCases() {
    super("row_positions");
    check("rand_schema_bounds_and_determinism", (spark, outcome) -> {
      Dataset<Row> draws = ids(spark, 200).select(col("id"), rand(42), randn(7));
      outcome.value("schema", draws.schema().treeString());
      Row bounds = draws.agg(min("rand(42)"), max("rand(42)")).first();
      outcome.value("rand in [0, 1)", bounds.getDouble(0) >= 0 && bounds.getDouble(1) < 1);
      outcome.value("same seed, same draws", draws.exceptAll(ids(spark, 200).select(col("id"), rand(42), randn(7)))
          .count());
      outcome.value("distinct draws", draws.select("rand(42)").distinct().count());
      outcome.value("finite normals", draws.filter(col("randn(7)").isNaN()).count());
    });
    check("rand_without_seed_name", (spark, outcome) -> {
      String name = ids(spark, 3).select(rand()).columns()[0];
      outcome.value("named with its seed", name.matches("rand\\(-?\\d+\\)"));
    });
    check("rand_in_filter_and_sort", (spark, outcome) -> {
      outcome.value("all kept", ids(spark, 50).filter(rand(3).lt(lit(1.0))).count());
      outcome.value("none kept", ids(spark, 50).filter(rand(3).lt(lit(0.0))).count());
      outcome.value("shuffled keeps rows", ids(spark, 50).orderBy(rand(5)).count());
    });
    query("monotonically_increasing_id_one_partition", spark -> spark.range(0, 5, 1, 1)
        .select(col("id"), monotonically_increasing_id(), spark_partition_id()));
    query("monotonically_increasing_id_aliased", spark -> spark.range(0, 3, 1, 1)
        .withColumn("row", monotonically_increasing_id()).filter(col("row").geq(1)));
    check("random_is_rand", (spark, outcome) -> {
      Dataset<Row> draws = ids(spark, 20).select(org.apache.spark.sql.functions.random(lit(9L)), rand(9));
      outcome.value("schema", draws.schema().treeString());
      outcome.value("equal draws", draws.filter(draws.col(draws.columns()[0]).notEqual(draws.col("rand(9)"))).count());
    });
    // zipWithIndex: consecutive ids from 0 in the input's order, whatever its partitions
    query("zip_with_index", spark -> spark.range(0, 7, 1, 3).zipWithIndex());
    query("zip_with_index_named", spark -> SmallTables.left(spark).zipWithIndex("position"));
    query("zip_with_index_after_sort", spark -> SmallTables.right(spark).orderBy(col("w").desc()).zipWithIndex());
    query("zip_with_index_after_filter", spark -> spark.range(0, 20, 1, 4).filter(col("id").mod(3).equalTo(0))
        .zipWithIndex().filter(col("index").gt(2)));
    query("zip_with_index_duplicate_name", spark -> spark.range(3).withColumnRenamed("id", "index").zipWithIndex()
        .select("index"));
    query("rand_seed_not_a_number", spark -> ids(spark, 3).select(org.apache.spark.sql.functions.call_function("rand", lit("x"))));
    query("rand_seed_not_constant", spark -> ids(spark, 3).select(org.apache.spark.sql.functions.call_function("rand",
        col("id"))));
  }

  private static Dataset<Row> ids(SparkSession spark, int count) {
    return spark.range(0, count, 1, 1).toDF();
  }
}
