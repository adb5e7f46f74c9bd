package dev.ember.conformance.cases;

import static org.apache.spark.sql.functions.abs;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.map;

import dev.ember.conformance.CaseGroup;
import java.util.Arrays;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;

/**
 * {@code Dataset.nearestByJoin} (Spark 4.2): the best k right rows per left row by a distance (smallest first) or a
 * similarity (largest first), inner or left outer, both modes; rankings without ties, so the kept rows are
 * Spark's whatever its order.
 */
public final class NearestByJoinCases extends CaseGroup {
  public NearestByJoinCases() {
    super("nearest_by_join");
    query("similarity_k1_schema", spark -> {
      Dataset<Row> users = users(spark);
      Dataset<Row> products = products(spark);
      return users.nearestByJoin(products, abs(users.col("score").minus(products.col("pscore"))).unary_$minus(), 1,
          "approx", "similarity").orderBy("user_id");
    });
    unordered("distance_k2", spark -> {
      Dataset<Row> users = users(spark);
      Dataset<Row> products = products(spark);
      return users.nearestByJoin(products, abs(users.col("score").minus(products.col("pscore"))), 2, "exact",
          "distance");
    });
    unordered("k_above_right_rows", spark -> {
      Dataset<Row> users = users(spark);
      Dataset<Row> products = products(spark);
      return users.nearestByJoin(products, users.col("score").multiply(products.col("pscore")), 10, "exact",
          "similarity");
    });
    unordered("null_rankings_inner", spark -> {
      Dataset<Row> users = usersWithNull(spark);
      Dataset<Row> products = productsWithNull(spark);
      return users.nearestByJoin(products, abs(users.col("score").minus(products.col("pscore"))), 1, "approx",
          "distance");
    });
    unordered("null_rankings_left_outer", spark -> {
      Dataset<Row> users = usersWithNull(spark);
      Dataset<Row> products = productsWithNull(spark);
      return users.nearestByJoin(products, abs(users.col("score").minus(products.col("pscore"))), 2, "approx",
          "distance", "leftouter");
    });
    query("left_outer_empty_right", spark -> {
      Dataset<Row> users = users(spark);
      Dataset<Row> empty = products(spark).filter(lit(false));
      return users.nearestByJoin(empty, abs(users.col("score").minus(empty.col("pscore"))), 1, "exact", "distance",
          "left").orderBy("user_id");
    });
    query("inner_empty_right", spark -> {
      Dataset<Row> users = users(spark);
      Dataset<Row> empty = products(spark).filter(lit(false));
      return users.nearestByJoin(empty, abs(users.col("score").minus(empty.col("pscore"))), 1, "exact", "distance");
    });
    unordered("duplicate_left_rows", spark -> {
      Dataset<Row> users = users(spark).union(users(spark));
      Dataset<Row> products = products(spark);
      return users.nearestByJoin(products, abs(users.col("score").minus(products.col("pscore"))), 1, "exact",
          "distance").select("user_id", "product");
    });
    unordered("string_ranking", spark -> {
      Dataset<Row> users = users(spark);
      Dataset<Row> products = products(spark);
      return users.nearestByJoin(products, products.col("product"), 1, "exact", "similarity");
    });
    query("non_orderable_ranking", spark -> {
      Dataset<Row> users = users(spark);
      Dataset<Row> products = products(spark);
      return users.nearestByJoin(products, map(lit("d"), products.col("pscore")), 1, "exact", "distance");
    });
    query("num_results_out_of_range", spark -> {
      Dataset<Row> users = users(spark);
      Dataset<Row> products = products(spark);
      return users.nearestByJoin(products, products.col("pscore"), 0, "exact", "distance");
    });
    query("unsupported_join_type", spark -> {
      Dataset<Row> users = users(spark);
      Dataset<Row> products = products(spark);
      return users.nearestByJoin(products, products.col("pscore"), 1, "exact", "distance", "full");
    });
    query("select_after_join", spark -> {
      Dataset<Row> users = users(spark);
      Dataset<Row> products = products(spark);
      return users.nearestByJoin(products, abs(users.col("score").minus(products.col("pscore"))), 1, "exact",
          "distance").select(col("user_id"), col("product"), col("score").minus(col("pscore")).as("gap"))
          .orderBy("user_id");
    });
  }

  private static Dataset<Row> users(SparkSession spark) {
    return spark.createDataFrame(Arrays.asList(RowFactory.create(1, 10.0), RowFactory.create(2, 20.0),
        RowFactory.create(3, 30.0)), SmallTables.schema("user_id", DataTypes.IntegerType, "score", DataTypes.DoubleType));
  }

  private static Dataset<Row> products(SparkSession spark) {
    return spark.createDataFrame(Arrays.asList(RowFactory.create("A", 11.0), RowFactory.create("B", 22.0),
        RowFactory.create("C", 5.0)), SmallTables.schema("product", DataTypes.StringType, "pscore", DataTypes.DoubleType));
  }

  private static Dataset<Row> usersWithNull(SparkSession spark) {
    return spark.createDataFrame(Arrays.asList(RowFactory.create(1, 10.0), RowFactory.create(2, null),
        RowFactory.create(3, 30.0)), SmallTables.schema("user_id", DataTypes.IntegerType, "score", DataTypes.DoubleType));
  }

  private static Dataset<Row> productsWithNull(SparkSession spark) {
    return spark.createDataFrame(Arrays.asList(RowFactory.create("A", 11.0), RowFactory.create("B", null),
        RowFactory.create("C", 5.0)), SmallTables.schema("product", DataTypes.StringType, "pscore", DataTypes.DoubleType));
  }
}
