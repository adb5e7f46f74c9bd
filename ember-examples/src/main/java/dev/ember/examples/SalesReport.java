package dev.ember.examples;

import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.sum;

import dev.ember.Ember;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The example job: an ordinary Spark program (only org.apache.spark.sql imports) whose one changed
 * line is {@code Ember.session()}. It analyses a small, generated order book.
 */
public final class SalesReport {
  private static final String[] COUNTRIES = {"France", "Germany", "Japan", "Brazil", "Canada"};
  private static final String[] PRODUCTS = {"laptop", "phone", "tablet", "monitor"};

  private SalesReport() {
  }

  public static void main(String[] args) {
    SparkSession spark = Ember.session();
    run(spark);
    spark.stop();
  }

  /** The analysis itself; the reference build runs it on real Spark to produce the expected output. */
  public static void run(SparkSession spark) {
    Dataset<Row> orders = spark.createDataFrame(generateOrders(200), new StructType()
        .add("order_id", DataTypes.IntegerType, false)
        .add("country", DataTypes.StringType)
        .add("product", DataTypes.StringType)
        .add("quantity", DataTypes.IntegerType)
        .add("unit_price", DataTypes.createDecimalType(10, 2)));

    System.out.println("Orders:");
    orders.show(5);

    Dataset<Row> lines = orders.withColumn("amount", col("quantity").multiply(col("unit_price")));

    System.out.println("\nRevenue by country:");
    lines.groupBy("country")
        .agg(sum("amount").as("revenue"), count("*").as("orders"), avg("quantity").as("avg_quantity"))
        .orderBy(col("revenue").desc())
        .show();

    System.out.println("\nLarge orders per product:");
    lines.filter(col("amount").gt(2000))
        .groupBy("product")
        .agg(count("*").as("large_orders"), max("amount").as("largest"))
        .orderBy(col("large_orders").desc(), col("product"))
        .show();
  }

  /** A reproducible order book (fixed seed), so every run prints the same tables. */
  static List<Row> generateOrders(int count) {
    Random random = new Random(42);
    List<Row> rows = new ArrayList<>();
    for (int id = 1; id <= count; id++) {
      rows.add(RowFactory.create(id,
          COUNTRIES[random.nextInt(COUNTRIES.length)],
          PRODUCTS[random.nextInt(PRODUCTS.length)],
          1 + random.nextInt(9),
          BigDecimal.valueOf(50 + random.nextInt(95000), 2)));
    }
    return rows;
  }
}
